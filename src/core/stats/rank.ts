/**
 * Ranks with ties, as R's `rank()`.
 */

/**
 * Ascending ranks with ties given their average rank, R's `rank(x, ties.method = "average")`:
 * the smallest value is 1; two values tied for 2nd and 3rd both get 2.5.
 */
export function averageRanks(x: readonly number[]): number[] {
  const n = x.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => x[a] - x[b]);
  const r = new Array<number>(n);
  for (let i = 0; i < n;) {
    let j = i;
    while (j + 1 < n && x[order[j + 1]] === x[order[i]]) j++;
    const avg = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) r[order[k]] = avg;
    i = j + 1;
  }
  return r;
}

/** Relative tolerance under which two scores tie: 1e-9 of the larger magnitude (at least 1). */
export const TIE_TOLERANCE = 1e-9;

/**
 * Descending competition ranks, 1 = largest, ties sharing the lowest rank: R's
 * `rank(-x, ties.method = "min")` ("1224" ranking). Scores within TIE_TOLERANCE tie, so that
 * floating-point noise in an index (e.g. 50 vs 50.000000000001) does not split a tie.
 * Writes into `out` when given (no allocation in Monte Carlo loops); `order` is scratch space.
 */
export function minRanksDescending(
  x: ArrayLike<number>,
  out: Int32Array | number[] = new Array<number>(x.length),
  order: Int32Array = new Int32Array(x.length),
): Int32Array | number[] {
  const n = x.length;
  for (let i = 0; i < n; i++) order[i] = i;
  order.sort((a, b) => x[b] - x[a] || a - b);
  let rank = 1;
  for (let k = 0; k < n; k++) {
    const i = order[k];
    if (k > 0) {
      const prev = x[order[k - 1]];
      const tol = TIE_TOLERANCE * Math.max(1, Math.abs(prev), Math.abs(x[i]));
      if (prev - x[i] > tol) rank = k + 1;
    }
    out[i] = rank;
  }
  return out;
}
