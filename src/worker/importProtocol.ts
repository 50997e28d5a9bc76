/**
 * Messages between the import panel and the import worker (worker/import.worker.ts). Long row
 * lists travel in slices of ROW_SLICE rows, each its own message, so that the page never spends
 * more than a few milliseconds taking one in; the final message carries the rest with those
 * lists emptied, and the client puts them back (worker/importClient.ts).
 */
import type { ImportRead } from './readForImport.ts';
import type { FileRead } from '../data/readers/readUserFile.ts';

/** Rows per message. */
export const ROW_SLICE = 1000;

export interface ImportRequest {
  bytes: ArrayBuffer;
  fileName: string;
  lang: 'ru' | 'kk' | 'en';
}

export type ImportReply =
  | { type: 'progress'; fraction: number }
  /** A slice of the grid's rows or of the table's rows, in order. */
  | { type: 'rows'; target: 'grid' | 'table'; rows: unknown[] }
  | { type: 'done'; result: ImportRead }
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
