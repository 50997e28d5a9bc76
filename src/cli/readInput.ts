/**
 * `--input FILE`: a CSV (UTF-8 with or without BOM, UTF-16, Windows-1251; `,` `;` or tab;
 * decimal comma or point; spaces and no-break spaces between thousands) or an XLSX workbook,
 * read exactly as the app's import reads it (data/readers/readUserFile.ts), then taken as a
 * labelled matrix: the region or label column (guessed as the app guesses it) labels the rows,
 * every column of numbers is a column. Errors are the reader's issues, all of them, with the
 * row and column as a spreadsheet shows them; warnings go to stderr.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Issue, LabelledMatrix } from '../core/index.ts';
import { buildIndicatorTable } from '../data/readers/indicatorTable.ts';
import { columnLetter, columnName } from '../data/readers/place.ts';
import { readUserFile } from '../data/readers/readUserFile.ts';
import { readPlainNumericCsv } from '../data/readers/plainNumericCsv.ts';
import { importedTableMatrix, matrixRows } from '../data/readers/tableMatrix.ts';
import { DataError, UsageError } from './errors.ts';

/** Warnings about matching rows to regions, which only matter when the rows are regions. */
const REGION_WARNINGS = new Set(['unmatched-region', 'regions-missing', 'scheme-assumed']);

/** One issue as a line of the CLI's report. */
export function issueLine(i: Issue): string {
  return `${i.severity} ${i.code}: ${i.message}`;
}

export interface InputOptions {
  /** The rows are regions: report region-matching warnings. */
  regions: boolean;
  /** Where warnings go (stderr by default). */
  warn?: (line: string) => void;
  /**
   * false: always the general reader, never readPlainNumericCsv (for tests that hold the two
   * to the same result). Default true.
   */
  plainFastPath?: boolean;
}

export interface Input {
  matrix: LabelledMatrix;
  /** Spreadsheet row (header = 1) of each matrix row. */
  sheetRows: number[];
  /** Spreadsheet column letter of each matrix column. */
  sheetColumns: string[];
  /** National total rows ('Республика Казахстан', 'total', ...), same columns (issue 12). */
  totals: LabelledMatrix;
  /**
   * Text columns (unit groups such as Север, Юг), each cell's text per matrix row: what group
   * imputation reads (core/composite/treatRating.ts), never an indicator.
   */
  texts?: Record<string, (string | null)[]>;
}

/** Reads `--input FILE` into a labelled matrix, or throws DataError listing every problem. */
export async function readInput(path: string | undefined, options: InputOptions): Promise<Input> {
  if (!path) throw new UsageError('--input FILE (CSV or XLSX) is required.');
  let bytes: Uint8Array;
  try {
    // A view of the file's Buffer, not a copy (4 MB less for a 4 MB file).
    const b = readFileSync(path);
    bytes = new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
  } catch {
    throw new UsageError(`cannot read '${path}'.`);
  }
  // Rows that are not regions, in the plainest CSV: read straight into numbers (no grid of
  // strings; the same matrix and, region warnings aside, the same report as below).
  const plain =
    options.regions || options.plainFastPath === false
      ? null
      : readPlainNumericCsv(bytes, basename(path));
  if (plain) {
    const letters = plain.columns.map((_, j) => columnLetter(j + 1));
    return {
      matrix: { rows: plain.rows, columns: plain.columns, values: plain.values },
      sheetRows: plain.sheetRows,
      sheetColumns: letters,
      totals: { rows: [], columns: plain.columns, values: [] },
    };
  }
  const read = await readUserFile(bytes, basename(path));
  if (read.kind === 'error') throw problems(path, read.issues);
  if (read.kind !== 'table' && read.kind !== 'io') {
    throw new DataError(`${path}: not a table; --input takes a CSV or XLSX file.`);
  }
  const table = read.kind === 'table' ? read.table : buildIndicatorTable(read.grid);
  if (!table.ok) throw problems(path, [...read.warnings, ...table.issues]);
  const warn = options.warn ?? ((line: string) => process.stderr.write(line));
  const warnings = [...read.warnings, ...table.warnings].filter(
    (w) => options.regions || !REGION_WARNINGS.has(w.code),
  );
  for (const w of warnings) warn(`${issueLine(w)}\n`);
  for (const c of table.value.columns) {
    if (c.type !== 'numeric' && c.index !== table.value.labelColumn) {
      warn(
        c.type === 'text'
          ? `note: ${columnName(c.index, c.name)} is read as text, not numbers: not an indicator, but a rating's group imputation can use it.\n`
          : `note: ${columnName(c.index, c.name)} is read as ${c.type}, not numbers; left out.\n`,
      );
    }
  }
  const t = table.value;
  const textCols = t.columns.filter((c) => c.type === 'text' && c.index !== t.labelColumn);
  const rowsOut = matrixRows(t, 'labels');
  return {
    ...(textCols.length > 0
      ? {
          texts: Object.fromEntries(
            textCols.map((c) => [c.name, rowsOut.map((r) => r.texts?.[c.index] ?? null)]),
          ),
        }
      : {}),
    matrix: importedTableMatrix(t, { rows: 'labels' }),
    sheetRows: rowsOut.map((r) => r.row),
    sheetColumns: t.columns.filter((c) => c.type === 'numeric').map((c) => columnLetter(c.index)),
    totals: importedTableMatrix(
      {
        ...t,
        rows: t.rows.filter((r) => r.kind === 'total').map((r) => ({ ...r, kind: 'region' })),
      },
      { rows: 'labels' },
    ),
  };
}

function problems(path: string, issues: Issue[]): DataError {
  const errors = issues.filter((i) => i.severity === 'error');
  const shown = errors.length > 0 ? errors : issues;
  return new DataError(
    `${path}: ${shown.length} problem(s):\n  ${shown.map(issueLine).join('\n  ')}`,
  );
}
