/**
 * Variance-based sensitivity indices from the radial design of Saltelli et al. (2010,
 * "Variance based sensitivity analysis of model output. Design and estimator for the total
 * sensitivity index", Computer Physics Communications 181, 259-270): two independent sample
 * matrices A and B (N x d) and, for each input i, A_B^i = A with column i taken from B; the
 * model is run N (d + 2) times. With f_A, f_B, f_AB^i the outputs:
 * - first order (Saltelli 2010, table 2 (b)): V_i = 1/N sum_j f_B(j) (f_AB^i(j) - f_A(j))
 * - total (Jansen 1999; Saltelli 2010 table 2 (f)): VT_i = 1/(2N) sum_j (f_A(j) - f_AB^i(j))^2
 * - S_i = V_i / V, ST_i = VT_i / V, V the variance of f_A and f_B pooled (2N values, / 2N).
 * Confidence intervals: percentile bootstrap over the N rows (the same resampled rows for
 * every estimator), as COINr's get_sensitivity() and SALib do.
 */
import type { Rng } from '../../stats/random.ts';
import { quantileSorted } from '../../stats/quantile.ts';

export interface SobolIndex {
  first: number;
  total: number;
  /** Bootstrap percentile interval at the given level. */
  firstCI: [number, number];
  totalCI: [number, number];
}

/** A and B as row-major N x d uniform [0, 1) samples. */
export function sobolDesign(N: number, d: number, rng: Rng): { A: Float64Array; B: Float64Array } {
  const A = new Float64Array(N * d);
  const B = new Float64Array(N * d);
  for (let j = 0; j < N * d; j++) A[j] = rng();
  for (let j = 0; j < N * d; j++) B[j] = rng();
  return { A, B };
}

/** Row j of A_B^i (A with column i from B), written into `out`. */
export function radialRow(
  A: Float64Array,
  B: Float64Array,
  d: number,
  j: number,
  i: number,
  out: Float64Array,
): Float64Array {
  for (let k = 0; k < d; k++) out[k] = A[j * d + k];
  out[i] = B[j * d + i];
  return out;
}

function estimate(
  fA: ArrayLike<number>,
  fB: ArrayLike<number>,
  fAB: ArrayLike<number>,
  rows: ArrayLike<number>,
): [number, number] {
  const N = rows.length;
  let mean = 0;
  for (let r = 0; r < N; r++) mean += fA[rows[r]] + fB[rows[r]];
  mean /= 2 * N;
  let v = 0;
  let vi = 0;
  let vt = 0;
  for (let r = 0; r < N; r++) {
    const j = rows[r];
    const a = fA[j];
    const b = fB[j];
    const ab = fAB[j];
    v += (a - mean) ** 2 + (b - mean) ** 2;
    vi += b * (ab - a);
    vt += (a - ab) ** 2;
  }
  v /= 2 * N;
  if (!(v > 0)) return [0, 0];
  return [vi / N / v, vt / (2 * N) / v];
}

/**
 * First-order and total indices of each input with bootstrap intervals.
 * `fAB[i]` holds the N outputs of A_B^i.
 */
export function sobolIndices(
  fA: ArrayLike<number>,
  fB: ArrayLike<number>,
  fAB: readonly ArrayLike<number>[],
  rng: Rng,
  bootstrap = 500,
  level = 0.95,
): SobolIndex[] {
  const N = fA.length;
  const all = Int32Array.from({ length: N }, (_, j) => j);
  const rows = new Int32Array(N);
  const draws = fAB.map(() => ({
    first: new Float64Array(bootstrap),
    total: new Float64Array(bootstrap),
  }));
  for (let b = 0; b < bootstrap; b++) {
    for (let r = 0; r < N; r++) rows[r] = Math.floor(rng() * N);
    fAB.forEach((f, i) => {
      const [s, t] = estimate(fA, fB, f, rows);
      draws[i].first[b] = s;
      draws[i].total[b] = t;
    });
  }
  const lo = (1 - level) / 2;
  const hi = 1 - lo;
  return fAB.map((f, i) => {
    const [first, total] = estimate(fA, fB, f, all);
    const fs = draws[i].first.sort();
    const ts = draws[i].total.sort();
    return {
      first,
      total,
      firstCI: bootstrap > 0 ? [quantileSorted(fs, lo), quantileSorted(fs, hi)] : [first, first],
      totalCI: bootstrap > 0 ? [quantileSorted(ts, lo), quantileSorted(ts, hi)] : [total, total],
    };
  });
}
