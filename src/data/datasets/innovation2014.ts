/**
 * Dataset `innovation-2014`: seed 004, Tables 4 and 5 (input of the innovation-development
 * rating for 2014), with Table 4's derived columns realigned. Table 4 prints its region labels
 * in an order of its own, and its raw columns agree with those labels, but its three derived
 * columns (S_D, S_F, S_E) are printed in the row order of Tables 2, 3, 5 and 6. Each derived
 * figure is therefore assigned to the region whose raw data reproduce it; its provenance keeps
 * the printed row. The evidence is re-derived by src/data/audit (Table 4 findings and the
 * Table 6 check) and spelt out in the notes below.
 */
import type { RowAlignment, TableDataset } from '../types.ts';
import { innovationRows } from './innovationRows.ts';
import {
  ACTIVITY_COLUMNS,
  RECEPTIVITY_COLUMNS,
  activityPrintedColumns,
  receptivityPrintedColumns,
} from './innovationColumns.ts';
import { readPrintedTable, type PrintedTableSpec } from './printedTable.ts';
import { SEED_004_CANONICAL_ORDER } from './seed004Regions.ts';
import { SEED_004, SOURCE_004 } from './sources.ts';

const HEADERS_4: readonly string[] = [
  '№',
  'Регион Казахстана',
  'Валовой региональный продукт (млн тенге)',
  'Производительность труда (тыс. тенге/человек)',
  'Занятое население (человек)',
  'Основные средства (млн тенге)',
  'Отдача основных средств (ВРП, тенге/основные средства, тенге)',
  'Выбросы загрязняющих веществ в атмосферу (тыс. тонн)',
  'Экологичность производства (тыс. тенге на тонну выбросов загрязняющих веществ в атмосферу)',
];

const TABLE_4: ReadonlyArray<readonly string[]> = [
  ['1', 'Акмолинская', '1054074,4', '2 493,67', '422700', '1051700,0', '1,00', '84,6', '12 459,5'],
  ['2', 'Актюбинская', '1876500,5', '4 576,83', '410000', '3188000,0', '0,59', '121,8', '15 406,4'],
  ['3', 'Алматинская', '1914746,6', '1 889,61', '1013300', '1978800,0', '0,97', '51,6', '37 107,5'],
  [
    '4',
    'Атырауская',
    '3981227,9',
    '13 915,51',
    '286100',
    '10266100,0',
    '0,39',
    '109,1',
    '36 491,5',
  ],
  [
    '5',
    'Западно-Казахстанская',
    '1911912,3',
    '3 243,87',
    '316800',
    '2379400,0',
    '1,00',
    '44,7',
    '17 658,6',
  ],
  ['6', 'Жамбылская', '982240,6', '1 852,59', '530200', '1023600,0', '0,96', '38,2', '25 713,1'],
  [
    '7',
    'Карагандинская',
    '2908696,8',
    '6 035,08',
    '678400',
    '2707500,0',
    '0,80',
    '603,6',
    '42 772,1',
  ],
  ['8', 'Костанайская', '1398676,5', '4 287,58', '493900', '1508400,0', '1,07', '103,8', '4 818,9'],
  [
    '9',
    'Кызылординская',
    '1318201,2',
    '2 831,90',
    '311100',
    '2281900,0',
    '0,93',
    '30,8',
    '13 474,7',
  ],
  [
    '10',
    'Мангистауская',
    '2278679,2',
    '4 237,23',
    '248800',
    '3294300,0',
    '0,58',
    '88,3',
    '42 798,7',
  ],
  [
    '11',
    'Южно-Казахстанская',
    '2399860,9',
    '9 158,68',
    '1163200',
    '2032600,0',
    '0,69',
    '59,9',
    '25 806,1',
  ],
  [
    '12',
    'Павлодарская',
    '1751851,0',
    '4 168,10',
    '420300',
    '2478500,0',
    '0,71',
    '610,2',
    '2 870,9',
  ],
  [
    '13',
    'Северо-Казахстанская',
    '797924,0',
    '2 542,78',
    '313800',
    '771100,0',
    '1,03',
    '72,0',
    '11 082,3',
  ],
  [
    '14',
    'Восточно-Казахстанская',
    '2288551,2',
    '2 063,15',
    '705500',
    '2296700,0',
    '1,18',
    '129,6',
    '40 064,5',
  ],
  ['15', 'г. Астана', '4023771,6', '9 322,92', '431600', '6552600,0', '0,61', '65,1', '61 809,1'],
  ['16', 'г. Алматы', '8153984,2', '10 665,77', '764500', '6903200,0', '1,18', '43,5', '187 447,9'],
];

