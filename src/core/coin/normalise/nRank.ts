/**
 * Percentile rank (COINr `n_prank(x, ties.method = "min")`), put on [lo, hi]:
 * y = lo + (r - 1) / (n - 1) * (hi - lo), r = R's `rank(x, ties.method = "min")` among the n
 * present values of the direction-adjusted column. The lowest value gets lo, the highest hi;
 * ties share the smaller rank. With one present value, y = (lo + hi) / 2.
 */
export function nRank(
  x: ArrayLike<number>,
  lo = 0,
  hi = 100,
  out = new Float64Array(x.length),
): Float64Array {
  const idx: number[] = [];
  for (let i = 0; i < x.length; i++) if (x[i] === x[i]) idx.push(i);
  idx.sort((a, b) => x[a] - x[b]);
  const n = idx.length;
  out.fill(NaN);
  let rank = 1;
  for (let k = 0; k < n; k++) {
    if (k > 0 && x[idx[k]] !== x[idx[k - 1]]) rank = k + 1;
    out[idx[k]] = n > 1 ? lo + ((rank - 1) / (n - 1)) * (hi - lo) : (lo + hi) / 2;
  }
  return out;
}
