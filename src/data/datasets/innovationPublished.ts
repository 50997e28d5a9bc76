/**
 * Dataset `innovation-published`: seed 004, Table 6, the authors' published result of the
 * innovation-development rating: index and class for 2010 and 2014 and 2014 as % of 2010.
 * Classes are printed with Cyrillic letters (С, В); each class cell keeps the printed text and
 * gives the Latin label of the class scale (Table 1; PAPER_CLASSES in src/core/spec.ts).
 */
import type { Cell, TableDataset, TableRow } from '../types.ts';
import { textCell } from './cell.ts';
import { readPrintedTable, type PrintedTableSpec } from './printedTable.ts';
import { seed004Key } from './seed004Regions.ts';
import { SEED_004, SOURCE_004 } from './sources.ts';

const HEADERS_6: readonly string[] = [
  '№',
  'Регион Казахстана',
  'Итоговый индекс за 2010 г.',
  'Рейтинг',
  'Итоговый индекс за 2014 г.',
  'Рейтинг',
  '2014 г. к 2010 г., %',
];

const TABLE_6: ReadonlyArray<readonly string[]> = [
  ['1', 'Акмолинская', '11,25', 'С', '26,40', 'С+', '234,67'],
  ['2', 'Актюбинская', '17,47', 'С', '32,80', 'С++', '187,75'],
  ['3', 'Алматинская', '10,55', 'С', '21,23', 'С+', '201,23'],
  ['4', 'Атырауская', '31,34', 'С++', '42,20', 'В', '134,65'],
  ['5', 'Восточно-Казахстанская', '13,75', 'С', '29,62', 'С+', '215,42'],
  ['6', 'Жамбылская', '13,36', 'С', '23,63', 'С+', '176,87'],
  ['7', 'Западно-Казахстанская', '10,89', 'С', '24,44', 'С+', '224,43'],
  ['8', 'Карагандинская', '25,69', 'С+', '33,55', 'С++', '130,60'],
  ['9', 'Костанайская', '18,70', 'С', '32,31', 'С++', '172,78'],
  ['10', 'Кызылординская', '26,08', 'С+', '18,19', 'С', '69,75'],
  ['11', 'Мангистауская', '13,27', 'С', '34,59', 'С++', '260,66'],
  ['12', 'Павлодарская', '29,17', 'С+', '25,26', 'С+', '86,60'],
  ['13', 'Северо-Казахстанская', '10,65', 'С', '25,30', 'С+', '237,56'],
  ['14', 'Южно-Казахстанская', '34,94', 'С++', '30,28', 'С++', '88,43'],
  ['15', 'г. Астана', '26,07', 'С+', '48,73', 'В', '186,92'],
  ['16', 'г. Алматы', '51,93', 'В+', '65,69', 'В++', '126,50'],
];

export const TABLE_6_SPEC: PrintedTableSpec = {
  seed: SEED_004,
  table: '6',
  numbered: true,
  columns: [
    { id: 'index_2010', col: 3, header: HEADERS_6[2] },
    { id: 'index_2014', col: 5, header: HEADERS_6[4] },
    { id: 'ratio_2014_2010', col: 7, header: HEADERS_6[6] },
  ],
};

const CLASS_COLUMNS = [
  { id: 'class_2010', col: 4 },
  { id: 'class_2014', col: 6 },
];

/**
 * The Latin label of a class printed with Cyrillic look-alikes (С -> C, В -> B) or the V the
 * paper uses in Table 1 for group B. Source: seed 004, Table 1; docs/methods.md section 1.
 */
export function normaliseClassLabel(printed: string): string {
  const latin = printed.trim().replace(/С/g, 'C').replace(/[ВV]/g, 'B');
  if (!/^(A|B|C)(\+{0,2})$|^D$/.test(latin)) {
    throw new Error(`Not a class of Table 1: '${printed}'.`);
  }
  return latin;
}

function publishedRows(): TableRow[] {
  return readPrintedTable(TABLE_6_SPEC, TABLE_6).map((r, i) => {
    const printed = TABLE_6[i];
    const cells: Record<string, Cell> = { ...r.cells };
    for (const c of CLASS_COLUMNS) {
      cells[c.id] = textCell(printed[c.col - 1], normaliseClassLabel(printed[c.col - 1]), {
        seed: SEED_004,
        table: '6',
        row: r.row,
        column: HEADERS_6[c.col - 1],
        col: c.col,
      });
    }
    return { key: seed004Key(r.label), label: r.label, cells };
  });
}

const INDEX_UNIT = { ru: 'баллы (0-100)', kk: 'балл (0-100)', en: 'points (0-100)' };
const CLASS_UNIT = { ru: 'класс (табл. 1)', kk: 'класс (1-кесте)', en: 'class (Table 1)' };

