/**
 * Output formatting shared by every `atlas` command. Results go to stdout only; messages to
 * stderr (see main.ts).
 */
export type Format = 'json' | 'csv';

/** Prefix cells that a spreadsheet would run as a formula (=, +, -, @, tab, CR) with `'`. */
export function neutraliseCsvCell(text: string): string {
  return /^[=+\-@\t\r]/.test(text) && !/^-?\d/.test(text) ? `'${text}` : text;
}

function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = neutraliseCsvCell(typeof value === 'object' ? JSON.stringify(value) : String(value));
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows of objects as CSV with a header from the union of keys in first-seen order. */
export function toCsv(rows: ReadonlyArray<Record<string, unknown>>): string {
  const keys: string[] = [];
  for (const row of rows) for (const k of Object.keys(row)) if (!keys.includes(k)) keys.push(k);
  const lines = [keys.map(csvCell).join(',')];
  for (const row of rows) lines.push(keys.map((k) => csvCell(row[k])).join(','));
  return lines.join('\n') + '\n';
}

/** A matrix with row and column labels as CSV. */
export function matrixToCsv(
  rowLabels: readonly string[],
  colLabels: readonly string[],
  m: ReadonlyArray<ReadonlyArray<number | null>>,
  corner = '',
): string {
  const lines = [[corner, ...colLabels].map(csvCell).join(',')];
  m.forEach((row, i) => lines.push([rowLabels[i], ...row].map(csvCell).join(',')));
  return lines.join('\n') + '\n';
}

export function toJson(value: unknown): string {
  return JSON.stringify(value, null, 2) + '\n';
}
