/**
 * Checks an .xlsx package before read-excel-file opens it, so that a hostile or broken workbook
 * is refused with a message instead of freezing or crashing the tab. read-excel-file inflates
 * every `.xml` part and parses every sheet into a dense array (rows x columns, gaps filled), so:
 * - a 2 KB file with one cell at XFD1048576 becomes a 1,048,576 x 16,384 array (tab crash);
 * - a 300 KB file whose parts inflate to 300 MB keeps the parser busy for a minute.
 * This guard reads the ZIP central directory (the entries read-excel-file reads), inflates the
 * `.xml` parts in small steps with fflate while counting bytes, stops at MAX_XLSX_UNPACKED_BYTES,
 * and scans each worksheet's `r="B7"` cell and row references for the largest row and column:
 * the sheet's extent must stay within MAX_TABLE_ROWS, MAX_TABLE_COLUMNS and MAX_XLSX_CELLS.
 * Every sheet is checked, because read-excel-file parses them all, not only the one imported.
 */
import { Inflate } from 'fflate';
import type { Issue } from '../../core/index.ts';
import {
  MAX_TABLE_COLUMNS,
  MAX_TABLE_ROWS,
  MAX_XLSX_CELLS,
  MAX_XLSX_UNPACKED_BYTES,
  formatBytes,
} from './limits.ts';

interface Entry {
  name: string;
  method: number;
  compressedSize: number;
  localOffset: number;
}

