/**
 * The grid: the cells of a CSV file or a worksheet as read (row 0 = spreadsheet row 1), with
 * the facts a preview shows. Its own file so that the CSV path (grid.ts) and the XLSX path
 * (readXlsx.ts) share it without importing each other.
 */
import type { Issue } from '../../core/index.ts';
import type { TextEncodingName } from './decodeText.ts';
import type { Delimiter } from './detectDelimiter.ts';

/** A cell as read: text from CSV, text or number from XLSX, null when empty. */
export type GridCell = string | number | null;

export interface Grid {
  fileName: string;
  format: 'csv' | 'xlsx';
  /** CSV only. */
  encoding?: TextEncodingName;
  /** CSV only. */
  delimiter?: Delimiter;
  /** XLSX only: the sheet read and all sheet names, for a sheet picker. */
  sheet?: string;
  sheetNames?: string[];
  /** rows[i] is spreadsheet row i + 1; rows may differ in length. */
  rows: GridCell[][];
  /**
   * Set when reading stopped early (an unclosed quote): the errors that stopped it. `rows` then
   * holds only the rows before that point, so the table readers can still check them and report
   * every problem at once; they must fail whenever this is set.
   */
  fatal?: Issue[];
}

export interface GridOptions {
  /** Force the delimiter instead of detecting it. */
  delimiter?: Delimiter;
  /** XLSX: sheet name or 1-based sheet number; the first sheet by default. */
  sheet?: string | number;
}
