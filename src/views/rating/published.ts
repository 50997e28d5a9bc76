/**
 * The published result (seed 004, Table 6, dataset innovation-published): index and class
 * per region for 2010 and 2014, read by column id. Column ids as the dataset defines them
 * (src/data/datasets/innovationPublished.ts: index_2010, class_2010, index_2014, class_2014).
 */
import type { TableDataset } from '../../data/types.ts';

/** Column ids of Table 6 in dataset innovation-published. */
export const PUBLISHED_COLUMNS = {
  2010: { index: 'index_2010', class: 'class_2010' },
  2014: { index: 'index_2014', class: 'class_2014' },
} as const;

/** The columns of Table 6 for `year`, or null for a year the paper did not publish. */
export function publishedColumns(year: number): { index: string; class: string } | null {
  return year === 2010 || year === 2014 ? PUBLISHED_COLUMNS[year] : null;
}

/** Published index by region code for a year (null where not printed; empty for other years). */
export function publishedIndex(ds: TableDataset, year: number): Map<string, number | null> {
  const col = publishedColumns(year)?.index;
  if (!col) return new Map();
  return new Map(ds.rows.map((r) => [r.key, r.cells[col]?.value ?? null]));
}

/**
 * Published class by region code for a year. The table prints classes with Cyrillic look-alikes
 * (С+, В++); the dataset's `text` gives the Latin label of the class scale, which is what the
 * recomputed class uses, so the two compare as strings. Falls back to the printed text.
 */
export function publishedClass(ds: TableDataset, year: number): Map<string, string | null> {
  const col = publishedColumns(year)?.class;
  if (!col) return new Map();
  return new Map(
    ds.rows.map((r) => {
      const c = r.cells[col];
      return [r.key, c ? (c.text ?? (c.printed.trim() || null)) : null];
    }),
  );
}
