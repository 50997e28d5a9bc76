/**
 * Reads the CLI's numeric input CSV: a header row, the first column the region or
 * observation label, then numeric columns. Empty cells and `-` are missing (null).
 * Every problem is reported with its row and column as a spreadsheet shows them
 * (header = row 1, first column = A).
 */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { DataError, UsageError } from './errors.ts';

export interface InputMatrix {
  labels: string[];
  columns: string[];
  /** labels.length x columns.length; null = missing. */
  values: (number | null)[][];
}

/** Spreadsheet column letters: 0 -> A, 25 -> Z, 26 -> AA. */
export function columnLetter(index: number): string {
  let s = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  }
  return s;
}

const MISSING = new Set(['', '-', '—', '…', 'NA', 'NaN', 'null']);

export function parseInputMatrix(text: string, file = 'input'): InputMatrix {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' });
  const rows = parsed.data;
  const problems: string[] = [];
  if (rows.length < 2)
    throw new DataError(`${file}: needs a header row and at least one data row.`);
  const header = rows[0].map((h) => h.trim());
  const columns = header.slice(1);
  if (columns.length === 0)
    throw new DataError(`${file}: row 1 has no numeric columns after the label column.`);
  const labels: string[] = [];
  const values: (number | null)[][] = [];
  rows.slice(1).forEach((row, i) => {
    const rowNo = i + 2;
    if (row.length !== header.length) {
      problems.push(`row ${rowNo}: has ${row.length} cells, the header has ${header.length}`);
      return;
    }
    labels.push(row[0].trim());
    values.push(
      row.slice(1).map((cell, j) => {
        const t = cell.trim();
        if (MISSING.has(t)) return null;
        const v = Number(t);
        if (!Number.isFinite(v)) {
          problems.push(
            `row ${rowNo}, column ${columnLetter(j + 1)} (${columns[j]}): '${t}' is not a number`,
          );
          return null;
        }
        return v;
      }),
    );
  });
  if (problems.length > 0) {
    const shown = problems.slice(0, 20).join('\n  ');
    const more = problems.length > 20 ? `\n  ... and ${problems.length - 20} more` : '';
    throw new DataError(`${file}: ${problems.length} problem(s):\n  ${shown}${more}`);
  }
  return { labels, columns, values };
}

export function readInputMatrix(path: string | undefined): InputMatrix {
  if (!path) throw new UsageError('--input FILE.csv is required.');
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new UsageError(`cannot read '${path}'.`);
  }
  return parseInputMatrix(text, path);
}
