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

/** Published index by region code for a year (null where not printed). */
export function publishedIndex(ds: TableDataset, year: 2010 | 2014): Map<string, number | null> {
  const col = PUBLISHED_COLUMNS[year].index;
  return new Map(ds.rows.map((r) => [r.key, r.cells[col]?.value ?? null]));
}

/**
 * Published class by region code for a year. The table prints classes with Cyrillic look-alikes
 * (С+, В++); the dataset's `text` gives the Latin label of the class scale, which is what the
 * recomputed class uses, so the two compare as strings. Falls back to the printed text.
 */
export function publishedClass(ds: TableDataset, year: 2010 | 2014): Map<string, string | null> {
  const col = PUBLISHED_COLUMNS[year].class;
  return new Map(
    ds.rows.map((r) => {
      const c = r.cells[col];
      return [r.key, c ? (c.text ?? (c.printed.trim() || null)) : null];
    }),
  );
}