/** Column letters of a 1-based column number: 1 -> A, 16384 -> XFD. */
export function columnLetters(col: number): string {
  let s = '';
  for (let c = col; c > 0; c = Math.floor((c - 1) / 26))
    s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** The central directory's entries, or null when the bytes are not a ZIP archive it can read. */
function centralDirectory(b: Uint8Array): Entry[] | null {
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  // End of central directory: 22 bytes plus a comment of up to 65,535 bytes, at the end.
  let eocd = -1;
  for (let i = b.length - 22; i >= Math.max(0, b.length - 22 - 65535); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = view.getUint16(eocd + 10, true);
  let p = view.getUint32(eocd + 16, true);
  const entries: Entry[] = [];
  const decoder = new TextDecoder();
  for (let k = 0; k < count; k++) {
    if (p + 46 > b.length || view.getUint32(p, true) !== 0x02014b50) return null;
    const nameLength = view.getUint16(p + 28, true);
    const extraLength = view.getUint16(p + 30, true);
    const commentLength = view.getUint16(p + 32, true);
    entries.push({
      method: view.getUint16(p + 10, true),
      compressedSize: view.getUint32(p + 20, true),
      localOffset: view.getUint32(p + 42, true),
      name: decoder.decode(b.subarray(p + 46, p + 46 + nameLength)),
    });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The compressed bytes of one entry, from its local header. */
function entryData(b: Uint8Array, e: Entry): Uint8Array | null {
  const o = e.localOffset;
  if (o + 30 > b.length) return null;
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  if (view.getUint32(o, true) !== 0x04034b50) return null;
  const start = o + 30 + view.getUint16(o + 26, true) + view.getUint16(o + 28, true);
  if (start + e.compressedSize > b.length) return null;
  return b.subarray(start, start + e.compressedSize);
}

/** Worksheet part path -> sheet name, from xl/workbook.xml and its relationships. */
function sheetNames(parts: Map<string, string>): Map<string, string> {
  const names = new Map<string, string>();
  const wb = parts.get('xl/workbook.xml') ?? '';
  const rels = parts.get('xl/_rels/workbook.xml.rels') ?? '';
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]*)"/.exec(m[0])?.[1];
    const target = /\bTarget="([^"]*)"/.exec(m[0])?.[1];
    if (id && target)
      targets.set(
        id,
        target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`,
      );
  }
  for (const m of wb.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    const name = /\bname="([^"]*)"/.exec(m[0])?.[1];
    const id = /\b(?:\w+:)?id="([^"]*)"/.exec(m[0])?.[1];
    const path = id ? targets.get(id) : undefined;
    if (name !== undefined && path) names.set(path, unescapeXml(name));
  }
  return names;
}

function unescapeXml(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** Largest row and column referenced by `<row r="n">` and `<c r="XFn">` in a sheet's XML. */
class ExtentScanner {
  maxRow = 0;
  maxCol = 0;
  private carry = '';
  private readonly decoder = new TextDecoder();
  push(chunk: Uint8Array, final: boolean): void {
    let text = this.carry + this.decoder.decode(chunk, { stream: !final });
    this.carry = '';
    const lt = text.lastIndexOf('<');
    if (!final && lt >= 0 && text.indexOf('>', lt) < 0) {
      this.carry = text.slice(lt);
      text = text.slice(0, lt);
    }
    for (const m of text.matchAll(/<(?:\w+:)?(c|row)\s[^>]*?\br="([A-Za-z]*)(\d+)"/g)) {
      const row = Number(m[3]);
      if (row > this.maxRow) this.maxRow = row;
      if (m[1] === 'c' && m[2]) {
        const col = columnNumber(m[2].toUpperCase());
        if (col > this.maxCol) this.maxCol = col;
      }
    }
  }
}

const STEP = 16 * 1024;

/**
 * Issues that make the workbook unsafe to open (empty when it is safe): unpacked size over
 * MAX_XLSX_UNPACKED_BYTES, or a sheet reaching past MAX_TABLE_ROWS rows, MAX_TABLE_COLUMNS
 * columns or MAX_XLSX_CELLS cells (rows x columns, the array read-excel-file would build).
 * Bytes that are not a ZIP archive it can read give no issue: read-excel-file then reports them
 * as unreadable.
 */
export function checkXlsxPackage(bytes: Uint8Array, fileName: string): Issue[] {
  const entries = centralDirectory(bytes);
  if (!entries) return [];
  let total = 0;
  const small = new Map<string, string>();
  const extents: { path: string; maxRow: number; maxCol: number }[] = [];
  const tooLarge = (): Issue[] => [
    {
      code: 'xlsx-unpacked-too-large',
      severity: 'error',
      message: `The Excel file unpacks to more than ${formatBytes(MAX_XLSX_UNPACKED_BYTES)} of data; workbooks up to that size can be imported. Copy the table into a new workbook (or save it as CSV) and import that.`,
      where: { file: fileName },
      params: { limitBytes: MAX_XLSX_UNPACKED_BYTES },
    },
  ];
  for (const e of entries) {
    // read-excel-file inflates exactly these parts.
    if (!(e.name.endsWith('.xml') || e.name.endsWith('.xml.rels'))) continue;
    const data = entryData(bytes, e);
    if (!data || (e.method !== 0 && e.method !== 8)) continue;
    const isSheet = /^xl\/worksheets\/[^/]+\.xml$/.test(e.name);
    const keep = e.name === 'xl/workbook.xml' || e.name === 'xl/_rels/workbook.xml.rels';
    const scanner = isSheet ? new ExtentScanner() : null;
    const kept: Uint8Array[] = [];
    let over = false;
    const take = (chunk: Uint8Array, final: boolean) => {
      total += chunk.length;
      if (total > MAX_XLSX_UNPACKED_BYTES) over = true;
      if (over) return;
      scanner?.push(chunk, final);
      if (keep) kept.push(chunk);
    };
    // Only fflate's inflate is caught: the chunks it hands over are scanned outside the try,
    // so a fault in the atlas's own scanner is not taken for a damaged file.
    let damaged = false;
    if (e.method === 0) take(data, true);
    else {
      const pending: [Uint8Array, boolean][] = [];
      const inflate = new Inflate((chunk, final) => pending.push([chunk, final]));
      for (let i = 0; i < data.length && !over && !damaged; i += STEP) {
        const end = Math.min(data.length, i + STEP);
        try {
          inflate.push(data.subarray(i, end), end === data.length);
        } catch {
          damaged = true;
        }
        for (const [chunk, final] of pending.splice(0)) take(chunk, final);
      }
    }
    // A damaged stream: read-excel-file will say the file is unreadable.
    if (damaged) continue;
    if (over) return tooLarge();
    if (keep) small.set(e.name, new TextDecoder().decode(concat(kept)));
    if (scanner) extents.push({ path: e.name, maxRow: scanner.maxRow, maxCol: scanner.maxCol });
  }
  const names = sheetNames(small);
  const issues: Issue[] = [];
  for (const x of extents) {
    if (
      x.maxRow <= MAX_TABLE_ROWS &&
      x.maxCol <= MAX_TABLE_COLUMNS &&
      x.maxRow * Math.max(1, x.maxCol) <= MAX_XLSX_CELLS
    )
      continue;
    const sheet = names.get(x.path) ?? x.path;
    const cell = `${columnLetters(Math.max(1, x.maxCol))}${x.maxRow}`;
    issues.push({
      code: 'xlsx-sheet-too-large',
      severity: 'error',
      message: `Sheet '${sheet}' reaches cell ${cell} (${x.maxRow.toLocaleString('en')} rows x ${x.maxCol.toLocaleString('en')} columns); sheets up to ${MAX_TABLE_ROWS.toLocaleString('en')} rows, ${MAX_TABLE_COLUMNS.toLocaleString('en')} columns and ${MAX_XLSX_CELLS.toLocaleString('en')} cells can be read. Delete the far-away cells (or the sheet) in Excel, or save the table as CSV.`,
      // Excel's own notation ('Sheet'!XFD1048576) names the place in every language.
      where: { file: fileName, field: `'${sheet}'!${cell}` },
      params: {
        sheet,
        cell,
        rows: x.maxRow,
        columns: x.maxCol,
        rowLimit: MAX_TABLE_ROWS,
        columnLimit: MAX_TABLE_COLUMNS,
        cellLimit: MAX_XLSX_CELLS,
      },
    });
  }
  return issues;
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((a, p) => a + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}
