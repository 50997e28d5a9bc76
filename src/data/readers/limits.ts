/**
 * Size limits for user imports. They keep a browser tab responsive and its memory bounded; a
 * file over a limit is refused with a message that names the limit, never truncated silently.
 */
import type { Issue } from '../../core/index.ts';
import { cellIssue } from './place.ts';

/** Largest indicator or input-output table accepted, in bytes (10 MB). */
export const MAX_TABLE_BYTES = 10 * 1024 * 1024;
/** Most columns a table may have (2,000). */
export const MAX_TABLE_COLUMNS = 2000;
/** Most rows a table may have, header included (200,000). */
export const MAX_TABLE_ROWS = 200_000;
/**
 * Most bytes the XML parts of an .xlsx may unpack to (30 MB): read-excel-file parses them all,
 * and a 300 KB ZIP that unpacks to 300 MB kept a tab busy for 54 s.
 */
export const MAX_XLSX_UNPACKED_BYTES = 30 * 1024 * 1024;
/**
 * Most cells (last row x last column) an .xlsx sheet may span (2,000,000): read-excel-file
 * builds the whole rectangle, so one cell at XFD1048576 would be 17 billion cells.
 */
export const MAX_XLSX_CELLS = 2_000_000;
/** Largest boundary file accepted, in bytes (25 MB). */
export const MAX_BOUNDARY_BYTES = 25 * 1024 * 1024;
/** Most features a boundary file may have (50,000). */
export const MAX_BOUNDARY_FEATURES = 50_000;
/** Most industries an input-output table may have (the flow block is n x n). */
export const MAX_IO_INDUSTRIES = 500;

/** '10 MB' for a byte count, for messages. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

/** Errors for a table beyond MAX_TABLE_ROWS or MAX_TABLE_COLUMNS (none when within). */
export function limits(rowCount: number, columnCount: number, file: string): Issue[] {
  const out: Issue[] = [];
  if (rowCount > MAX_TABLE_ROWS) {
    out.push({
      code: 'too-many-rows',
      severity: 'error',
      message: `The table has ${rowCount.toLocaleString('en')} rows; up to ${MAX_TABLE_ROWS.toLocaleString('en')} can be imported.`,
      where: { file, row: MAX_TABLE_ROWS + 1 },
      params: { count: rowCount, limit: MAX_TABLE_ROWS },
    });
  }
  if (columnCount > MAX_TABLE_COLUMNS) {
    out.push(
      cellIssue(
        'too-many-columns',
        'error',
        `The table has ${columnCount.toLocaleString('en')} columns; up to ${MAX_TABLE_COLUMNS.toLocaleString('en')} can be imported.`,
        file,
        1,
        MAX_TABLE_COLUMNS,
        undefined,
        { count: columnCount, limit: MAX_TABLE_COLUMNS },
      ),
    );
  }
  return out;
}

/** The longest row's length (a loop: spreading 200,000 rows into Math.max overflows the stack). */
export function widest(rows: unknown[][]): number {
  let w = 0;
  for (const r of rows) if (r.length > w) w = r.length;
  return w;
}
