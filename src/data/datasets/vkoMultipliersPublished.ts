/**
 * Dataset `vko-multipliers-published`: seed 002, Table 3, the output, value-added and
 * household-income multipliers of four industries of the proposed mining-and-metallurgy cluster
 * of East Kazakhstan, as published (docs/methods.md section 5 gives the formulas; the seed does not
 * publish the coefficients behind them).
 */
import type { Cell, TableDataset, TableRow } from '../types.ts';
import { cell } from './cell.ts';
import { SEED_002, SOURCE_002 } from './sources.ts';
import { VKO_INDUSTRIES, industryKey } from './vkoIndustries.ts';

/** Table 3 as printed: industry № (of Table 2), label, lines, three multipliers. */
export const TABLE_3_MULTIPLIERS: ReadonlyArray<{
  no: string;
  printed: string;
  lines: [number, number];
  values: readonly string[];
}> = [
  {
    no: '5',
    printed: 'До бы ча ме тал ли чес ких руд',
    lines: [787, 787],
    values: ['1,806', '0,608', '2,073'],
  },
  {
    no: '16',
    printed: 'Ме тал лур ги чес кая про мыш лен нос ть и обра бот ка ме тал лов',
    lines: [788, 789],
    values: ['1,628', '0,597', '1,719'],
  },
  {
    no: '18',
    printed: 'Про чие от рас ли об ра ба ты вающей про мышлен нос ти',
    lines: [791, 792],
    values: ['1,438', '0,457', '2,147'],
  },
  {
    no: '17',
    printed: 'Произ во дс тво и ре монт ма шин и обо ру дова ния, за пас ных де та лей',
    lines: [794, 795],
    values: ['1,158', '0,326', '1,348'],
  },
];

/** Headers as extracted (syllable breaks kept, line-end hyphens removed). */
export const TABLE_3_HEADERS = [
  'Муль типли ка тор ва ло во го вы пус ка',
  'Муль типли ка тор до бавлен ной стои мос ти',
  'Муль типли ка тор до хо дов до маш них хо зяй ств',
];

const IDS = ['output', 'value_added', 'household_income'];

function multiplierRows(): TableRow[] {
  return TABLE_3_MULTIPLIERS.map((m) => {
    const ind = VKO_INDUSTRIES.find((x) => x.no === m.no);
    if (!ind) throw new Error(`No industry ${m.no}.`);
    const cells: Record<string, Cell> = {};
    m.values.forEach((text, j) => {
      cells[IDS[j]] = cell(text, {
        seed: SEED_002,
        table: '3',
        row: m.printed,
        column: TABLE_3_HEADERS[j],
        col: j + 2,
      });
    });
    return {
      key: industryKey(m.no),
      label: m.printed,
      title: { ru: ind.ru, kk: ind.kk, en: ind.en },
      cells,
    };
  });
}

const TIMES = { ru: 'раз', kk: 'есе', en: 'times' };

export const vkoMultipliersPublished: TableDataset = {
  kind: 'table',
  id: 'vko-multipliers-published',
  title: {
    ru: 'Мультипликаторы горно-металлургического кластера ВКО (опубликованные)',
    kk: 'ШҚО тау-кен металлургия кластерінің мультипликаторлары (жарияланған)',
    en: 'Multipliers of the East Kazakhstan mining-and-metallurgy cluster (as published)',
  },
  source: SOURCE_002,
  seed: SEED_002,
  tables: ['3'],
  units: TIMES,
  years: [],
  published: true,
  notes: {
    en:
      'Table 3 of Kozlova and Denisova as printed: multipliers of gross output, value added and household ' +
      'income for four industries of East Kazakhstan (rows keyed by the industry’s № in Table 2). ' +
      'The technical coefficients behind them are not published, so they cannot be recomputed. ' +
      'Row labels keep the syllable breaks of the extracted text.',
    ru:
      'Таблица 3 статьи Козловой и Денисовой как напечатана: мультипликаторы валового выпуска, добавленной ' +
      'стоимости и доходов домашних хозяйств для четырёх отраслей ВКО (ключ строки — номер отрасли ' +
      'в таблице 2). Технические коэффициенты не опубликованы, поэтому пересчитать их нельзя.',
    kk:
      'Козлова мен Денисова мақаласының 3-кестесі басылғандай: ШҚО-ның төрт саласы үшін жалпы шығарылым, қосылған ' +
      'құн және үй шаруашылықтары табысы мультипликаторлары. Техникалық коэффициенттер ' +
      'жарияланбаған.',
  },
  columns: [
    {
      id: 'output',
      title: {
        ru: 'Мультипликатор валового выпуска',
        kk: 'Жалпы шығарылым мультипликаторы',
        en: 'Output multiplier',
      },
      unit: TIMES,
    },
    {
      id: 'value_added',
      title: {
        ru: 'Мультипликатор добавленной стоимости',
        kk: 'Қосылған құн мультипликаторы',
        en: 'Value-added multiplier',
      },
      unit: TIMES,
    },
    {
      id: 'household_income',
      title: {
        ru: 'Мультипликатор доходов домашних хозяйств',
        kk: 'Үй шаруашылықтары табысының мультипликаторы',
        en: 'Household-income multiplier',
      },
      unit: TIMES,
    },
  ],
  rows: multiplierRows(),
};