const HEADERS_5: readonly string[] = [
  '№',
  'Регион Казахстана',
  'Затраты на исследования и разработки (млн тенге)',
  'Затраты на технологические инновации (млн тенге)',
  'Занятое население (человек)',
  'Объем инновационной продукции (млн тенге)',
  'Затраты на исследования и разработки (тенге/чел.)',
  'Затраты на технологические инновации (тенге/чел.)',
  'Выпуск инновационной продукции на душу населения (тенге/чел.)',
];

const TABLE_5: ReadonlyArray<readonly string[]> = [
  [
    '1',
    'Акмолинская',
    '826,7',
    '11 045,40',
    '422700',
    '33801,6',
    '1 955,76',
    '26 130,59',
    '45 981,25',
  ],
  [
    '2',
    'Актюбинская',
    '735,3',
    '35 399,40',
    '410000',
    '4454,4',
    '1 793,41',
    '86 340,00',
    '5 833,68',
  ],
  ['3', 'Алматинская', '804,2', '6 510,70', '1013300', '16608,9', '793,64', '6 425,24', '9 045,51'],
  [
    '4',
    'Атырауская',
    '1885,7',
    '18 522,10',
    '286100',
    '18655,3',
    '6 591,05',
    '64 739,95',
    '35 807,27',
  ],
  [
    '5',
    'Восточно-Казахстанская',
    '3040,6',
    '415,9',
    '705500',
    '97778,9',
    '4 309,85',
    '589,51',
    '161 931,71',
  ],
  [
    '6',
    'Жамбылская',
    '1322,3',
    '9 272,70',
    '530200',
    '25250,3',
    '2 493,96',
    '17 489,06',
    '24 408,52',
  ],
  [
    '7',
    'Западно-Казахстанская',
    '672,2',
    '1 698,80',
    '316800',
    '5996,5',
    '2 121,84',
    '5 362,37',
    '4 452,37',
  ],
  [
    '8',
    'Карагандинская',
    '4048,8',
    '32 744,20',
    '678400',
    '21578,1',
    '5 968,16',
    '48 266,80',
    '24 428,05',
  ],
  [
    '9',
    'Костанайская',
    '573,9',
    '25 252,00',
    '493900',
    '57633,9',
    '1 161,98',
    '51 127,76',
    '83 647,65',
  ],
  ['10', 'Кызылординская', '266', '555,7', '311100', '4761,2', '855,03', '1 786,24', '9 461,19'],
  [
    '11',
    'Мангистауская',
    '6160,8',
    '2 898,00',
    '248800',
    '1546,8',
    '24 762,06',
    '11 647,91',
    '615,86',
  ],
  [
    '12',
    'Павлодарская',
    '322,9',
    '8 659,50',
    '420300',
    '83070,6',
    '768,26',
    '20 603,14',
    '111 603,93',
  ],
  [
    '13',
    'Северо-Казахстанская',
    '236,3',
    '8 022,20',
    '313800',
    '16500,4',
    '753,03',
    '25 564,69',
    '27 837,59',
  ],
  [
    '14',
    'Южно-Казахстанская',
    '1 233,8',
    '33 163,80',
    '1163200',
    '45153,5',
    '1 060,69',
    '28 510,83',
    '322 715,14',
  ],
  [
    '15',
    'г. Астана',
    '10187,8',
    '10 219,00',
    '431600',
    '125507',
    '23 604,73',
    '23 677,02',
    '193 341,71',
  ],
  [
    '16',
    'г. Алматы',
    '34030,3',
    '8 228,30',
    '764500',
    '22088,6',
    '44 513,15',
    '10 762,98',
    '15 883,07',
  ],
];

export const TABLE_4_SPEC: PrintedTableSpec = {
  seed: SEED_004,
  table: '4',
  numbered: true,
  columns: receptivityPrintedColumns(HEADERS_4),
};

