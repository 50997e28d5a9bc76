/**
 * Output formatting shared by every `atlas` command. Results go to stdout only; messages to
 * stderr (see main.ts).
 */
import { PLAIN_CSV, writeCsv, type CsvCell } from '../data/csv/writeCsv.ts';

export type Format = 'json' | 'csv';

/** A value as a CSV cell: objects as JSON, numbers and text as they are. */
function cell(value: unknown): CsvCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string') return value;
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/**
 * Rows of objects as CSV (`,`, `.`, LF, through the app's writer and its formula-injection
 * rule) with a header from the union of keys in first-seen order.
 */
export function toCsv(rows: ReadonlyArray<Record<string, unknown>>): string {
  const keys: string[] = [];
  for (const row of rows) for (const k of Object.keys(row)) if (!keys.includes(k)) keys.push(k);
  return writeCsv(
    keys,
    rows.map((row) => keys.map((k) => cell(row[k]))),
    PLAIN_CSV,
  );
}

/** A matrix with row and column labels as CSV. */
export function matrixToCsv(
  rowLabels: readonly string[],
  colLabels: readonly string[],
  m: ReadonlyArray<ReadonlyArray<number | null>>,
  corner = '',
): string {
  return writeCsv(
    [corner, ...colLabels],
    m.map((row, i) => [rowLabels[i], ...row]),
    PLAIN_CSV,
  );
}

export function toJson(value: unknown): string {
  return JSON.stringify(value, null, 2) + '\n';
}
