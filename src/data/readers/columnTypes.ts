/**
 * First guesses about each column of an imported table, for a preview where the user corrects
 * them: its type, its unit (from the header), the direction of an indicator and how many of
 * its cells are numbers. The guesses are heuristics, so every one can be overridden.
 */
import type { Direction } from '../../core/index.ts';
import { parseNumber, type DecimalSeparator } from './parseNumber.ts';

/**
 * `region`: the column of region names or codes; `numeric`: an indicator; `year`: years of a
 * long-format table; `ordinal`: a row number column such as '№'; `text`: anything else.
 */
export type ColumnType = 'region' | 'numeric' | 'year' | 'ordinal' | 'text';

export interface ColumnGuess {
  /** Header text as in the file (trimmed); 'Column C' where the header cell is empty. */
  name: string;
  /** 0-based column index; the letter is columnLetter(index). */
  index: number;
  type: ColumnType;
  /** Unit read from the header ('GRP (million tenge)' -> 'million tenge'), '' if none. */
  unit: string;
  direction: Direction;
  /** Numbers among the non-empty, non-"no data" cells, in [0, 1]; 0 for an empty column. */
  numericShare: number;
}

/** A column counts as numeric when at least this share of its filled cells are numbers. */
export const NUMERIC_SHARE_THRESHOLD = 0.5;

/**
 * Words that make an indicator "lower is better" (ru, kk, en stems). docs/methods.md §1: a user
 * must be able to set the direction, e.g. for raw emissions; this is only the first guess.
 */
export const LOWER_IS_BETTER_WORDS: readonly string[] = [
  'emission',
  'pollut',
  'unemploy',
  'poverty',
  'mortality',
  'death',
  'crime',
  'waste',
  'debt',
  'выброс',
  'загрязн',
  'безработ',
  'бедност',
  'смертност',
  'преступ',
  'отход',
  'задолженност',
  'шығарынд',
  'ластан',
  'жұмыссыз',
  'кедейлік',
  'өлім',
];

/**
 * The unit in a header: the last bracketed part ('GRP (million tenge)', 'GRP [mln KZT]'), the
 * text after the last comma when it is short ('Share, %'), or '%' anywhere. '' if none.
 */
export function unitFromHeader(header: string): string {
  const h = header.trim();
  const bracket = /[([]([^()[\]]+)[)\]]\s*$/.exec(h);
  if (bracket) return bracket[1].trim();
  const comma = /,\s*([^,]{1,30})$/.exec(h);
  if (
    comma &&
    /%|тенге|tenge|тг|kzt|тыс|млн|млрд|thousand|million|billion|persons?|человек|адам|тонн|tonn?e|км|km|га|ha|\$|usd/i.test(
      comma[1],
    )
  ) {
    return comma[1].trim();
  }
  if (/%/.test(h)) return '%';
  return '';
}

/** 'lower' if the header names something of which less is better, otherwise 'higher'. */
export function directionFromHeader(header: string): Direction {
  const h = header.toLowerCase();
  return LOWER_IS_BETTER_WORDS.some((w) => h.includes(w)) ? 'lower' : 'higher';
}

/** Headers of a column of years ('year', 'год', 'жыл'). */
export const YEAR_HEADER = /^(year|год|жыл|yr)\b|\b(year|год|жыл)$/i;
/** Headers of a row-number column ('№', '#', 'no.'). */
export const ORDINAL_HEADER = /^(№|#|no\.?|n|nr\.?|№ ?п\/п|п\/п|row)$/i;

/**
 * Guesses one column from its header and its cells (as text). A column whose filled cells are
 * the numbers 1, 2, 3, ... under a '№'-like header is `ordinal`; integers 1900-2100 under a
 * 'year' header are `year`; a column mostly of numbers is `numeric`; otherwise `text`
 * (the region column is chosen afterwards among text columns, see indicatorTable.ts).
 */
export function guessColumn(
  header: string,
  index: number,
  cells: string[],
  decimal: DecimalSeparator,
): ColumnGuess {
  const name = header.trim() || `Column ${index + 1}`;
  let filled = 0;
  let numbers = 0;
  let percent = 0;
  const values: number[] = [];
  for (const c of cells) {
    const p = parseNumber(c, decimal);
    if (p.kind === 'missing') continue;
    filled++;
    if (p.kind === 'number') {
      numbers++;
      values.push(p.value);
      if (p.percent) percent++;
    }
  }
  const numericShare = filled === 0 ? 0 : numbers / filled;
  let unit = unitFromHeader(header);
  if (!unit && numbers > 0 && percent === numbers) unit = '%';
  const integers = values.every((v) => Number.isInteger(v));
  let type: ColumnType = 'text';
  if (numericShare >= NUMERIC_SHARE_THRESHOLD && numbers > 0) {
    type = 'numeric';
    if (integers && ORDINAL_HEADER.test(header.trim()) && values.every((v, i) => v === i + 1)) {
      type = 'ordinal';
    } else if (
      integers &&
      YEAR_HEADER.test(header.trim()) &&
      values.every((v) => v >= 1900 && v <= 2100)
    ) {
      type = 'year';
    }
  }
  return { name, index, type, unit, direction: directionFromHeader(header), numericShare };
}
