/**
 * Ward's minimum-variance clustering by the nearest-neighbour chain on a condensed matrix of
 * squared Euclidean distances, updated after each merge of I and J with the Lance-Williams
 * formula for Ward on squared distances, written as R's HCLUST (stats/src/hclust.f, iOpt 8,
 * "ward.D2") writes it:
 *
 *   d2(I+J, K) = ((|I| + |K|) d2(I, K) + (|J| + |K|) d2(J, K) - |K| d2(I, J)) / (|I| + |J| + |K|)
 *
 * (Lance & Williams 1967; Murtagh & Legendre 2014, J. Classif. 31:274, "Ward2"; SciPy's
 * `linkage(X, "ward")` uses the same update). d2(A, B) = 2 |A| |B| / (|A| + |B|) ||c_A - c_B||^2,
 * the quantity ward.ts computes from centroids, so both give R's merges; heights are
 * sqrt(d2). Ties as ward.ts and lanceWilliams.ts: a chain starts at the smallest active
 * representative, and a search prefers the chain's previous element, then the smallest
 * representative (R's preference for small indices, hclustTree.ts).
 *
 * Memory: n (n - 1) / 2 doubles (the matrix, 8 bytes each), so hclust.ts uses this only up to
 * WARD_MATRIX_MAX_OBSERVATIONS; time O(n^2 p) to fill the matrix plus O(n^2) for the chain,
 * whatever the data's structure (the centroid search in ward.ts prunes well on clustered data
 * and poorly on structureless data).
 */
import { assertMatrixSize } from './distance.ts';
import type { RawMerge } from './hclustTree.ts';

/**
 * Largest n for which hclust(X, "ward") takes this matrix path: the memory budget of about
 * 150 MB for the condensed matrix, 6,000 * 5,999 / 2 * 8 bytes = 144 MB. Above it Ward runs
 * on centroids (ward.ts, O(n p) memory), so 20,000 x 20 needs no n x n matrix.
 */
export const WARD_MATRIX_MAX_OBSERVATIONS = 6_000;

/**
 * Condensed squared Euclidean distances, d2(i, j) = sum_k (x_ik - x_jk)^2 summed over k in
 * order, for i < j in R's `dist()` / SciPy's `pdist` order (distance.ts). Also writes each
 * row's minimum, min_{j > i} d2(i, j), into `rowMin` (length n; Infinity for the last row).
 */
export function condensedSquaredDistances(
  x: Float64Array,
  n: number,
  p: number,
  rowMin: Float64Array = new Float64Array(n),
): Float64Array {
  assertMatrixSize(n, "Ward's distance matrix");
  const d = new Float64Array((n * (n - 1)) / 2);
  let i = 0;
  // Four rows at a time: each x_j is read once for four pairs (about 1.5x faster in V8).
  for (; i + 4 < n; i += 4) squaredRows4(x, n, p, i, d);
  for (; i < n; i++) squaredRowsFrom(x, n, p, i, i + 1, d);
  for (let r = 0; r < n; r++) {
    let lo = Infinity;
    const base = n * r - (r * (r + 1)) / 2 - r - 1;
    for (let j = r + 1; j < n; j++) if (d[base + j] < lo) lo = d[base + j];
    rowMin[r] = lo;
  }
  return d;
}

/** Row i's pairs (i, j) for j >= from, summed over k in order. */
function squaredRowsFrom(
  x: Float64Array,
  n: number,
  p: number,
  i: number,
  from: number,
  d: Float64Array,
): void {
  const oi = i * p;
  const base = n * i - (i * (i + 1)) / 2 - i - 1;
  for (let j = from; j < n; j++) {
    const oj = j * p;
    let s = 0;
    for (let k = 0; k < p; k++) {
      const e = x[oi + k] - x[oj + k];
      s += e * e;
    }
    d[base + j] = s;
  }
}

/** Rows i..i+3: their pairs among themselves, then with every j > i + 3, four at once. */
function squaredRows4(x: Float64Array, n: number, p: number, i: number, d: Float64Array): void {
  for (let r = i; r < i + 3; r++) {
    const or = r * p;
    const base = n * r - (r * (r + 1)) / 2 - r - 1;
    for (let j = r + 1; j < i + 4; j++) {
      const oj = j * p;
      let s = 0;
      for (let k = 0; k < p; k++) {
        const e = x[or + k] - x[oj + k];
        s += e * e;
      }
      d[base + j] = s;
    }
  }
  const o0 = i * p;
  const o1 = o0 + p;
  const o2 = o1 + p;
  const o3 = o2 + p;
  const r0 = n * i - (i * (i + 1)) / 2 - i - 1;
  const r1 = r0 + n - i - 2;
  const r2 = r1 + n - i - 3;
  const r3 = r2 + n - i - 4;
  for (let j = i + 4; j < n; j++) {
    const oj = j * p;
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    let s3 = 0;
    for (let k = 0; k < p; k++) {
      const y = x[oj + k];
      const e0 = x[o0 + k] - y;
      const e1 = x[o1 + k] - y;
      const e2 = x[o2 + k] - y;
      const e3 = x[o3 + k] - y;
      s0 += e0 * e0;
      s1 += e1 * e1;
      s2 += e2 * e2;
      s3 += e3 * e3;
    }
    d[r0 + j] = s0;
    d[r1 + j] = s1;
    d[r2 + j] = s2;
    d[r3 + j] = s3;
  }
}

