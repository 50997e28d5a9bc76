/**
 * The published result (seed 004, Table 6, dataset innovation-published): index and class
 * per region for 2010 and 2014, read by column id.
 */
import type { TableDataset } from '../../data/types.ts';

/** Column ids of Table 6 in dataset innovation-published. */
export const PUBLISHED_COLUMNS = {
  2010: { index: 'index2010', class: 'class2010' },
  2014: { index: 'index2014', class: 'class2014' },
} as const;

/** Published index by region code for a year (null where not printed). */
export function publishedIndex(ds: TableDataset, year: 2010 | 2014): Map<string, number | null> {
  const col = PUBLISHED_COLUMNS[year].index;
  return new Map(ds.rows.map((r) => [r.key, r.cells[col]?.value ?? null]));
}

/** Published class label by region code for a year, as printed. */
export function publishedClass(ds: TableDataset, year: 2010 | 2014): Map<string, string | null> {
  const col = PUBLISHED_COLUMNS[year].class;
  return new Map(ds.rows.map((r) => [r.key, r.cells[col]?.printed ?? null]));
}
