/**
 * Dataset `vko-loadings-published`: seed 002, Table 2, the rotated component matrix of the
 * input-output table of Kazakhstan, 20 industries x 7 components (principal components,
 * varimax with Kaiser normalisation, rotation converged in 8 iterations; 88% of variance), as
 * published. The seed says the loading with the largest absolute value in each row is set in
 * bold; bold is lost in the extracted text, so `marked` is set by that stated rule.
 */
import type { Cell, TableDataset, TableRow } from '../types.ts';
import { cell } from './cell.ts';
import { SEED_002, SOURCE_002 } from './sources.ts';
import { VKO_INDUSTRIES, industryKey } from './vkoIndustries.ts';

/** Table 2 loadings as printed, components 1-7, in the order of VKO_INDUSTRIES. */
export const TABLE_2_LOADINGS: ReadonlyArray<readonly string[]> = [
  ['-0,083', '-0,105', '0,933', '-0,112', '-0,016', '0,159', '0,107'],
  ['-0,288', '-0,344', '0,136', '-0,186', '-0,223', '-0,661', '0,203'],
  ['-0,012', '0,698', '0,546', '-0,114', '-0,119', '-0,245', '0,01'],
  ['0,893', '0,006', '-0,223', '0,322', '0,052', '0,026', '0,076'],
  ['-0,132', '0,939', '0,001', '0,070', '-0,078', '-0,002', '-0,133'],
  ['0,474', '0,047', '0,135', '-0,129', '0,753', '0,026', '0,037'],
  ['-0,257', '-0,222', '0,844', '-0,027', '-0,116', '-0,052', '0,098'],
  ['-0,248', '-0,265', '0,362', '-0,177', '-0,244', '0,637', '0,201'],
  ['-0,227', '0,147', '-0,467', '-0,367', '-0,292', '0,351', '0,311'],
  ['-0,146', '0,097', '-0,152', '-0,174', '-0,106', '0,019', '-0,924'],
  ['-0,055', '-0,087', '-0,185', '-0,089', '0,919', '-0,021', '0,076'],
  ['0,877', '0,063', '0,158', '0,224', '0,010', '0,080', '0,055'],
  ['0,157', '0,184', '0,014', '0,885', '-0,063', '0,055', '0,085'],
  ['0,201', '-0,105', '-0,144', '0,875', '-0,139', '-0,034', '0,084'],
  ['0,780', '-0,131', '-0,333', '-0,080', '0,369', '0,095', '-0,266'],
  ['-0,032', '0,966', '-0,072', '0,089', '-0,004', '0,051', '-0,096'],
  ['0,184', '0,803', '-0,157', '-0,074', '0,049', '0,044', '0,153'],
  ['-0,093', '0,921', '-0,259', '0,046', '-0,003', '0,089', '-0,046'],
  ['0,837', '-0,076', '0,023', '-0,126', '0,005', '-0,395', '0,145'],
  ['0,864', '-0,026', '-0,307', '0,330', '0,097', '0,102', '0,067'],
];

const COMPONENTS = ['1', '2', '3', '4', '5', '6', '7'];

function loadingRows(): TableRow[] {
  return VKO_INDUSTRIES.map((ind, i) => {
    const printed = TABLE_2_LOADINGS[i];
    const cells: Record<string, Cell> = {};
    let largest = 0;
    printed.forEach((text, j) => {
      const c = cell(text, {
        seed: SEED_002,
        table: '2',
        row: ind.no,
        column: COMPONENTS[j],
        col: j + 3,
      });
      cells[`c${j + 1}`] = c;
      if (Math.abs(c.value!) > Math.abs(cells[`c${largest + 1}`].value!)) largest = j;
    });
    cells[`c${largest + 1}`].marked = true;
    return {
      key: industryKey(ind.no),
      label: ind.printed,
      title: { ru: ind.ru, kk: ind.kk, en: ind.en },
      cells,
    };
  });
}

export const vkoLoadingsPublished: TableDataset = {
  kind: 'table',
  id: 'vko-loadings-published',
  title: {
    ru: 'Повёрнутая матрица компонент межотраслевого баланса (опубликованная)',
    kk: 'Салааралық баланстың бұрылған компоненттер матрицасы (жарияланған)',
    en: 'Rotated component matrix of the input-output table (as published)',
  },
  source: SOURCE_002,
  seed: SEED_002,
  tables: ['2'],
  units: {
    ru: 'нагрузки (корреляции)',
    kk: 'жүктемелер (корреляциялар)',
    en: 'loadings (correlations)',
  },
  years: [],
  published: true,
  notes: {
    en:
      'Table 2 of Kozlova and Denisova as printed: rotated loadings of 20 producing industries on 7 ' +
      'components (principal components of intermediate consumption in the input-output tables of ' +
      'Kazakhstan; varimax with Kaiser normalisation, 8 iterations). The paper marks in bold the ' +
      'loading with the largest absolute value in each row; the bold is lost in the extracted ' +
      'text, so the mark here follows that stated rule. Row 3, component 7 is printed with two ' +
      'decimals (0,01) and kept so. The sum of squared loadings over 20 industries is 17.59, i.e. ' +
      '88.0% of the variance, as the text says. The input-output data behind the table are not in ' +
      'the paper. Row labels keep the syllable breaks of the extracted text; titles give the names.',
    ru:
      'Таблица 2 статьи Козловой и Денисовой как напечатана: повёрнутые нагрузки 20 производящих отраслей на 7 ' +
      'компонент (главные компоненты промежуточного потребления таблиц «затраты — выпуск» ' +
      'Казахстана; варимакс с нормализацией Кайзера, 8 итераций). В статье жирным выделена ' +
      'нагрузка с наибольшим абсолютным значением в каждой строке; при извлечении текста выделение ' +
      'потеряно, поэтому отметка поставлена по этому правилу. Строка 3, компонента 7 напечатана ' +
      'с двумя знаками (0,01) и сохранена так. Сумма квадратов нагрузок по 20 отраслям равна ' +
      '17,59, то есть 88,0% дисперсии, как и сказано в тексте. Исходных данных межотраслевого ' +
      'баланса в статье нет.',
    kk:
      'Козлова мен Денисова мақаласының 2-кестесі басылғандай: 20 сала мен 7 компоненттің бұрылған жүктемелері ' +
      '(варимакс, Кайзер нормализациясы, 8 итерация). Әр жолдағы абсолюттік мәні ең үлкен жүктеме ' +
      'мақалада қалың қаріппен белгіленген; белгі осы ереже бойынша қойылды. Жүктемелер ' +
      'квадраттарының қосындысы 17,59, яғни дисперсияның 88,0%-ы.',
  },
  columns: COMPONENTS.map((c, j) => ({
    id: `c${j + 1}`,
    title: { ru: `Компонента ${c}`, kk: `${c}-компонент`, en: `Component ${c}` },
    unit: { ru: 'нагрузка', kk: 'жүктеме', en: 'loading' },
  })),
  rows: loadingRows(),
};