/** Raw Ward merges of n rows of p values in a row-major Float64Array (n * p). */
export function wardMatrixNnChain(x: Float64Array, n: number, p: number): RawMerge[] {
  // rowMin[i] <= d2(i, j) for every active j > i: a lower bound that lets the search skip
  // reading d2(j, a), j < a, which lies in another row (a cache miss per read) for most j.
  const rowMin = new Float64Array(n);
  const d = condensedSquaredDistances(x, n, p, rowMin);
  const size = new Float64Array(n).fill(1);
  // Row start of i in the condensed matrix, so (i, j), i < j, is rowStart[i] + j.
  const rowStart = new Int32Array(n);
  for (let i = 0; i < n; i++) rowStart[i] = n * i - (i * (i + 1)) / 2 - i - 1;
  // Active representatives in increasing order: the scans skip merged-away clusters.
  const active = Int32Array.from({ length: n }, (_, i) => i);
  let m = n;

  const chain = new Int32Array(n);
  let len = 0;
  const merges: RawMerge[] = [];
  while (merges.length < n - 1) {
    // The smallest representative, 0, is never merged away (the smaller one survives).
    if (len === 0) chain[len++] = active[0];
    const a = chain[len - 1];
    const prev = len > 1 ? chain[len - 2] : -1;
    const bestJ = nearestInMatrix(d, rowStart, rowMin, active, m, a, prev);
    if (bestJ !== prev) {
      chain[len++] = bestJ;
      continue;
    }
    // a and prev are reciprocal nearest neighbours: merge into the smaller representative.
    len -= 2;
    const lo = Math.min(a, prev);
    const hi = Math.max(a, prev);
    const dlh = d[rowStart[lo] + hi];
    // Rounding in the update can leave a true 0 at -1 ulp; a height is never below 0.
    merges.push({ a: lo, b: hi, height: Math.sqrt(dlh > 0 ? dlh : 0) });
    // Drop hi from the active list (memmove).
    let h = 0;
    while (active[h] !== hi) h++;
    active.copyWithin(h, h + 1, m);
    m--;
    wardUpdate(d, rowStart, rowMin, active, m, size, lo, hi, dlh);
    size[lo] += size[hi];
  }
  return merges;
}

/**
 * Nearest active cluster to `a` (not itself), exactly as a full scan that starts from `prev`
 * (kept on ties) and then takes strictly smaller distances in increasing index order, so
 * ties go to the smallest index. The row part (j > a) is read first, contiguously; it gives
 * rowMin[a] exactly and a bound below which a column entry d2(j, a), j < a, must lie to
 * matter; entries whose rowMin[j] already exceeds that bound are not read.
 */
function nearestInMatrix(
  d: Float64Array,
  rowStart: Int32Array,
  rowMin: Float64Array,
  active: Int32Array,
  m: number,
  a: number,
  prev: number,
): number {
  // Position of a in the active list.
  let lo = 0;
  let hi = m - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (active[mid] < a) lo = mid + 1;
    else hi = mid;
  }
  const ta = lo;
  // Row part: pairs (a, j), j > a.
  const base = rowStart[a];
  let rowBest = Infinity;
  let rowJ = -1;
  for (let t = ta + 1; t < m; t++) {
    const j = active[t];
    const v = d[base + j];
    if (v < rowBest) {
      rowBest = v;
      rowJ = j;
    }
  }
  rowMin[a] = rowBest;
  let best = prev >= 0 ? d[prev < a ? rowStart[prev] + a : base + prev] : Infinity;
  let bestJ = prev;
  // Column part: pairs (j, a), j < a. A smaller j wins a tie with the row part.
  let bound = best < rowBest ? best : rowBest;
  for (let t = 0; t < ta; t++) {
    const j = active[t];
    if (rowMin[j] > bound) continue;
    const v = d[rowStart[j] + a];
    if (v < best) {
      best = v;
      bestJ = j;
      if (v < bound) bound = v;
    }
  }
  return rowBest < best ? rowJ : bestJ;
}

/**
 * Lance-Williams Ward update of row `lo` after merging `hi` into it (hi already inactive),
 * keeping rowMin a lower bound: exact for lo's row, lowered where an entry of another row
 * fell below it (removing hi's entries can only raise a row's true minimum).
 */
function wardUpdate(
  d: Float64Array,
  rowStart: Int32Array,
  rowMin: Float64Array,
  active: Int32Array,
  m: number,
  size: Float64Array,
  lo: number,
  hi: number,
  dlh: number,
): void {
  const nl = size[lo];
  const nh = size[hi];
  const rl = rowStart[lo];
  const rh = rowStart[hi];
  let t = 0;
  for (; t < m; t++) {
    const k = active[t];
    if (k >= lo) break;
    const nk = size[k];
    const rk = rowStart[k];
    const il = rk + lo;
    const v = ((nl + nk) * d[il] + (nh + nk) * d[rk + hi] - nk * dlh) / (nl + nh + nk);
    d[il] = v;
    if (v < rowMin[k]) rowMin[k] = v;
  }
  let lowest = Infinity;
  for (t++; t < m; t++) {
    const k = active[t];
    if (k >= hi) break;
    const nk = size[k];
    const il = rl + k;
    const v = ((nl + nk) * d[il] + (nh + nk) * d[rowStart[k] + hi] - nk * dlh) / (nl + nh + nk);
    d[il] = v;
    if (v < lowest) lowest = v;
  }
  for (; t < m; t++) {
    const k = active[t];
    const nk = size[k];
    const il = rl + k;
    const v = ((nl + nk) * d[il] + (nh + nk) * d[rh + k] - nk * dlh) / (nl + nh + nk);
    d[il] = v;
    if (v < lowest) lowest = v;
  }
  rowMin[lo] = lowest;
}
