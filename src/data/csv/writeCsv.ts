/**
 * The one CSV writer of the app's exports, its templates and the CLI, with one rule against
 * formula injection (OWASP "CSV injection"): a text cell starting with `=`, `+`, `-`, `@`, a
 * tab or a carriage return gets a leading apostrophe, unless the whole cell is a plain number
 * (`-3.5`, `+12`, `-3,5`). Numbers are written with the format's decimal separator, text cells
 * are quoted (RFC 4180) when they hold `,`, `;`, a quote or a line break.
 *
 * Two formats: `locale` for Russian and Kazakh Excel (`;`, decimal comma, UTF-8 with a byte
 * order mark, CRLF) and `plain` (`,`, `.`, the international default and the CLI's). Metadata
 * (title, spec, ...) go in a trailing block after one empty row, two cells a line (`# key`,
 * value), so the table itself starts in cell A1 and a spreadsheet's table range ends before it.
 */

export type CsvCell = string | number | null | undefined;

export interface CsvFormat {
  delimiter: ',' | ';';
  decimal: '.' | ',';
  /** Start with U+FEFF so Excel reads UTF-8 (Cyrillic names). */
  bom: boolean;
  lineEnd: '\r\n' | '\n';
}

/** `,` and `.`, no byte-order mark, LF: the CLI's `--format csv`. */
export const PLAIN_CSV: CsvFormat = { delimiter: ',', decimal: '.', bom: false, lineEnd: '\n' };

/** CSV style a user picks for exports: the UI language's spreadsheet habit, or `,` and `.`. */
export type CsvStyle = 'locale' | 'plain';

/**
 * The export format for a UI language: ru and kk use `;` and the decimal comma (as Excel does
 * under those locales) unless `style` is 'plain'; exports always carry a BOM and CRLF.
 */
export function csvFormatFor(lang: string, style: CsvStyle = 'locale'): CsvFormat {
  const comma = style === 'locale' && (lang === 'ru' || lang === 'kk');
  return comma
    ? { delimiter: ';', decimal: ',', bom: true, lineEnd: '\r\n' }
    : { delimiter: ',', decimal: '.', bom: true, lineEnd: '\r\n' };
}

const PLAIN_NUMBER = /^[+-]?(\d+([.,]\d*)?|[.,]\d+)([eE][+-]?\d+)?$/;

/** The injection rule on one text: `'` before a formula-like start unless a plain number. */
export function neutraliseText(text: string): string {
  return /^[=+\-@\t\r]/.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
}

/** A cell as written, before quoting: '' for no data (null, undefined, NaN, Infinity). */
export function csvCellText(cell: CsvCell, decimal: CsvFormat['decimal'] = '.'): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) return '';
    const s = String(cell);
    return decimal === ',' ? s.replace('.', ',') : s;
  }
  return neutraliseText(cell);
}

function field(cell: CsvCell, format: CsvFormat): string {
  const text = csvCellText(cell, format.decimal);
  // Text with either separator is quoted, so a reader that guesses the delimiter is not misled;
  // a number never holds the delimiter (`;` goes with the decimal comma, `,` with the point).
  const special =
    typeof cell === 'number' ? text.includes(format.delimiter) : /[",;\r\n]/.test(text);
  return special ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One line of cells. */
function line(cells: readonly CsvCell[], format: CsvFormat): string {
  return cells.map((c) => field(c, format)).join(format.delimiter);
}

/**
 * CSV text of a header and rows in `format`, with `meta` (key, value pairs) as a trailing
 * block after one empty line. Every cell, metadata included, goes through the same rule.
 */
export function writeCsv(
  header: readonly CsvCell[],
  rows: ReadonlyArray<readonly CsvCell[]>,
  format: CsvFormat,
  meta: ReadonlyArray<readonly [string, string]> = [],
): string {
  const lines = [line(header, format), ...rows.map((r) => line(r, format))];
  if (meta.length > 0) {
    lines.push('');
    for (const [k, v] of meta) lines.push(line([`# ${k}`, v], format));
  }
  return (format.bom ? '\ufeff' : '') + lines.join(format.lineEnd) + format.lineEnd;
}
