/**
 * Euclidean distances between observations, stored like R's `dist()`: the condensed lower
 * triangle, pairs (i, j) with i < j in the order (1,2), (1,3), ..., (1,n), (2,3), ... — the
 * same order as SciPy's `pdist`. Index of (i, j), 0-based, i < j: n i - i (i + 1) / 2 + j - i - 1.
 */
import { ClusterError } from './clusterError.ts';

/**
 * Largest n for which a condensed matrix is built: 10,000 observations need
 * 10,000 * 9,999 / 2 * 8 bytes = 400 MB. Above it the matrix-based linkages refuse with
 * `too-many-observations` instead of exhausting memory (Ward needs no matrix).
 */
export const MAX_MATRIX_OBSERVATIONS = 10_000;

/** Copies rows into one row-major Float64Array, checking shape and finiteness. */
export function toRowMajor(data: ReadonlyArray<ArrayLike<number>>): {
  x: Float64Array;
  n: number;
  p: number;
} {
  const n = data.length;
  const p = n > 0 ? data[0].length : 0;
  const x = new Float64Array(n * p);
  for (let i = 0; i < n; i++) {
    const row = data[i];
    if (row.length !== p) {
      throw new ClusterError(
        'ragged-rows',
        `Observation ${i + 1} has ${row.length} values, the first has ${p}.`,
        { row: i + 1 },
      );
    }
    for (let j = 0; j < p; j++) {
      const v = row[j];
      if (!Number.isFinite(v)) {
        throw new ClusterError(
          'non-finite-value',
          `Observation ${i + 1}, variable ${j + 1} is not a finite number.`,
          { row: i + 1, column: String(j + 1) },
        );
      }
      x[i * p + j] = v;
    }
  }
  return { x, n, p };
}

/** Throws `too-many-observations` when a condensed matrix of n would exceed the limit. */
export function assertMatrixSize(n: number, what: string): void {
  if (n > MAX_MATRIX_OBSERVATIONS) {
    throw new ClusterError(
      'too-many-observations',
      `${what} needs all ${n} x ${n} distances; the limit is ${MAX_MATRIX_OBSERVATIONS} observations ` +
        `(about 400 MB). Use Ward's method, which needs no distance matrix, or fewer observations.`,
    );
  }
}

/**
 * Euclidean distance matrix, condensed: d(i, j) = sqrt(sum_k (x_ik - x_jk)^2), as R's
 * `dist(X)` and SciPy's `pdist(X)`.
 */
export function condensedDistances(x: Float64Array, n: number, p: number): Float64Array {
  assertMatrixSize(n, 'A distance matrix');
  const d = new Float64Array((n * (n - 1)) / 2);
  let t = 0;
  for (let i = 0; i < n; i++) {
    const oi = i * p;
    for (let j = i + 1; j < n; j++) {
      const oj = j * p;
      let s = 0;
      for (let k = 0; k < p; k++) {
        const v = x[oi + k] - x[oj + k];
        s += v * v;
      }
      d[t++] = Math.sqrt(s);
    }
  }
  return d;
}

/** Distances from observation i to every observation (0 for itself), into `out`. */
export function distanceRow(
  x: Float64Array,
  n: number,
  p: number,
  i: number,
  out: Float64Array,
): Float64Array {
  const oi = i * p;
  for (let j = 0; j < n; j++) {
    const oj = j * p;
    let s = 0;
    for (let k = 0; k < p; k++) {
      const v = x[oi + k] - x[oj + k];
      s += v * v;
    }
    out[j] = Math.sqrt(s);
  }
  return out;
}
