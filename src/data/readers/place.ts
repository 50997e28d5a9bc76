/**
 * Where a problem is, as the user sees it: spreadsheet rows (header = row 1) and column letters
 * (A, B, ..., Z, AA), or a boundary feature counted from 1. Shared by every reader so that all
 * messages name places the same way.
 */
import type { Issue } from '../../core/index.ts';

/** Spreadsheet column letters: 0 -> A, 25 -> Z, 26 -> AA. */
export function columnLetter(index: number): string {
  let s = '';
  for (let n = Math.floor(index) + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  }
  return s;
}

/** 'column C (GRP)' or 'column C' when the header is empty. */
export function columnName(index: number, header?: string): string {
  const h = header?.trim();
  return h ? `column ${columnLetter(index)} (${quote(h)})` : `column ${columnLetter(index)}`;
}

/** The column as Issue.where shows it: 'C (GRP)' or 'C'. */
export function columnWhere(index: number, header?: string): string {
  const h = header?.trim();
  return h ? `${columnLetter(index)} (${h})` : columnLetter(index);
}

/**
 * A user's text shown inside a message: shortened, with control characters made visible. It
 * stays text: the UI renders messages as text nodes, never as HTML.
 */
export function quote(s: string, max = 60): string {
  // eslint-disable-next-line no-control-regex
  const clean = s.replace(/[\u0000-\u001f\u007f]/g, ' ');
  return clean.length > max ? `${clean.slice(0, max - 1)}…` : clean;
}

export function issueAt(
  code: string,
  severity: Issue['severity'],
  message: string,
  where: Issue['where'],
  params?: Issue['params'],
): Issue {
  return params ? { code, severity, message, where, params } : { code, severity, message, where };
}

/** An error at a cell: row counted from 1 (header = 1), column by index and header. */
export function cellIssue(
  code: string,
  severity: Issue['severity'],
  message: string,
  file: string,
  row: number,
  column?: number,
  header?: string,
  params?: Issue['params'],
): Issue {
  const where: Issue['where'] = { file, row };
  if (column !== undefined) where.column = columnWhere(column, header);
  return params ? { code, severity, message, where, params } : { code, severity, message, where };
}
