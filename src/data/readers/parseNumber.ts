/**
 * Numbers as people type them into statistics tables: decimal commas, spaces of several kinds
 * and apostrophes between thousands ('1 417,77', '1 417,77', "1'417.77"), the Unicode minus
 * (U+2212), a trailing percent sign, and the usual "no data" marks. Source: docs/methods.md (seed
 * text artefacts such as `1 417,77` and `-` for no data) and the issue's list of markers.
 */

/** Cell texts that mean "no data" (compared after trimming, case-insensitively). */
export const MISSING_MARKERS: readonly string[] = [
  '',
  '-',
  '–',
  '—',
  '−',
  '…',
  '...',
  '..',
  'x',
  'х',
  'н/д',
  'нд',
  'н.д.',
  'na',
  'n/a',
  'n.a.',
  'nan',
  'null',
  '#n/a',
];
const MISSING = new Set(MISSING_MARKERS);

export type DecimalSeparator = ',' | '.';

export type ParsedNumber =
  { kind: 'number'; value: number; percent: boolean } | { kind: 'missing' } | { kind: 'invalid' };

// Plain, no-break, narrow no-break, thin, figure space; straight and typographic apostrophes.
const GROUP_CHARS = /[ \u00a0\u202f\u2009\u2007'\u2019]/g;
// Cells the rules below read as Number(cell) itself (with the decimal point, or no separator).
const PLAIN_DOT = /^-?\d+(?:\.\d+)?$/;
const PLAIN_INTEGER = /^-?\d+$/;
const SPACES = /^[\s\u00a0\u202f\u2009\u2007\ufeff]+|[\s\u00a0\u202f\u2009\u2007\ufeff]+$/g;

/**
 * Parses one cell. `decimal` says which of ',' and '.' is the decimal separator where a cell
 * alone cannot tell ('1,234'); a cell with both uses the last one as decimal ('1.234,5').
 * A lone dash is missing, a dash before digits is a minus sign. Never returns NaN or Infinity.
 */
export function parseNumber(cell: string, decimal: DecimalSeparator = '.'): ParsedNumber {
  // The common cell first ('-0.123456', '42'): the rules below would read it the same way.
  if (decimal === '.' ? PLAIN_DOT.test(cell) : PLAIN_INTEGER.test(cell)) {
    const value = Number(cell);
    if (Number.isFinite(value))
      return { kind: 'number', value: value === 0 ? 0 : value, percent: false };
  }
  let s = cell.replace(SPACES, '');
  if (MISSING.has(s.toLowerCase())) return { kind: 'missing' };
  let percent = false;
  if (s.endsWith('%')) {
    percent = true;
    s = s.slice(0, -1).replace(SPACES, '');
  }
  let sign = '';
  const first = s.charAt(0);
  if (first === '-' || first === '\u2212' || first === '–' || first === '+') {
    sign = first === '+' ? '' : '-';
    s = s.slice(1).replace(SPACES, '');
  }
  // Thousands groups: separators only between a digit and exactly three digits.
  if (/[ \u00a0\u202f\u2009\u2007'\u2019]/.test(s)) {
    if (!/^\d{1,3}([ \u00a0\u202f\u2009\u2007'\u2019]\d{3})+([.,]\d*)?$/.test(s)) {
      return { kind: 'invalid' };
    }
    s = s.replace(GROUP_CHARS, '');
  }
  const commas = count(s, ',');
  const dots = count(s, '.');
  if (commas > 0 && dots > 0) {
    const dec = s.lastIndexOf(',') > s.lastIndexOf('.') ? ',' : '.';
    const group = dec === ',' ? '.' : ',';
    if (count(s, dec) !== 1) return { kind: 'invalid' };
    const [int, frac] = s.split(dec);
    if (!new RegExp(`^\\d{1,3}(\\${group}\\d{3})+$`).test(int)) return { kind: 'invalid' };
    s = `${int.split(group).join('')}.${frac}`;
  } else if (commas > 0 || dots > 0) {
    const sep = commas > 0 ? ',' : '.';
    const n = commas + dots;
    if (n > 1 || sep !== decimal) {
      // Repeated separators, or the non-decimal one: a thousands separator in 3-digit groups.
      if (n === 1 && sep !== decimal && !/^\d{1,3}[.,]\d{3}$/.test(s)) {
        s = s.replace(sep, '.');
      } else if (new RegExp(`^\\d{1,3}(\\${sep}\\d{3})+$`).test(s)) {
        s = s.split(sep).join('');
      } else {
        return { kind: 'invalid' };
      }
    } else {
      s = s.replace(',', '.');
    }
  }
  if (!/^(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(s)) return { kind: 'invalid' };
  const value = Number(sign + s);
  if (!Number.isFinite(value)) return { kind: 'invalid' };
  return { kind: 'number', value: value === 0 ? 0 : value, percent };
}

function count(s: string, ch: string): number {
  let n = 0;
  for (const c of s) if (c === ch) n++;
  return n;
}

/**
 * Which decimal separator a set of cells uses: a comma followed by one, two or four-plus digits
 * ('0,70', '1 417,77') can only be decimal; likewise a dot. Ties go to the delimiter's habit:
 * a semicolon-separated file comes from a decimal-comma locale.
 */
export function detectDecimalSeparator(cells: string[], delimiter?: string): DecimalSeparator {
  let comma = 0;
  let dot = 0;
  for (const c of cells) {
    const s = c.trim();
    if (/\d,(\d{1,2}|\d{4,})(%|$)/.test(s) && !s.includes('.')) comma++;
    else if (/\d\.(\d{1,2}|\d{4,})(%|$)/.test(s) && !s.includes(',')) dot++;
    else if (/\d\.\d{3},\d/.test(s)) comma++;
    else if (/\d,\d{3}\.\d/.test(s)) dot++;
  }
  if (comma !== dot) return comma > dot ? ',' : '.';
  return delimiter === ';' ? ',' : '.';
}
