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

/** Working space for minRanksDescending() on up to n values. */
export interface RankWork {
  sorted: Float64Array;
  rankAt: Int32Array;
}

export function rankWork(n: number): RankWork {
  return { sorted: new Float64Array(n), rankAt: new Int32Array(n) };
}

/**
 * Descending competition ranks, 1 = largest, ties sharing the lowest rank: R's
 * `rank(-x, ties.method = "min")` ("1224" ranking). Scores within TIE_TOLERANCE of their
 * neighbour in sorted order tie, so that floating-point noise in an index (e.g. 50 vs
 * 50.000000000001) does not split a tie. Writes into `out` when given (no allocation in Monte
 * Carlo loops); `work` (from rankWork(n)) is reusable working space. Uses the native numeric sort
 * of a Float64Array and a binary search per value, several times faster than a comparator
 * sort at thousands of units.
 */
export function minRanksDescending(
  x: ArrayLike<number>,
  out: Int32Array | number[] = new Array<number>(x.length),
  work: RankWork = rankWork(x.length),
): Int32Array | number[] {
  const n = x.length;
  const s = work.sorted.subarray(0, n);
  const rankAt = work.rankAt;
  for (let i = 0; i < n; i++) s[i] = -x[i];
  s.sort(); // ascending -x = descending x
  let rank = 1;
  for (let k = 0; k < n; k++) {
    if (k > 0) {
      const tol = TIE_TOLERANCE * Math.max(1, Math.abs(s[k - 1]), Math.abs(s[k]));
      if (s[k] - s[k - 1] > tol) rank = k + 1;
    }
    rankAt[k] = rank;
  }
  // The first position of -x[i] in the sorted values, by a branch-free binary search (a fixed
  // number of halvings whose step is chosen arithmetically: the Monte Carlo ranks thousands
  // of units per run, and mispredicted branches were most of this loop's time).
  for (let i = 0; i < n; i++) {
    const v = -x[i];
    let base = 0;
    let len = n;
    while (len > 1) {
      const half = len >> 1;
      base += half * +(s[base + half - 1] < v);
      len -= half;
    }
    out[i] = rankAt[base];
  }
  return out;
}
