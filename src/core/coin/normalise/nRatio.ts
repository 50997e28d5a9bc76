/**
 * Ratio to the maximum (COINr `n_fracmax(x)` = x / max x), put on [0, hi]: y = x / max x * hi,
 * on the direction-adjusted column exactly as COINr does: with Direction -1 the column is -x,
 * its maximum is negative and the ratio runs the wrong way (the caller warns and suggests
 * n_minx). max x = 0 has no ratio: NaN for all, which the caller reports.
 */
import { columnRange } from './columnRange.ts';

export function nRatio(
  x: ArrayLike<number>,
  hi = 100,
  out = new Float64Array(x.length),
): Float64Array {
  const { max } = columnRange(x);
  for (let i = 0; i < x.length; i++) {
    const v = x[i];
    out[i] = v !== v || max === 0 || max !== max ? NaN : (v / max) * hi;
  }
  return out;
}
