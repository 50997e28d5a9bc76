/**
 * Goalposts (COINr `n_goalposts(x, gposts, direction, trunc2posts = TRUE)` with parameters
 * from iMeta, the Human Development Index's method): on the raw column,
 * higher is better t = (x - L) / (U - L), lower is better t = (U - x) / (U - L), t truncated
 * to [0, 1], then y = lo + t * (hi - lo) (or t * scale with iMeta's goalpost_scale).
 *
 * Distance to a target is the special case L = the worst observed value, U = the target
 * (COINr `n_dist2targ(x, targ, cap_max = TRUE)`): y reaches hi at the target.
 */
export function nGoalposts(
  raw: ArrayLike<number>,
  direction: 1 | -1,
  lower: number,
  upper: number,
  lo = 0,
  hi = 100,
  out = new Float64Array(raw.length),
): Float64Array {
  const span = upper - lower;
  for (let i = 0; i < raw.length; i++) {
    const v = raw[i];
    if (v !== v || !(span !== 0)) {
      out[i] = NaN;
      continue;
    }
    let t = direction === 1 ? (v - lower) / span : (upper - v) / span;
    t = t < 0 ? 0 : t > 1 ? 1 : t;
    out[i] = lo + t * (hi - lo);
  }
  return out;
}