export const innovationPublished: TableDataset = {
  kind: 'table',
  id: 'innovation-published',
  title: {
    ru: 'Индексы инновационного развития регионов, 2010 и 2014 (опубликованные)',
    kk: 'Өңірлердің инновациялық даму индекстері, 2010 және 2014 (жарияланған)',
    en: 'Innovation-development indexes by region, 2010 and 2014 (as published)',
  },
  source: SOURCE_004,
  seed: SEED_004,
  tables: ['6'],
  units: {
    ru: 'индекс 0-100, класс по табл. 1, отношение в %',
    kk: 'индекс 0-100, 1-кесте бойынша класс, қатынас %',
    en: 'index 0-100, class of Table 1, ratio in %',
  },
  years: [2010, 2014],
  scheme: '2014',
  published: true,
  notes: {
    en:
      'Table 6 of Kireeva’s paper as printed: the authors’ results, not inputs. Classes are printed with ' +
      'Cyrillic С and В; the dataset keeps them as printed and gives the Latin label (C+, B++, ...) beside them. ' +
      'Recomputed from Tables 2-3, every 2010 index agrees within 0.04. Recomputed from Tables 4-5 ' +
      'with Table 4’s derived columns realigned (see the 2014 input table), every 2014 index agrees ' +
      'within 0.07 except South Kazakhstan (45.27 recomputed, 30.28 published; probably a ' +
      'decimal-point slip in S_C). South Kazakhstan’s ratio 88,43 does not equal 30,28 / 34,94 × ' +
      '100 = 86,66; it equals 30,28 / 34,24 × 100, as if the 2010 index had been mistyped as 34,24.',
    ru:
      'Таблица 6 статьи А.А. Киреевой как напечатана: результаты авторов, а не исходные данные. Классы ' +
      'напечатаны кириллическими С и В; набор хранит их как напечатаны и даёт рядом латинскую метку (C+, B++, ...). ' +
      'Пересчёт по таблицам 2-3 совпадает со всеми индексами 2010 года с точностью 0,04. Пересчёт по ' +
      'таблицам 4-5 с выравниванием расчётных столбцов таблицы 4 (см. набор исходных данных 2014 года) совпадает со ' +
      'всеми индексами 2014 года с точностью 0,07, кроме Южно-Казахстанской области (пересчёт ' +
      '45,27, опубликовано 30,28; вероятно, ошибка в десятичной запятой S_C). Отношение 88,43 для ' +
      'Южно-Казахстанской области не равно 30,28 / 34,94 × 100 = 86,66, а равно 30,28 / 34,24 × 100, ' +
      'как если бы индекс 2010 года был записан как 34,24.',
    kk:
      'А.А. Киреева мақаласының 6-кестесі басылғандай: авторлардың нәтижелері. Кластар кириллицамен (С, В) ' +
      'басылған; жинақ оларды басылғандай сақтайды және қасында латын белгісін береді (C+, B++, ...). 2010 жылғы ' +
      'индекстер 2-3-кестелерден 0,04 дәлдікпен қайталанады; 2014 жылғы индекстер 4-кесте ' +
      'түзетілгеннен кейін 0,07 дәлдікпен қайталанады, Оңтүстік Қазақстаннан басқа (45,27 орнына ' +
      '30,28). Оңтүстік Қазақстанның 88,43 қатынасы 30,28 / 34,24 × 100-ге тең.',
  },
  columns: [
    {
      id: 'index_2010',
      title: { ru: 'Итоговый индекс, 2010', kk: 'Қорытынды индекс, 2010', en: 'Index, 2010' },
      unit: INDEX_UNIT,
      direction: 'higher',
    },
    {
      id: 'class_2010',
      title: { ru: 'Рейтинг (класс), 2010', kk: 'Рейтинг (класс), 2010', en: 'Class, 2010' },
      unit: CLASS_UNIT,
    },
    {
      id: 'index_2014',
      title: { ru: 'Итоговый индекс, 2014', kk: 'Қорытынды индекс, 2014', en: 'Index, 2014' },
      unit: INDEX_UNIT,
      direction: 'higher',
    },
    {
      id: 'class_2014',
      title: { ru: 'Рейтинг (класс), 2014', kk: 'Рейтинг (класс), 2014', en: 'Class, 2014' },
      unit: CLASS_UNIT,
    },
    {
      id: 'ratio_2014_2010',
      title: { ru: '2014 г. к 2010 г.', kk: '2014 ж. 2010 ж. қарағанда', en: '2014 as % of 2010' },
      unit: { ru: '%', kk: '%', en: '%' },
      formula: 'index_2014 / index_2010 * 100',
    },
  ],
  rows: publishedRows(),
};
