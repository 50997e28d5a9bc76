/**
 * The common first stage of every table reader: a file's bytes become a grid of cells
 * (row 0 = spreadsheet row 1) with the facts the preview shows (format, encoding, delimiter,
 * sheet). CSV is parsed with papaparse; XLSX with read-excel-file's universal entry point,
 * which reads an ArrayBuffer in browsers, Web Workers and Node alike.
 */
import Papa from 'papaparse';
import type { Issue, Result } from '../../core/index.ts';
import { fail, ok } from '../../core/index.ts';
import { asBytes, decodeText, type BytesInput } from './decodeText.ts';
import { detectDelimiter } from './detectDelimiter.ts';
import type { Grid, GridCell, GridOptions } from './gridModel.ts';
import { MAX_TABLE_BYTES, formatBytes, limits, widest } from './limits.ts';

export type { Grid, GridCell, GridOptions } from './gridModel.ts';

/** What kind of file the bytes are, from their first bytes rather than the name. */
export function sniffFormat(bytes: Uint8Array): 'xlsx' | 'xls' | 'text' {
  if (
    bytes.length >= 4 &&
    bytes[0] === 0x50 &&
    bytes[1] === 0x4b &&
    bytes[2] === 3 &&
    bytes[3] === 4
  ) {
    return 'xlsx';
  }
  if (
    bytes.length >= 4 &&
    bytes[0] === 0xd0 &&
    bytes[1] === 0xcf &&
    bytes[2] === 0x11 &&
    bytes[3] === 0xe0
  ) {
    return 'xls';
  }
  return 'text';
}

/**
 * Reads a CSV or XLSX file into a grid. Async because XLSX unzipping is; CSV alone can use
 * csvToGrid(). Refuses files over MAX_TABLE_BYTES, MAX_TABLE_ROWS or MAX_TABLE_COLUMNS.
 */
export async function readGrid(
  input: BytesInput,
  fileName: string,
  options: GridOptions = {},
  progress?: ParseProgress,
): Promise<Result<Grid>> {
  const bytes = asBytes(input);
  if (bytes.length > MAX_TABLE_BYTES) {
    return fail([
      {
        code: 'file-too-large',
        severity: 'error',
        message: `The file is ${formatBytes(bytes.length)}; tables up to ${formatBytes(MAX_TABLE_BYTES)} can be imported. Remove unused sheets, rows or columns and try again.`,
        where: { file: fileName },
        params: { sizeBytes: bytes.length, limitBytes: MAX_TABLE_BYTES },
      },
    ]);
  }
  const kind = sniffFormat(bytes);
  if (kind === 'xls') {
    return fail([
      {
        code: 'xls-not-supported',
        severity: 'error',
        message:
          'This is an old Excel 97-2003 (.xls) workbook. Open it in Excel and save it as .xlsx or as CSV, then import that file.',
        where: { file: fileName },
      },
    ]);
  }
  if (kind === 'xlsx') {
    const { xlsxToGrid } = await import('./readXlsx.ts');
    return await xlsxToGrid(bytes, fileName, options.sheet);
  }
  const decoded = decodeText(bytes, fileName);
  if (!decoded.ok) return decoded;
  const grid = csvToGrid(decoded.value.text, fileName, options, progress);
  if (!grid.ok) return fail([...decoded.warnings, ...grid.issues]);
  grid.value.encoding = decoded.value.encoding;
  return ok(grid.value, [...decoded.warnings, ...grid.warnings]);
}

/**
 * Parses CSV text (already decoded) into a grid; quoted cells may hold separators and line
 * breaks. With `progress`, the text is parsed chunk by chunk (same result) and the share of it
 * read so far is reported after each chunk.
 */
