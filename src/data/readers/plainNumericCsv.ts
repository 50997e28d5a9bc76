/**
 * A fast, lean reading of the plainest CSV tables: a header row, then one row per observation
 * with a label in column A and plain numbers ('-0.123456', '42') in every other column, as
 * programs write them (R's write.csv without quotes, NumPy, the benchmarks). Such a file is
 * read straight from its bytes into rows of numbers, without the grid of cell strings the
 * general reader (readUserFile.ts -> grid.ts -> indicatorTable.ts) keeps, which at 20,000 x 20
 * took about 40 MB of memory.
 *
 * It answers only when the general reader would read the file to the same labels, columns and
 * numbers and report nothing but region-matching warnings (`unmatched-region`), and returns
 * null otherwise, so that the caller falls back to the general reader with its every-problem
 * report. It therefore gives up on anything else: a byte-order mark other than UTF-8's, bytes
 * that are not UTF-8, quotes, tabs, semicolons or carriage returns anywhere (the delimiter is
 * then surely ','), blank lines, empty or repeated headers, a header of a row-number or year
 * column ('№', 'year': the general reader may set those aside), ragged rows, any cell that is
 * not a plain number, an empty label, a national total, an input-output row label, and labels
 * that match or nearly match a region (matchRegions.ts: then the rows are regions, and their
 * matching decides which rows are used and what is reported). Limits as limits.ts.
 * test/data/readers/plainNumericCsv.test.ts checks it against the general reader.
 */
import type { LabelledMatrix } from '../../core/index.ts';
import { ORDINAL_HEADER, YEAR_HEADER } from './columnTypes.ts';
import { sniffFormat } from './grid.ts';
import { isIoRowLabel } from './ioTable.ts';
import { MAX_TABLE_BYTES, MAX_TABLE_COLUMNS, MAX_TABLE_ROWS } from './limits.ts';
import { matchRegions, surelyPlainLabels } from './matchRegions.ts';
import { isJsonFile } from './readUserFile.ts';
import { isTotalLabel } from './totalLabels.ts';

/** A labelled matrix (core/matrix/labelledMatrix.ts) without gaps, with its sheet rows. */
export interface PlainNumericTable extends LabelledMatrix {
  /** Header of each numeric column (columns B, C, ...), trimmed. */
  columns: string[];
  /** Label of each row (column A), trimmed. */
  rows: string[];
  /** values[i][j]: row i, column j + 1 (B = 0); every one a finite number. */
  values: number[][];
  /** Spreadsheet row of each row (header = 1). */
  sheetRows: number[];
}

const COMMA = 0x2c;
const LF = 0x0a;
const MINUS = 0x2d;
const DOT = 0x2e;
const ZERO = 0x30;
const NINE = 0x39;
// Bytes that make the file anything but plain: '"' (quoting), '\t' and ';' (other delimiters),
// '\r' (papaparse's own line-ending guess).
const QUOTE = 0x22;
const TAB = 0x09;
const SEMICOLON = 0x3b;
const CR = 0x0d;

// 10^k, exact for k <= 22.
const POW10 = Array.from({ length: 23 }, (_, k) => 10 ** k);

/** Where the cell read by the last plainNumber() call ended (its ',' or LF, or `end`). */
let cellEnd = 0;

/**
 * The number in the cell starting at bytes[a] (up to the next ',' or LF, or `end`; its end
 * is left in cellEnd) if it is plain (/^-?\d+(\.\d+)?$/, parseNumber's PLAIN_DOT), else NaN
 * (then cellEnd is not set: the file is not plain). Up to 15 significant digits it is
 * m / 10^k with m and 10^k exact doubles, which IEEE division rounds correctly, so it equals
 * Number(text) (Clinger's fast path); longer numbers go through Number() itself. -0 becomes
 * 0, as parseNumber gives it. One pass over the bytes: finding the cell's end and reading it.
 */
function plainNumber(bytes: Uint8Array, a: number, end: number): number {
  let i = a;
  const negative = i < end && bytes[i] === MINUS;
  if (negative) i++;
  let m = 0;
  let digits = 0;
  let frac = -1;
  let intDigits = 0;
  for (; i < end; i++) {
    const c = bytes[i];
    if (c >= ZERO && c <= NINE) {
      m = m * 10 + (c - ZERO);
      digits++;
      if (frac >= 0) frac++;
      else intDigits++;
    } else if (c === DOT && frac < 0 && intDigits > 0) {
      frac = 0;
    } else if (c === COMMA || c === LF) {
      break;
    } else {
      return NaN;
    }
  }
  cellEnd = i;
  if (intDigits === 0 || frac === 0) return NaN;
  const k = frac < 0 ? 0 : frac;
  let v: number;
  if (digits <= 15) {
    v = m / POW10[k];
    if (negative) v = -v;
  } else {
    let s = '';
    for (let j = a; j < i; j++) s += String.fromCharCode(bytes[j]);
    v = Number(s);
    if (!Number.isFinite(v)) return NaN;
  }
  return v === 0 ? 0 : v;
}

