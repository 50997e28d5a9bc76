/**
 * A proven lower bound on Ward's squared dissimilarity from single-precision centroids, so
 * that the WebAssembly kernel (wardKernel.ts, filtered select) can rule out most rows of a
 * full search reading half the bytes and doing four lanes at a time, and compute the exact
 * double-precision value only for the few rows it cannot rule out. A row is ruled out only
 * when its exact value (wardSqPair()'s bits) is surely above the K-th distance so far, the
 * rows the exact select() skips too, so the chain takes the same steps and gives the same
 * tree (docs/methods.md section 3, "Ward's kernel").
 *
 * Each centroid c is mirrored as c' = float32(c - mu) (mu: the column means of the data; any
 * fixed shift keeps the differences). With u = 2^-24 and the bounds below, for centroids a, b:
 *
 * 1. Rounding. |c'_j - (c_j - mu_j)| <= B_j 2^-23 + 2^-149, where B_j bounds |c_j - mu_j| over
 *    every centroid the chain can make: a merged centroid is the size-weighted mean of two
 *    (within their range) plus at most 3.01 2^-53 G_j of rounding (G_j: the largest |x_ij|),
 *    and a cluster is made by at most n - 1 merges, so B_j = max_i |x_ij - mu_j| (1 + 2^-40)
 *    + n 2^-50 G_j. Hence ||(a - b) - (a' - b')|| <= e = 2 sqrt(sum_j (B_j 2^-23 + 2^-149)^2).
 * 2. Triangle inequality. r = ||a - b|| >= r' - e with r' = ||a' - b'||, and
 *    (r' - e)^2 >= r'^2 (1 - eta) - e^2 / eta for any eta in (0, 1] (2 r' e <= eta r'^2 +
 *    e^2 / eta), which also holds, trivially, when r' < e. eta = 2^-20.
 * 3. Single-precision sum. The kernel's s~ (differences, squares, four lanes of h4 terms each,
 *    then (l0 + l1) + (l2 + l3)) has D = h4 + 1 additions in a row, all of non-negative terms,
 *    so s~ <= (r'^2 + p4 2^-150) (1 + u)^(D + 3) (the 2^-150: a square that underflows).
 * So r^2 >= s~ C1 - E with C1 = 1 - (D + 4) u - eta - 2^-50 and E = (p4 2^-149 + e^2 / eta)
 * (1 + 2^-20): the 2^-50 also covers the double rounding of s~ C1 - E. The exact value
 * ((2 na nb) / (na + nb)) * s (rounded sums in double precision) is at least w r^2 (1 - 2^-45)
 * for p <= 64, so a row whose bound gives 2 na nb (s~ C1 - E) > v (na + nb) (1 + 2^-40) + 2^-900
 * (every product rounded; the 2^-900 keeps the bound away from underflow) has an exact value
 * above v. Differences stay far from single precision's overflow: the bound is used only when
 * every B_j is at most 2^55.
 */

/** Constants of the filter, or null when the data's range rules single precision out. */
export interface Float32Bound {
  /** Column means the single-precision centroids are taken from. */
  mu: Float64Array;
  /** Columns of a single-precision row: p rounded up to a multiple of 4 (zeros after p). */
  p4: number;
  /** C1 and E of the rule above: a row's bound is s~ C1 - E. */
  scale: number;
  offset: number;
}

/** The largest B_j allowed (step 1): squares of differences stay below single precision's limit. */
const MAX_SPREAD = 2 ** 55;

/**
 * Step 1's column means mu_j and bounds B_j = max_i |x_ij - mu_j| (1 + 2^-40) + n 2^-50 G_j
 * (G_j = max_i |x_ij|) on |c_j - mu_j| for every centroid c the chain can make, from the data
 * (n rows of p values, row-major). wardInt16Bound.ts uses the same bounds.
 */
export function centroidSpread(
  x: Float64Array,
  n: number,
  p: number,
): { mu: Float64Array; bound: Float64Array } {
  // One pass: each column's sum, smallest and largest value (max |x - mu| and max |x| follow
  // from them; the rounding of max - mu is within the (1 + 2^-40) below).
  const mu = new Float64Array(p);
  const lo = new Float64Array(p).fill(Infinity);
  const hi = new Float64Array(p).fill(-Infinity);
  for (let i = 0, o = 0; i < n; i++, o += p) {
    for (let j = 0; j < p; j++) {
      const v = x[o + j];
      mu[j] += v;
      if (v < lo[j]) lo[j] = v;
      if (v > hi[j]) hi[j] = v;
    }
  }
  const bound = new Float64Array(p);
  for (let j = 0; j < p; j++) {
    mu[j] /= n;
    const spread = Math.max(hi[j] - mu[j], mu[j] - lo[j]);
    const big = Math.max(Math.abs(lo[j]), Math.abs(hi[j]));
    bound[j] = spread * (1 + 2 ** -40) + n * 2 ** -50 * big;
  }
  return { mu, bound };
}

/**
 * The filter's constants for n rows of p values, row-major in x (the chain's starting
 * centroids), or null if some column's range exceeds MAX_SPREAD.
 */
export function float32Bound(x: Float64Array, n: number, p: number): Float32Bound | null {
  const p4 = (p + 3) & ~3;
  const h4 = p4 / 4;
  const { mu, bound } = centroidSpread(x, n, p);
  let sum = 0;
  for (let j = 0; j < p; j++) {
    const b = bound[j];
    if (!(b <= MAX_SPREAD)) return null;
    const err = b * 2 ** -23 + 2 ** -149;
    sum += err * err;
  }
  // Rounding of the sum and the square root: a relative 2^-20 more than enough.
  const e = 2 * Math.sqrt(sum) * (1 + 2 ** -20);
  const eta = 2 ** -20;
  const scale = 1 - (h4 + 5) * 2 ** -24 - eta - 2 ** -50;
  const offset = (p4 * 2 ** -149 + (e * e) / eta) * (1 + 2 ** -20);
  return { mu, p4, scale, offset };
}

/** Relative margin on the K-th distance (1 + 2^-40) and the absolute 2^-900 of the rule above. */
export const BOUND_MARGIN = 1 + 2 ** -40;
export const BOUND_FLOOR = 2 ** -900;