export const TABLE_5_SPEC: PrintedTableSpec = {
  seed: SEED_004,
  table: '5',
  numbered: true,
  columns: activityPrintedColumns(HEADERS_5),
};

/**
 * Printed row n of Table 4 carries the derived figures of the n-th region in the canonical
 * order (rows 5, 7, 8, 9, 10, 11 and 14 are the ones whose label differs).
 */
export const TABLE_4_ALIGNMENT: RowAlignment = {
  table: '4',
  columns: ['S_D', 'S_F', 'S_E'],
  printedRowToKey: Object.fromEntries(
    SEED_004_CANONICAL_ORDER.map((key, i) => [String(i + 1), key]),
  ),
  reason: {
    en:
      'Table 4 prints the derived columns in the row order of Tables 2, 3, 5 and 6 but its labels ' +
      'in another order; each derived figure is reproduced by the raw data of the region at that ' +
      'position of the canonical order.',
    ru:
      'В таблице 4 расчётные столбцы напечатаны в порядке строк таблиц 2, 3, 5 и 6, а названия ' +
      'регионов — в другом порядке; каждое расчётное значение воспроизводится исходными данными ' +
      'региона, стоящего на этом месте в общем порядке.',
    kk:
      '4-кестеде есептелген бағандар 2, 3, 5 және 6-кестелердің жол ретімен, ал өңір атаулары ' +
      'басқа ретпен басылған; әр есептелген мән жалпы ретте сол орында тұрған өңірдің бастапқы ' +
      'деректерімен қайталанады.',
  },
};