export function csvToGrid(
  text: string,
  fileName: string,
  options: GridOptions = {},
  progress?: ParseProgress,
): Result<Grid> {
  const src = text.replace(/^\uFEFF/, '');
  if (src.trim() === '') {
    return fail([
      {
        code: 'empty-file',
        severity: 'error',
        message: 'The file is empty. A table needs a header row and at least one row of data.',
        where: { file: fileName },
      },
    ]);
  }
  const delimiter = options.delimiter ?? detectDelimiter(src).delimiter;
  const parsed = progress
    ? parseInChunks(src, delimiter, progress.onProgress, progress.chunkSize)
    : Papa.parse<string[]>(src, { delimiter, skipEmptyLines: false });
  const rows = parsed.data.filter((r) => Array.isArray(r));
  // A final line break yields one empty row: it is not a row a spreadsheet would show.
  while (rows.length > 0 && rows[rows.length - 1].every((c) => c === '')) rows.pop();
  const issues: Issue[] = [];
  let stop = rows.length;
  for (const e of parsed.errors) {
    if (e.type === 'Quotes') {
      const row = typeof e.row === 'number' ? e.row + 1 : undefined;
      if (row !== undefined) stop = Math.min(stop, row - 1);
      issues.push({
        code: 'unclosed-quote',
        severity: 'error',
        message: `A quotation mark opened${row ? ` in row ${row}` : ''} is never closed, so the rest of the file runs into one cell. Close the quote or remove it.`,
        where: row ? { file: fileName, row } : { file: fileName },
      });
    }
  }
  const limit = limits(rows.length, widest(rows), fileName);
  if (limit.length > 0) return fail([...limit, ...issues]);
  // The rows before an unclosed quote are intact: hand them on with the error, so their own
  // problems are reported too (every problem at once); the table readers then fail.
  if (issues.length > 0)
    return ok({ fileName, format: 'csv', delimiter, rows: rows.slice(0, stop), fatal: issues });
  return ok({ fileName, format: 'csv', delimiter, rows });
}

/**
 * The result of a table reader run on the rows before a fatal error (`grid.fatal`): always a
 * failure, listing the cell-level problems found in those rows (they keep their rows and
 * columns) and then the fatal error, in row order. Whole-table findings are left out, because
 * the rows after the stop were never seen.
 */
export function failWithFatal<T>(grid: Grid, partial: Result<T>): Result<T> {
  const found = partial.ok ? partial.warnings : partial.issues;
  const cellLevel = found.filter((i) => i.where?.row !== undefined && i.where.column !== undefined);
  const all = [...cellLevel, ...(grid.fatal ?? [])];
  const row = (i: Issue) => i.where?.row ?? Infinity;
  return fail(
    all
      .map((i, k) => [i, k] as const)
      .sort((a, b) => row(a[0]) - row(b[0]) || a[1] - b[1])
      .map(([i]) => i),
  );
}

/** Progress of a chunked parse: fractions 0..1 of the text read; chunkSize in characters. */
export interface ParseProgress {
  onProgress: (fraction: number) => void;
  /** Characters per chunk (256 K by default); small values are for tests. */
  chunkSize?: number;
}

/** Papaparse's line-ending guess (ParserHandle.guessLineEndings), made once on the whole text. */
export function guessNewline(text: string): '\n' | '\r\n' | '\r' {
  const input = text.substring(0, 1024 * 1024).replace(/"([^]*?)"/gm, '');
  const r = input.split('\r');
  const n = input.split('\n');
  if (r.length === 1 || (n.length > 1 && n[0].length < r[0].length)) return '\n';
  let withN = 0;
  for (const part of r) if (part[0] === '\n') withN++;
  return withN >= r.length / 2 ? '\r\n' : '\r';
}

/**
 * Papa.parse in chunk mode, giving the same rows and errors as one call on the whole text:
 * the line ending is guessed once on the whole text (papaparse would guess it on the first
 * chunk), error rows are shifted by the rows of the earlier chunks, and an error in a chunk's
 * unfinished last row is dropped because papaparse parses that row again with the next chunk.
 */
function parseInChunks(
  src: string,
  delimiter: string,
  onProgress: (fraction: number) => void,
  chunkSize = 256 * 1024,
): { data: string[][]; errors: Papa.ParseError[] } {
  const data: string[][] = [];
  const errors: Papa.ParseError[] = [];
  Papa.parse<string[]>(src, {
    delimiter,
    newline: guessNewline(src),
    skipEmptyLines: false,
    chunkSize,
    chunk: (res: Papa.ParseResult<string[]>) => {
      const base = data.length;
      const n = res.data.length;
      const last = res.meta.cursor >= src.length;
      for (const e of res.errors) {
        if (!last && typeof e.row === 'number' && e.row >= n) continue;
        errors.push(typeof e.row === 'number' ? { ...e, row: e.row + base } : e);
      }
      for (const row of res.data) data.push(row);
      onProgress(src.length > 0 ? Math.min(1, res.meta.cursor / src.length) : 1);
    },
    // The typings ask for it with chunk mode; a string is parsed synchronously all the same.
    complete: () => undefined,
  } as Papa.ParseConfig<string[]>);
  return { data, errors };
}

/** A grid cell as trimmed text ('' for empty); numbers in plain notation. */
export function cellText(cell: GridCell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  return cell.trim();
}
