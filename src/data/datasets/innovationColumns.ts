/**
 * Columns of the innovation-rating input tables of seed 004 (Tables 2-3 for 2010, 4-5 for
 * 2014) and the six indicators of docs/methods.md section 1. Formulas are over column ids; GRP and
 * expenditures are in million tenge, employed in persons, emissions in thousand tonnes, so
 * GRP / emissions is already in thousand tenge per tonne.
 */
import type { ColumnMeta, I18nText } from '../types.ts';
import type { PrintedColumn } from './printedTable.ts';

const MLN: I18nText = { ru: 'млн тенге', kk: 'млн теңге', en: 'million tenge' };
const PERSONS: I18nText = { ru: 'человек', kk: 'адам', en: 'persons' };
const TENGE_PER_PERSON: I18nText = { ru: 'тенге/чел.', kk: 'теңге/адам', en: 'tenge per person' };

/** Raw and derived columns of Tables 2 and 4 (innovative receptivity). */
export const RECEPTIVITY_COLUMNS: ColumnMeta[] = [
  {
    id: 'grp',
    title: {
      ru: 'Валовой региональный продукт',
      kk: 'Жалпы өңірлік өнім',
      en: 'Gross regional product',
    },
    unit: MLN,
  },
  {
    id: 'employed',
    title: { ru: 'Занятое население', kk: 'Жұмыспен қамтылған халық', en: 'Employed population' },
    unit: PERSONS,
  },
  {
    id: 'fixed_assets',
    title: { ru: 'Основные средства', kk: 'Негізгі құралдар', en: 'Fixed assets' },
    unit: MLN,
  },
  {
    id: 'emissions',
    title: {
      ru: 'Выбросы загрязняющих веществ в атмосферу',
      kk: 'Атмосфераға ластаушы заттар шығарындылары',
      en: 'Air-pollutant emissions',
    },
    unit: { ru: 'тыс. тонн', kk: 'мың тонна', en: 'thousand tonnes' },
  },
  {
    id: 'S_D',
    title: { ru: 'Производительность труда', kk: 'Еңбек өнімділігі', en: 'Labour productivity' },
    unit: { ru: 'тыс. тенге/человек', kk: 'мың теңге/адам', en: 'thousand tenge per person' },
    formula: 'grp / employed * 1000',
    direction: 'higher',
  },
  {
    id: 'S_F',
    title: {
      ru: 'Отдача основных средств',
      kk: 'Негізгі құралдардың қайтарымы',
      en: 'Return on fixed assets',
    },
    unit: { ru: 'тенге/тенге', kk: 'теңге/теңге', en: 'tenge per tenge (ratio)' },
    formula: 'grp / fixed_assets',
    direction: 'higher',
  },
  {
    id: 'S_E',
    title: {
      ru: 'Экологичность производства',
      kk: 'Өндірістің экологиялылығы',
      en: 'Environmental efficiency',
    },
    unit: {
      ru: 'тыс. тенге на тонну выбросов',
      kk: 'шығарындылардың бір тоннасына мың теңге',
      en: 'thousand tenge per tonne of emissions',
    },
    formula: 'grp / emissions',
    direction: 'higher',
  },
];

/** Raw and derived columns of Tables 3 and 5 (innovative activity). */
export const ACTIVITY_COLUMNS: ColumnMeta[] = [
  {
    id: 'rnd',
    title: {
      ru: 'Затраты на исследования и разработки',
      kk: 'Зерттеулер мен әзірлемелерге жұмсалған шығындар',
      en: 'R&D expenditure',
    },
    unit: MLN,
  },
  {
    id: 'tech_innovation',
    title: {
      ru: 'Затраты на технологические инновации',
      kk: 'Технологиялық инновацияларға жұмсалған шығындар',
      en: 'Technological-innovation expenditure',
    },
    unit: MLN,
  },
  {
    id: 'employed_activity',
    title: {
      ru: 'Занятое население (табл. активности)',
      kk: 'Жұмыспен қамтылған халық (белсенділік кестесі)',
      en: 'Employed population (activity table)',
    },
    unit: PERSONS,
  },
  {
    id: 'innovative_output',
    title: {
      ru: 'Объем инновационной продукции',
      kk: 'Инновациялық өнім көлемі',
      en: 'Innovative output',
    },
    unit: MLN,
  },
  {
    id: 'S_A',
    title: {
      ru: 'Затраты на исследования и разработки на одного занятого',
      kk: 'Бір жұмыспен қамтылған адамға шаққандағы зерттеулер мен әзірлемелер шығындары',
      en: 'R&D expenditure per employed',
    },
    unit: TENGE_PER_PERSON,
    formula: 'rnd * 1000000 / employed_activity',
    direction: 'higher',
  },
  {
    id: 'S_B',
    title: {
      ru: 'Затраты на технологические инновации на одного занятого',
      kk: 'Бір жұмыспен қамтылған адамға шаққандағы технологиялық инновациялар шығындары',
      en: 'Technological-innovation expenditure per employed',
    },
    unit: TENGE_PER_PERSON,
    formula: 'tech_innovation * 1000000 / employed_activity',
    direction: 'higher',
  },
  {
    id: 'S_C',
    title: {
      ru: 'Выпуск инновационной продукции на душу населения',
      kk: 'Жан басына шаққандағы инновациялық өнім шығарылымы',
      en: 'Innovative output per inhabitant',
    },
    unit: TENGE_PER_PERSON,
    direction: 'higher',
  },
];

/** Where each column sits in Tables 2 and 4 (1 №, 2 region, then as printed). */
export function receptivityPrintedColumns(headers: readonly string[]): PrintedColumn[] {
  const ids = ['grp', 'S_D', 'employed', 'fixed_assets', 'S_F', 'emissions', 'S_E'];
  return ids.map((id, i) => ({ id, col: i + 3, header: headers[i + 2] }));
}

/** Where each column sits in Tables 3 and 5. */
export function activityPrintedColumns(headers: readonly string[]): PrintedColumn[] {
  const ids = [
    'rnd',
    'tech_innovation',
    'employed_activity',
    'innovative_output',
    'S_A',
    'S_B',
    'S_C',
  ];
  return ids.map((id, i) => ({ id, col: i + 3, header: headers[i + 2] }));
}

/** The six indicator ids of the paper's rating, in the order of docs/methods.md section 1. */
export const INDICATOR_IDS = ['S_D', 'S_F', 'S_E', 'S_A', 'S_B', 'S_C'] as const;