export const innovation2014: TableDataset = {
  kind: 'table',
  id: 'innovation-2014',
  title: {
    ru: 'Исходные данные рейтинга инновационного развития регионов, 2014 (с выравниванием таблицы 4)',
    kk: 'Өңірлердің инновациялық даму рейтингінің бастапқы деректері, 2014 (4-кесте түзетілген)',
    en: 'Innovation-development rating inputs by region, 2014 (Table 4 realigned)',
  },
  source: SOURCE_004,
  seed: SEED_004,
  tables: ['4', '5'],
  units: {
    ru: 'млн тенге, человек, тыс. тонн; показатели — в единицах каждого столбца',
    kk: 'млн теңге, адам, мың тонна; көрсеткіштер — әр бағанның өз бірлігінде',
    en: 'million tenge, persons, thousand tonnes; indicators in each column’s own unit',
  },
  years: [2014],
  scheme: '2014',
  published: false,
  alignments: [TABLE_4_ALIGNMENT],
  notes: {
    en:
      'Tables 4 and 5 of seed 004, figures as printed, with one realignment. (1) Table 4 prints its ' +
      'region labels in an order of its own (5 West Kazakhstan, 6 Zhambyl, 7 Karaganda, 8 ' +
      'Kostanay, 9 Kyzylorda, 10 Mangystau, 11 South Kazakhstan, 12 Pavlodar, 13 North ' +
      'Kazakhstan, 14 East Kazakhstan), while Tables 2, 3, 5 and 6 use 1 Akmola, 2 Aktobe, 3 Almaty ' +
      'oblast, 4 Atyrau, 5 East Kazakhstan, 6 Zhambyl, 7 West Kazakhstan, 8 Karaganda, 9 Kostanay, ' +
      '10 Kyzylorda, 11 Mangystau, 12 Pavlodar, 13 North Kazakhstan, 14 South Kazakhstan, 15 ' +
      'Astana, 16 Almaty city. Table 4’s raw columns (GRP, employed, fixed assets, emissions) ' +
      'agree with its labels: each label’s employed figure equals Table 5’s for the same region. ' +
      'Its three derived columns (labour productivity S_D, return on fixed assets S_F, ' +
      'environmental efficiency S_E) do not: in rows 5, 7, 8, 9, 10, 11 and 14 every printed ' +
      'derived value differs by more than 1% from the one recomputed from the same row, and each ' +
      'equals, within rounding, the value recomputed from the raw data of the region that holds ' +
      'that position in the canonical order. Example: row 14, labelled East Kazakhstan, prints ' +
      'productivity 2 063,15 = 2 399 860,9 / 1 163 200 × 1000, the raw data of row 11, South ' +
      'Kazakhstan. (2) Joined to Table 6 by name, the printed derived columns leave East ' +
      'Kazakhstan at 32.79 (Table 6: 29.62), West Kazakhstan 21.64 (24.44), Karaganda 35.14 ' +
      '(33.55), Kostanay 35.30 (32.31), Kyzylorda 18.88 (18.19), Mangystau 28.62 (34.59) and ' +
      'South Kazakhstan 45.58 (30.28). Assigning each derived value to the region whose raw data ' +
      'reproduce it reproduces Table 6 within 0.07 for 15 of the 16 regions (largest: North ' +
      'Kazakhstan, 25.23 against 25.30). This bundle therefore keeps the raw figures with their ' +
      'printed labels and assigns each derived figure to the region whose raw data reproduce it; ' +
      'every cell keeps its printed row (e.g. South Kazakhstan’s S_D comes from row 14). (3) The ' +
      'one remaining difference is South Kazakhstan: recomputed 45.27, published 30.28. Table 6’s ' +
      'value is reproduced (30.27) if South Kazakhstan’s own S_C were 32 271,51, one tenth of the ' +
      'printed 322 715,14, while the maximum that normalises S_C stays the printed 322 715,14 for ' +
      'all other regions (recomputing the maximum with 32 271,51 moves 14 of the other 15 regions ' +
      'more than 0.07 away from Table 6). Dividing ' +
      'innovative output by S_C gives the population the authors used: 139 918 for South ' +
      'Kazakhstan in 2014 against 1 397 993 in 2010, while the other 15 regions use the same ' +
      'figure in both years. S_C cannot be recomputed (no population in the tables), so the ' +
      'printed 322 715,14 is kept: probably a decimal-point slip in S_C used for the published ' +
      'index of South Kazakhstan only. (South Kazakhstan also holds the maximum of S_F, 1,18, tied ' +
      'with Almaty city, so one tenth of S_F would give the same 30.27; no other check points to ' +
      'S_F, whose printed value agrees with the row’s raw data, while S_C’s implied population ' +
      'does point to a tenfold slip.)',
    ru:
      'Таблицы 4 и 5 источника 004, значения как напечатаны, с одним выравниванием. (1) В таблице 4 ' +
      'регионы перечислены в собственном порядке (5 Западно-Казахстанская, 6 Жамбылская, 7 ' +
      'Карагандинская, 8 Костанайская, 9 Кызылординская, 10 Мангистауская, 11 Южно-Казахстанская, ' +
      '12 Павлодарская, 13 Северо-Казахстанская, 14 Восточно-Казахстанская), а в таблицах 2, 3, 5 и ' +
      '6 — в порядке: 1 Акмолинская, 2 Актюбинская, 3 Алматинская, 4 Атырауская, 5 ' +
      'Восточно-Казахстанская, 6 Жамбылская, 7 Западно-Казахстанская, 8 Карагандинская, 9 ' +
      'Костанайская, 10 Кызылординская, 11 Мангистауская, 12 Павлодарская, 13 ' +
      'Северо-Казахстанская, 14 Южно-Казахстанская, 15 г. Астана, 16 г. Алматы. Исходные столбцы ' +
      'таблицы 4 (ВРП, занятые, основные средства, выбросы) соответствуют названиям строк: занятое ' +
      'население каждой строки равно значению таблицы 5 для того же региона. Три расчётных столбца ' +
      '(производительность труда S_D, отдача основных средств S_F, экологичность производства S_E) ' +
      '— нет: в строках 5, 7, 8, 9, 10, 11 и 14 каждое напечатанное расчётное значение отличается ' +
      'более чем на 1% от пересчитанного по той же строке и с точностью до округления равно ' +
      'значению, пересчитанному по исходным данным региона, стоящего на этом месте в общем порядке. ' +
      'Пример: в строке 14 «Восточно-Казахстанская» напечатана производительность 2 063,15 = ' +
      '2 399 860,9 / 1 163 200 × 1000, то есть по данным строки 11 «Южно-Казахстанская». (2) При ' +
      'соединении с таблицей 6 по названию напечатанные расчётные столбцы дают: ' +
      'Восточно-Казахстанская 32,79 (в таблице 6: 29,62), Западно-Казахстанская 21,64 (24,44), ' +
      'Карагандинская 35,14 (33,55), Костанайская 35,30 (32,31), Кызылординская 18,88 (18,19), ' +
      'Мангистауская 28,62 (34,59), Южно-Казахстанская 45,58 (30,28). Если отнести каждое ' +
      'расчётное значение к региону, чьи исходные данные его воспроизводят, таблица 6 ' +
      'воспроизводится с точностью 0,07 для 15 из 16 регионов (наибольшее расхождение: ' +
      'Северо-Казахстанская, 25,23 против 25,30). Поэтому в наборе исходные значения остаются при ' +
      'напечатанных названиях, а каждое расчётное значение отнесено к региону, чьи исходные данные ' +
      'его воспроизводят; у каждой ячейки сохранена напечатанная строка (например, S_D ' +
      'Южно-Казахстанской области взят из строки 14). (3) Остаётся одно расхождение: ' +
      'Южно-Казахстанская, пересчёт 45,27, опубликовано 30,28. Значение таблицы 6 получается ' +
      '(30,27), если собственный S_C области равен 32 271,51, то есть одной десятой напечатанного ' +
      '322 715,14, а максимум, по которому нормируется S_C, для остальных регионов остаётся ' +
      '322 715,14 (пересчёт максимума с 32 271,51 уводит 14 из остальных 15 регионов от таблицы 6 ' +
      'более чем на 0,07). Деление объёма ' +
      'инновационной продукции на S_C даёт численность населения, которой пользовались авторы: ' +
      '139 918 для Южно-Казахстанской области в 2014 году против 1 397 993 в 2010 году, тогда как ' +
      'у остальных 15 регионов она одинакова в оба года. Пересчитать S_C нельзя (населения в ' +
      'таблицах нет), поэтому сохранено напечатанное 322 715,14: вероятно, ошибка в положении ' +
      'десятичной запятой в S_C, использованном только для опубликованного индекса ' +
      'Южно-Казахстанской области. (У области также максимум S_F, 1,18, наравне с г. Алматы, ' +
      'поэтому одна десятая S_F дала бы те же 30,27; но на S_F не указывает ни одна другая ' +
      'проверка, и напечатанное значение согласуется с исходными данными строки, тогда как ' +
      'население, выводимое из S_C, указывает именно на десятикратную ошибку.)',
    kk:
      '004 дереккөздің 4 және 5-кестелері, мәндер басылғандай, бір түзетумен. 4-кестеде өңір ' +
      'атаулары өз ретімен берілген, ал бастапқы бағандар (ЖӨӨ, жұмыспен қамтылғандар, негізгі ' +
      'құралдар, шығарындылар) сол атауларға сәйкес. Үш есептелген баған (S_D, S_F, S_E) 2, 3, 5 ' +
      'және 6-кестелердің жалпы ретімен басылған: 5, 7, 8, 9, 10, 11 және 14-жолдарда әр мән сол ' +
      'жолдан қайта есептелгеннен 1%-дан артық ерекшеленеді және жалпы ретте сол орындағы өңірдің ' +
      'деректерімен қайталанады (мысалы, 14-жолдағы 2 063,15 = 11-жолдағы Оңтүстік Қазақстан ' +
      'деректері). Әр есептелген мән оны қайталайтын өңірге берілді; ұяшықтың басылған жолы ' +
      'сақталған. Осылай 6-кесте 16 өңірдің 15-і үшін 0,07 дәлдікпен қайталанады. Қалған бір ' +
      'айырма — Оңтүстік Қазақстан: 45,27 орнына 30,28 жарияланған; бұл S_C мәнінің (322 715,14) ' +
      'ондық үтірі қате қойылғанымен түсіндіріледі (32 271,51 болса, 30,27 шығады). Басылған мән ' +
      'сақталды.',
  },
  columns: [...RECEPTIVITY_COLUMNS, ...ACTIVITY_COLUMNS],
  rows: innovationRows(
    readPrintedTable(TABLE_4_SPEC, TABLE_4),
    readPrintedTable(TABLE_5_SPEC, TABLE_5),
    TABLE_4_ALIGNMENT,
  ),
};
