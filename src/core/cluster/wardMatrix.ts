/**
 * Ward's minimum-variance clustering on a condensed matrix of squared Euclidean distances by
 * R's own algorithm, HCLUST (stats/src/hclust.f, F. Murtagh 1986, iOpt 8 = "ward.D2"): each
 * cluster i keeps its nearest neighbour TO THE RIGHT (the first j > i at the smallest
 * distance); each step merges the pair with the least listed distance (ties to the smallest
 * i), updates the merged cluster's distances with the Lance-Williams formula for Ward on
 * squared distances, exactly as HCLUST writes it,
 *
 *   d2(I+J, K) = ((|I| + |K|) d2(I, K) + (|J| + |K|) d2(J, K) - |K| d2(I, J)) / (|I| + |J| + |K|)
 *
 * (Lance & Williams 1967; Murtagh & Legendre 2014, J. Classif. 31:274, "Ward2"; SciPy's
 * `linkage(X, "ward")` uses the same update), and redetermines the lists that pointed at
 * either part. d2(A, B) = 2 |A| |B| / (|A| + |B|) ||c_A - c_B||^2, the quantity ward.ts
 * computes from centroids, so both paths give R's tree; heights are sqrt(d2). Merges come out
 * in R's order, which hclustTree.ts's conversion keeps.
 *
 * Why not the nearest-neighbour chain here: its searches read a cluster's whole column of the
 * condensed matrix, one cache line per entry; HCLUST reads rows, which are contiguous, and was
 * about 15% faster at 5,000 x 20 (bench/results/ward.md).
 *
 * Memory: n (n - 1) / 2 doubles (the matrix, 8 bytes each; 100 MB at 5,000), time O(n^2 p)
 * to fill the matrix plus O(n^2) typical for the merges. hclust.ts runs it only when asked
 * (`wardAlgorithm: 'matrix'`, at most MAX_MATRIX_OBSERVATIONS): the centroid chain (ward.ts)
 * needs O(n p) memory and was faster (bench/results/ward.md).
 */
import { assertMatrixSize } from './distance.ts';
import type { RawMerge } from './hclustTree.ts';

/**
 * Condensed squared Euclidean distances, d2(i, j) = sum_k (x_ik - x_jk)^2 summed over k in
 * order, for i < j in R's `dist()` / SciPy's `pdist` order (distance.ts). Also writes each
 * row's minimum to the right, min_{j > i} d2(i, j), into `rowMin` and the first j attaining
 * it into `rowArg` (Infinity and -1 for the last row): HCLUST's initial nearest neighbours.
 */
export function condensedSquaredDistances(
  x: Float64Array,
  n: number,
  p: number,
  rowMin: Float64Array = new Float64Array(n),
  rowArg: Int32Array = new Int32Array(n),
): Float64Array {
  assertMatrixSize(n, "Ward's distance matrix");
  const d = new Float64Array((n * (n - 1)) / 2);
  rowMin.fill(Infinity);
  rowArg.fill(-1);
  let i = 0;
  // Four rows at a time: each x_j is read once for four pairs (about 1.5x faster in V8).
  for (; i + 4 < n; i += 4) squaredRows4(x, n, p, i, d, rowMin, rowArg);
  for (; i < n; i++) squaredRowsFrom(x, n, p, i, i + 1, n, d, rowMin, rowArg);
  return d;
}

/** Row i's pairs (i, j) for from <= j < to, summed over k in order; updates the row minimum. */
function squaredRowsFrom(
  x: Float64Array,
  n: number,
  p: number,
  i: number,
  from: number,
  to: number,
  d: Float64Array,
  rowMin: Float64Array,
  rowArg: Int32Array,
): void {
  const oi = i * p;
  const base = n * i - (i * (i + 1)) / 2 - i - 1;
  let lo = rowMin[i];
  let arg = rowArg[i];
  for (let j = from; j < to; j++) {
    const oj = j * p;
    let s = 0;
    for (let k = 0; k < p; k++) {
      const e = x[oi + k] - x[oj + k];
      s += e * e;
    }
    d[base + j] = s;
    if (s < lo) {
      lo = s;
      arg = j;
    }
  }
  rowMin[i] = lo;
  rowArg[i] = arg;
}

