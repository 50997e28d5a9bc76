/**
 * Dataset `it-specialisation-published`: seed 004, Table 7, the authors' "modified Krugman
 * specialisation index" (KSI) of the IT industry by region for 2010 and 2014, as published.
 * The figures add up to about 1 over the regions (1,000 in 2010, 0,999 in 2014), so they
 * behave as each region's share of national IT output, E_r,IT / E_IT, not as a Krugman index
 * (docs/methods.md section 2). `-` (no IT output) is kept: value null, printed '-'.
 */
import type { TableDataset } from '../types.ts';
import { readPrintedTable, type PrintedTableSpec } from './printedTable.ts';
import { seed004Key } from './seed004Regions.ts';
import { SEED_004, SOURCE_004 } from './sources.ts';

const TABLE_7: ReadonlyArray<readonly string[]> = [
  ['Акмолинская', '0,003', '0'],
  ['Актюбинская', '0,197', '0,034'],
  ['Алматинская', '0,010', '0,004'],
  ['Атырауская', '-', '-'],
  ['Восточно-Казахстанская', '0,002', '0,005'],
  ['Жамбылская', '0,000', '0,004'],
  ['Западно-Казахстанская', '0,040', '0,055'],
  ['Карагандинская', '0', '0'],
  ['Костанайская', '-', '-'],
  ['Кызылординская', '-', '-'],
  ['Мангистауская', '-', '0,009'],
  ['Павлодарская', '-', '0,001'],
  ['Северо-Казахстанская', '0,021', '0,056'],
  ['Южно-Казахстанская', '0,005', '0,005'],
  ['г. Астана', '0,039', '0,192'],
  ['г. Алматы', '0,683', '0,634'],
];

export const TABLE_7_SPEC: PrintedTableSpec = {
  seed: SEED_004,
  table: '7',
  numbered: false,
  columns: [
    { id: 'ksi_2010', col: 2, header: '2010 г., в частях' },
    { id: 'ksi_2014', col: 3, header: '2014 г., в частях' },
  ],
};

const SHARE = { ru: 'доли (в частях)', kk: 'үлес (бөлікпен)', en: 'share (fraction of 1)' };

export const itSpecialisationPublished: TableDataset = {
  kind: 'table',
  id: 'it-specialisation-published',
  title: {
    ru: 'Модифицированный индекс специализации KSI по IT-отрасли (опубликованный), 2010 и 2014',
    kk: 'IT саласы бойынша модификацияланған KSI мамандану индексі (жарияланған), 2010 және 2014',
    en: 'IT specialisation, the authors’ “modified KSI” (as published), 2010 and 2014',
  },
  source: SOURCE_004,
  seed: SEED_004,
  tables: ['7'],
  units: SHARE,
  years: [2010, 2014],
  scheme: '2014',
  published: true,
  notes: {
    en:
      'Table 7 of Kireeva’s paper as printed: the authors’ published “modified KSI” for the IT industry. ' +
      'It is not the Krugman specialisation index the app computes on its specialisation view (that ranges from 0 to 2 ' +
      'and is computed over all industries of a region): the 2010 column sums to 1,000 and the ' +
      '2014 column to 0,999, so each figure behaves as the region’s share of national IT output ' +
      '(E_r,IT / E_IT); the text calls Almaty’s 0,683 “about 70% of the total volume of IT ' +
      'products sold”. A dash means no IT output (no value, printed “-”); 0 and 0,000 are kept ' +
      'as printed.',
    ru:
      'Таблица 7 статьи А.А. Киреевой как напечатана: опубликованный авторами «модифицированный индекс ' +
      'KSI» для IT-отрасли. Это не индекс специализации Кругмана, который приложение считает в разделе «Специализация» (он ' +
      'изменяется от 0 до 2 и считается по всем отраслям региона): столбец 2010 года в сумме даёт ' +
      '1,000, столбец 2014 года — 0,999, поэтому каждое значение ведёт себя как доля региона в ' +
      'общем объёме IT-продукции страны (E_r,IT / E_IT); в тексте 0,683 для г. Алматы названо ' +
      '«около 70% от общего объема реализуемой IT-продукции». Прочерк означает отсутствие ' +
      'IT-продукции (значения нет, напечатан «-»); 0 и 0,000 сохранены как напечатаны.',
    kk:
      'А.А. Киреева мақаласының 7-кестесі басылғандай: авторлар жариялаған IT саласының «модификацияланған ' +
      'KSI» индексі. Бұл Кругман индексі емес: 2010 жылғы баған қосындысы 1,000, 2014 жылғысы 0,999, ' +
      'сондықтан әр мән өңірдің елдегі IT өнімінің үлесі сияқты. Сызықша IT өнімі жоқ дегенді ' +
      'білдіреді (мәні жоқ).',
  },
  columns: [
    {
      id: 'ksi_2010',
      title: {
        ru: 'Индекс специализации KSI, 2010',
        kk: 'KSI мамандану индексі, 2010',
        en: 'Modified KSI (IT output share), 2010',
      },
      unit: SHARE,
      direction: 'higher',
    },
    {
      id: 'ksi_2014',
      title: {
        ru: 'Индекс специализации KSI, 2014',
        kk: 'KSI мамандану индексі, 2014',
        en: 'Modified KSI (IT output share), 2014',
      },
      unit: SHARE,
      direction: 'higher',
    },
  ],
  rows: readPrintedTable(TABLE_7_SPEC, TABLE_7).map((r) => ({
    key: seed004Key(r.label),
    label: r.label,
    cells: r.cells,
  })),
};
