/**
 * Messages between the import panel and the import worker (worker/import.worker.ts). Long row
 * lists travel in slices of ROW_SLICE rows, each its own message, so that the page never spends
 * more than a few milliseconds taking one in; the final message carries the rest with those
 * lists emptied, and the client puts them back (worker/importClient.ts).
 */
import type { ImportRead } from './readForImport.ts';
import type { FileRead } from '../data/readers/readUserFile.ts';
import type { Result } from '../core/index.ts';
import type { Grid, GridCell } from '../data/readers/grid.ts';
import type { ImportedTable, IndicatorTableOptions } from '../data/readers/indicatorTable.ts';

/** Rows per message. */
export const ROW_SLICE = 1000;

/** Reading a file. */
export interface ImportRequest {
  bytes: ArrayBuffer;
  fileName: string;
  lang: 'ru' | 'kk' | 'en';
}

/**
 * Building the table again with the preview's options (column types, manual matches): the
 * grid's rows first, ROW_SLICE a message, then the rest of the grid with the options.
 */
export type RebuildRequest =
  | { type: 'grid-rows'; rows: GridCell[][] }
  | {
      type: 'rebuild';
      grid: Grid;
      options: Omit<IndicatorTableOptions, 'onProgress'>;
      lang: 'ru' | 'kk' | 'en';
    };

export type ImportReply =
  | { type: 'progress'; fraction: number }
  /** A slice of the grid's rows or of the table's rows, in order. */
  | { type: 'rows'; target: 'grid' | 'table'; rows: unknown[] }
  | { type: 'done'; result: ImportRead }
  /** The rebuilt table, its rows sent before as 'table' slices. */
  | { type: 'built'; result: Result<ImportedTable> }
  | { type: 'failed' };

/** The messages that carry a reading: its long row lists in slices, then the rest. */
export function replySlices(result: ImportRead): ImportReply[] {
  const out: ImportReply[] = [];
  const send = (target: 'grid' | 'table', rows: unknown[]) => {
    for (let i = 0; i < rows.length; i += ROW_SLICE)
      out.push({ type: 'rows', target, rows: rows.slice(i, i + ROW_SLICE) });
  };
  let read: FileRead = result.read;
  if (read.kind === 'table' || read.kind === 'io') {
    send('grid', read.grid.rows);
    read = { ...read, grid: { ...read.grid, rows: [] } };
  }
  if (read.kind === 'table' && read.table.ok) {
    send('table', read.table.value.rows);
    read = { ...read, table: { ...read.table, value: { ...read.table.value, rows: [] } } };
  }
  out.push({ type: 'done', result: { ...result, read } });
  return out;
}

/** Puts the slices back: the reading as it was before replySlices. */
export function joinSlices(
  slices: { grid: unknown[][]; table: unknown[][] },
  result: ImportRead,
): ImportRead {
  const read = result.read;
  if (read.kind === 'table' || read.kind === 'io') read.grid.rows = slices.grid.flat() as never;
  if (read.kind === 'table' && read.table.ok) read.table.value.rows = slices.table.flat() as never;
  return result;
}

/** The messages that carry a rebuilt table: its rows in slices, then the rest. */
export function builtSlices(built: Result<ImportedTable>): ImportReply[] {
  if (!built.ok) return [{ type: 'built', result: built }];
  const out: ImportReply[] = [];
  const rows = built.value.rows;
  for (let i = 0; i < rows.length; i += ROW_SLICE)
    out.push({ type: 'rows', target: 'table', rows: rows.slice(i, i + ROW_SLICE) });
  out.push({ type: 'built', result: { ...built, value: { ...built.value, rows: [] } } });
  return out;
}

/** Puts a rebuilt table's row slices back. */
export function joinBuilt(
  slices: unknown[][],
  result: Result<ImportedTable>,
): Result<ImportedTable> {
  if (result.ok) result.value.rows = slices.flat() as never;
  return result;
}
