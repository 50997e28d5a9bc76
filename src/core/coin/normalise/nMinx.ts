/**
 * Min-max to a range [lo, hi] (COINr `n_minmax(x, l_u)`; OECD/JRC Handbook 2008, section 5):
 * y = (x - min x) / (max x - min x) * (hi - lo) + lo, over the present values, on the
 * direction-adjusted column (x * Direction). A constant column has no range: COINr returns
 * NaN; here every present value gets the midpoint (lo + hi) / 2 and the caller reports it.
 */
import { columnRange } from './columnRange.ts';

export function nMinx(
  x: ArrayLike<number>,
  lo = 0,
  hi = 100,
  out = new Float64Array(x.length),
): Float64Array {
  const { min, max } = columnRange(x);
  const r = max - min;
  for (let i = 0; i < x.length; i++) {
    const v = x[i];
    out[i] = v !== v ? NaN : r > 0 ? ((v - min) / r) * (hi - lo) + lo : (lo + hi) / 2;
  }
  return out;
}
