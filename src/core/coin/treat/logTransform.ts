/**
 * Log transforms of COINr's treatment:
 * - `logCT` (COINr `log_CT`, its default second step): y = ln(x - min x + 0.01 (max x - min x)),
 *   defined for any column with a range (shifts the minimum to 1% of the range).
 * - `logPlain`: y = ln(x), only for x > 0 (a non-positive value stays missing: NaN).
 */
import { columnRange } from '../normalise/columnRange.ts';

export function logCT(x: ArrayLike<number>): Float64Array {
  const { min, max } = columnRange(x);
  const a = 0.01 * (max - min);
  return Float64Array.from(x, (v) => (v !== v ? NaN : Math.log(v - min + a)));
}

/**
 * log_CT of column `x` as a function of one value, with the column's own shift: what a
 * goalpost or target in the indicator's unit becomes (NaN below the shifted zero).
 */
export function logCTMap(x: ArrayLike<number>): (v: number) => number {
  const { min, max } = columnRange(x);
  const a = 0.01 * (max - min);
  return (v) => (v - min + a > 0 ? Math.log(v - min + a) : NaN);
}

export const lnMap = (v: number): number => (v > 0 ? Math.log(v) : NaN);

export function logPlain(x: ArrayLike<number>): Float64Array {
  return Float64Array.from(x, lnMap);
}
