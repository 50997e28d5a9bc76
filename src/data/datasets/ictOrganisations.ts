/**
 * Dataset `ict-organisations`: seed 000 (Abzalbek 2022), Tables 1 and 2: use of ICT by
 * organisations in Kazakhstan, national figures only. Table 1 gives shares (%) for 2016-2021,
 * Table 2 the number of organisations using the Internet for 2017-2021. Both cite the article's
 * reference [17]; the extracted text carries no reference list.
 */
import type { Cell, TableDataset, TableRow } from '../types.ts';
import { cell } from './cell.ts';
import { SEED_000, SOURCE_000 } from './sources.ts';

interface PrintedIctRow {
  key: string;
  table: string;
  /** Row label as printed (its lines joined with one space). */
  label: string;
  title: { ru: string; kk: string; en: string };
  years: number[];
  values: string[];
}

/** Table 1 (lines 905-920 of the extracted text) and Table 2 (lines 923-930). */
export const ICT_PRINTED: PrintedIctRow[] = [
  {
    key: 'computers_share',
    table: '1',
    label: 'Доля организаций, использующих компьютеры',
    title: {
      ru: 'Доля организаций, использующих компьютеры, %',
      kk: 'Компьютер пайдаланатын ұйымдардың үлесі, %',
      en: 'Organisations using computers, %',
    },
    years: [2016, 2017, 2018, 2019, 2020, 2021],
    values: ['75,6', '72,6', '79,0', '83,9', '80,2', '80,2'],
  },
  {
    key: 'internet_access_share',
    table: '1',
    label: 'Доля организаций, имеющих доступ к сети Интернет',
    title: {
      ru: 'Доля организаций, имеющих доступ к сети Интернет, %',
      kk: 'Интернет желісіне қолжетімді ұйымдардың үлесі, %',
      en: 'Organisations with Internet access, %',
    },
    years: [2016, 2017, 2018, 2019, 2020, 2021],
    values: ['71,0', '69,3', '76,2', '81,1', '77,4', '78,2'],
  },
  {
    key: 'internet_users',
    table: '2',
    label: 'Республика Казахстан',
    title: {
      ru: 'Количество организаций, использующих сеть Интернет (с учетом организаций государственного управления)',
      kk: 'Интернет желісін пайдаланатын ұйымдар саны (мемлекеттік басқару ұйымдарын қоса)',
      en: 'Organisations using the Internet (including public administration), number',
    },
    years: [2017, 2018, 2019, 2020, 2021],
    values: ['79 658', '100 702', '105 531', '110 246', '107 121'],
  },
];

function ictRows(): TableRow[] {
  return ICT_PRINTED.map((r) => {
    const cells: Record<string, Cell> = {};
    r.years.forEach((year, j) => {
      cells[`y${year}`] = cell(r.values[j], {
        seed: SEED_000,
        table: r.table,
        row: r.label,
        column: String(year),
        col: j + 2,
      });
    });
    return { key: r.key, label: r.label, title: r.title, cells };
  });
}

const YEARS = [2016, 2017, 2018, 2019, 2020, 2021];

export const ictOrganisations: TableDataset = {
  kind: 'table',
  id: 'ict-organisations',
  title: {
    ru: 'Использование ИКТ организациями Казахстана, 2016-2021',
    kk: 'Қазақстан ұйымдарының АКТ пайдалануы, 2016-2021',
    en: 'Use of ICT by organisations in Kazakhstan, 2016-2021',
  },
  source: SOURCE_000,
  seed: SEED_000,
  tables: ['1', '2'],
  units: {
    ru: '% организаций (табл. 1); число организаций (табл. 2)',
    kk: 'ұйымдардың %-ы (1-кесте); ұйымдар саны (2-кесте)',
    en: '% of organisations (Table 1); number of organisations (Table 2)',
  },
  years: YEARS,
  published: true,
  notes: {
    en:
      'Tables 1 and 2 of Abzalbek as printed, national figures only (no regional breakdown). ' +
      'Rows differ in unit: the two Table 1 rows are percentages of organisations, the Table 2 ' +
      'row is a number of organisations including public administration, with no 2016 figure. ' +
      'Both tables cite the article’s reference [17], which the extracted text does not include.',
    ru:
      'Таблицы 1 и 2 статьи Г.А. Абзалбека как напечатаны, только по республике (без регионов). Единицы ' +
      'строк различаются: две строки таблицы 1 — доли организаций в процентах, строка таблицы 2 — ' +
      'число организаций с учётом организаций государственного управления, без значения за 2016 ' +
      'год. Обе таблицы ссылаются на источник [17] статьи; списка литературы в извлечённом тексте ' +
      'нет.',
    kk:
      'Г.А. Абзалбек мақаласының 1 және 2-кестелері басылғандай, тек республика бойынша. 1-кесте — ұйымдар ' +
      'үлесі (%), 2-кесте — Интернетті пайдаланатын ұйымдар саны (2016 жылғы мән жоқ).',
  },
  columns: YEARS.map((y) => ({
    id: `y${y}`,
    title: { ru: `${y}`, kk: `${y}`, en: `${y}` },
    unit: {
      ru: '% или число (по строке)',
      kk: '% немесе сан (жол бойынша)',
      en: '% or number (by row)',
    },
  })),
  rows: ictRows(),
};