const decoder = new TextDecoder('utf-8', { fatal: true });

/** The table if `bytes` (a CSV file's contents) is a plain numeric table, else null. */
export function readPlainNumericCsv(bytes: Uint8Array, fileName: string): PlainNumericTable | null {
  if (bytes.length > MAX_TABLE_BYTES || /\.tsv$/i.test(fileName)) return null;
  if (isJsonFile(bytes, fileName) || sniffFormat(bytes) !== 'text') return null;
  let start = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3;
  let end = bytes.length;
  if (end > start && bytes[end - 1] === LF) end--;
  if (end <= start) return null;
  // UTF-16 (decodeText.ts).
  if (bytes[0] === 0xff || bytes[0] === 0xfe) return null;
  const text = (a: number, b: number): string | null => {
    let ascii = true;
    for (let k = a; k < b && ascii; k++) if (bytes[k] > 0x7f) ascii = false;
    // ASCII is UTF-8 as it stands (and has no byte-order mark to drop).
    if (ascii && b - a <= 256) {
      let s = '';
      for (let k = a; k < b; k++) s += String.fromCharCode(bytes[k]);
      return s.trim();
    }
    try {
      return decoder.decode(bytes.subarray(a, b)).trim();
    } catch {
      return null;
    }
  };
  // Header.
  let i = start;
  const headers: string[] = [];
  let cellStart = i;
  for (; ; i++) {
    const c = i < end ? bytes[i] : LF;
    if (c === QUOTE || c === TAB || c === SEMICOLON || c === CR) return null;
    if (c === COMMA || c === LF) {
      const h = text(cellStart, i);
      if (h === null || h === '') return null;
      headers.push(h);
      cellStart = i + 1;
      if (c === LF) break;
    }
  }
  const width = headers.length;
  if (width < 2 || width > MAX_TABLE_COLUMNS) return null;
  if (new Set(headers).size !== width) return null;
  for (let j = 1; j < width; j++) {
    if (ORDINAL_HEADER.test(headers[j]) || YEAR_HEADER.test(headers[j])) return null;
  }
  // Rows.
  i++;
  const labels: string[] = [];
  // Labels without an ASCII digit: only these can be a national total or an input-output row
  // (no spelling of either has a digit, and both checks keep a label's digits; test holds
  // TOTAL_LABELS and IO_ROW_LABELS to that), so 'o1', 'o2', ... skip both.
  const wordy: string[] = [];
  const values: number[][] = [];
  while (i < end) {
    if (labels.length + 2 > MAX_TABLE_ROWS) return null;
    let j = i;
    let digit = false;
    for (; j < end; j++) {
      const c = bytes[j];
      if (c === COMMA || c === LF) break;
      if (c === QUOTE || c === TAB || c === SEMICOLON || c === CR) return null;
      if (c >= ZERO && c <= NINE) digit = true;
    }
    if (j >= end || bytes[j] !== COMMA) return null;
    const label = text(i, j);
    if (label === null || label === '') return null;
    const row = new Array<number>(width - 1);
    let col = 0;
    i = j + 1;
    for (;;) {
      // An empty cell, a cell past the header's width or one that is not a plain number:
      // not plain.
      if (col >= width - 1) return null;
      const v = plainNumber(bytes, i, end);
      if (v !== v) return null;
      j = cellEnd;
      row[col++] = v;
      i = j + 1;
      if (j >= end || bytes[j] === LF) break;
    }
    if (col !== width - 1) return null;
    labels.push(label);
    if (!digit) wordy.push(label);
    values.push(row);
  }
  if (labels.length === 0) return null;
  for (const l of wordy) if (isTotalLabel(l) || isIoRowLabel(l)) return null;
  // Labels 'o1', 'o2', ...: no region can match, without running the matching (or building
  // the tables of spellings it needs).
  if (!surelyPlainLabels(labels)) {
    const matching = matchRegions(labels);
    for (const m of matching.matches) {
      if (m.regionId !== null || m.suggestions.length > 0 || m.duplicateOf !== undefined)
        return null;
    }
  }
  return {
    columns: headers.slice(1),
    rows: labels,
    values,
    sheetRows: labels.map((_, r) => r + 2),
  };
}