/** Rows i..i+3: their pairs among themselves, then with every j > i + 3, four at once. */
function squaredRows4(
  x: Float64Array,
  n: number,
  p: number,
  i: number,
  d: Float64Array,
  rowMin: Float64Array,
  rowArg: Int32Array,
): void {
  for (let r = i; r < i + 3; r++) squaredRowsFrom(x, n, p, r, r + 1, i + 4, d, rowMin, rowArg);
  const o0 = i * p;
  const o1 = o0 + p;
  const o2 = o1 + p;
  const o3 = o2 + p;
  const r0 = n * i - (i * (i + 1)) / 2 - i - 1;
  const r1 = r0 + n - i - 2;
  const r2 = r1 + n - i - 3;
  const r3 = r2 + n - i - 4;
  let m0 = rowMin[i];
  let m1 = rowMin[i + 1];
  let m2 = rowMin[i + 2];
  let m3 = Infinity;
  let a0 = rowArg[i];
  let a1 = rowArg[i + 1];
  let a2 = rowArg[i + 2];
  let a3 = -1;
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
    // Strict "<" in increasing j: the first j at the minimum, as HCLUST's list.
    if (s0 < m0) {
      m0 = s0;
      a0 = j;
    }
    if (s1 < m1) {
      m1 = s1;
      a1 = j;
    }
    if (s2 < m2) {
      m2 = s2;
      a2 = j;
    }
    if (s3 < m3) {
      m3 = s3;
      a3 = j;
    }
  }
  rowMin[i] = m0;
  rowMin[i + 1] = m1;
  rowMin[i + 2] = m2;
  rowMin[i + 3] = m3;
  rowArg[i] = a0;
  rowArg[i + 1] = a1;
  rowArg[i + 2] = a2;
  rowArg[i + 3] = a3;
}

/** Raw Ward merges of n rows of p values in a row-major Float64Array (n * p), in R's order. */
export function wardMatrixNnList(x: Float64Array, n: number, p: number): RawMerge[] {
  // HCLUST's list of nearest neighbours TO THE RIGHT: nn[i] is the first j > i at the
  // smallest d2(i, j), disnn[i] that distance (Infinity when no active j > i is left).
  const disnn = new Float64Array(n);
  const nn = new Int32Array(n);
  const d = condensedSquaredDistances(x, n, p, disnn, nn);
  const rowStart = new Int32Array(n);
  for (let i = 0; i < n; i++) rowStart[i] = n * i - (i * (i + 1)) / 2 - i - 1;
  const size = new Float64Array(n).fill(1);
  // Active clusters (named by their smallest member) in increasing order.
  const active = Int32Array.from({ length: n }, (_, i) => i);
  let m = n;
  const merges: RawMerge[] = [];
  while (m > 1) {
    // The least dissimilarity in the lists; ties to the first i, as HCLUST's strict "<".
    let dmin = Infinity;
    let tLo = 0;
    for (let t = 0; t < m; t++) {
      const v = disnn[active[t]];
      if (v < dmin) {
        dmin = v;
        tLo = t;
      }
    }
    const lo = active[tLo];
    const hi = nn[lo];
    // Rounding in the update can leave a true 0 at -1 ulp; a height is never below 0.
    merges.push({ a: lo, b: hi, height: Math.sqrt(dmin > 0 ? dmin : 0) });
    let h = tLo + 1;
    while (active[h] !== hi) h++;
    active.copyWithin(h, h + 1, m);
    m--;
    wardUpdate(d, rowStart, disnn, nn, active, m, size, lo, hi, d[rowStart[lo] + hi]);
    size[lo] += size[hi];
    // Redetermine the lists that pointed at either part (only rows left of hi can).
    for (let t = 0; t < m; t++) {
      const i = active[t];
      if (i >= hi) break;
      if (nn[i] === lo || nn[i] === hi) rescan(d, rowStart, disnn, nn, active, m, t);
    }
  }
  return merges;
}

/**
 * HCLUST's Lance-Williams update after merging hi into lo (hi already removed from
 * `active`): row lo gets its new nearest neighbour to the right; a row k < lo whose distance
 * to lo fell below its list value points at lo (J. Bryan's fix in R), to be redetermined.
 */
function wardUpdate(
  d: Float64Array,
  rowStart: Int32Array,
  disnn: Float64Array,
  nn: Int32Array,
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
    if (v < disnn[k]) {
      disnn[k] = v;
      nn[k] = lo;
    }
  }
  let best = Infinity;
  let bestJ = -1;
  for (t++; t < m; t++) {
    const k = active[t];
    if (k >= hi) break;
    const nk = size[k];
    const il = rl + k;
    const v = ((nl + nk) * d[il] + (nh + nk) * d[rowStart[k] + hi] - nk * dlh) / (nl + nh + nk);
    d[il] = v;
    if (v < best) {
      best = v;
      bestJ = k;
    }
  }
  for (; t < m; t++) {
    const k = active[t];
    const nk = size[k];
    const il = rl + k;
    const v = ((nl + nk) * d[il] + (nh + nk) * d[rh + k] - nk * dlh) / (nl + nh + nk);
    d[il] = v;
    if (v < best) {
      best = v;
      bestJ = k;
    }
  }
  disnn[lo] = best;
  nn[lo] = bestJ;
}

/** Row i = active[t]: first active j > i at the smallest distance (contiguous reads). */
function rescan(
  d: Float64Array,
  rowStart: Int32Array,
  disnn: Float64Array,
  nn: Int32Array,
  active: Int32Array,
  m: number,
  t: number,
): void {
  const i = active[t];
  const base = rowStart[i];
  let best = Infinity;
  let bestJ = -1;
  for (let u = t + 1; u < m; u++) {
    const j = active[u];
    const v = d[base + j];
    if (v < best) {
      best = v;
      bestJ = j;
    }
  }
  disnn[i] = best;
  nn[i] = bestJ;
}
