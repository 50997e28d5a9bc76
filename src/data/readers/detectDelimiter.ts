/**
 * Which character separates the cells of a CSV file: comma, semicolon or tab. Excel writes ';'
 * where the decimal separator is a comma (Russian, Kazakh locales), so a decimal-comma file
 * split on ',' still gives several cells per row, just not the same number in every row.
 * We therefore parse a sample with each candidate (papaparse, which respects quotes) and keep
 * the one whose rows most consistently have as many cells as the header.
 */
import Papa from 'papaparse';

export type Delimiter = ',' | ';' | '\t';

export const DELIMITERS: readonly Delimiter[] = ['\t', ';', ','];

export interface DelimiterGuess {
  delimiter: Delimiter;
  /** Share of sampled non-empty rows with as many cells as the header, in [0, 1]. */
  consistency: number;
  /** Cells in the header row with this delimiter. */
  headerCells: number;
}

const SAMPLE_ROWS = 200;

/**
 * Scores each candidate by the share of rows whose cell count equals the header's, among
 * candidates that split the header into at least two cells; ties prefer tab, then ';', then ','
 * because those rarely occur inside values. Falls back to ',' for a one-column file.
 */
export function detectDelimiter(text: string): DelimiterGuess {
  let best: DelimiterGuess | null = null;
  for (const delimiter of DELIMITERS) {
    let rows: string[][];
    try {
      rows = Papa.parse<string[]>(text, { delimiter, preview: SAMPLE_ROWS }).data;
    } catch {
      continue;
    }
    const nonEmpty = rows.filter((r) => Array.isArray(r) && r.some((c) => c.trim() !== ''));
    if (nonEmpty.length === 0) continue;
    // A title row above the header that Excel padded with separators (';;;', as the Bureau's
    // tables have) counts by its padded width: trimmed it would be one cell.
    const first = nonEmpty[0];
    const trimmed = trimTrailingEmpty(first).length;
    const headerCells = trimmed >= 2 ? trimmed : first.length;
    if (headerCells < 2) continue;
    const same = nonEmpty.filter(
      (r) => trimTrailingEmpty(r).length === headerCells || r.length === headerCells,
    ).length;
    const consistency = same / nonEmpty.length;
    if (!best || consistency > best.consistency + 1e-9) {
      best = { delimiter, consistency, headerCells };
    }
  }
  return best ?? { delimiter: ',', consistency: 1, headerCells: 1 };
}

/** Excel pads short rows with trailing separators; they are not cells a user typed. */
export function trimTrailingEmpty(row: string[]): string[] {
  let n = row.length;
  while (n > 0 && row[n - 1].trim() === '') n--;
  return row.slice(0, n);
}
