/**
 * Global Moran's I with its moments under normality and under randomisation (Cliff & Ord
 * 1981, Spatial Processes, eqs. 1.35-1.37; R spdep's `moran.test`, whose code this follows):
 *
 *   I = (n / S0) * sum_ij w_ij z_i z_j / sum_i z_i^2,   z = x - mean(x),   E[I] = -1/(n-1),
 *   S0 = sum_ij w_ij,  S1 = 1/2 sum_ij (w_ij + w_ji)^2,  S2 = sum_i (w_i. + w_.i)^2,
 *   Var_N[I] = (n^2 S1 - n S2 + 3 S0^2) / (S0^2 (n^2 - 1)) - E[I]^2,
 *   Var_R[I] = (n ((n^2 - 3n + 3) S1 - n S2 + 3 S0^2) - K (n(n-1) S1 - 2n S2 + 6 S0^2))
 *              / ((n-1)(n-2)(n-3) S0^2) - E[I]^2,    K = n sum z^4 / (sum z^2)^2,
 *
 * z-score (I - E[I]) / sqrt(Var), one-sided p = P(Z > z) (spdep's default alternative
 * "greater": positive autocorrelation).
 */
import { normalUpperTail } from '../stats/normal.ts';
import type { SpatialWeights } from './spatialWeights.ts';

export interface MoranTest {
  I: number;
  expected: number;
  varianceNormal: number;
  varianceRandomisation: number;
  /** z under randomisation (spdep's default). */
  z: number;
  /** One-sided p under randomisation. */
  p: number;
  zNormal: number;
  pNormal: number;
}

export interface WeightSums {
  S0: number;
  S1: number;
  S2: number;
}

/** S0, S1, S2 of a weights matrix. */
export function weightSums(w: Pick<SpatialWeights, 'neighbours' | 'weights'>): WeightSums {
  const n = w.neighbours.length;
  const rowSum = new Float64Array(n);
  const colSum = new Float64Array(n);
  const pair = new Map<number, number>();
  let S0 = 0;
  w.neighbours.forEach((row, i) =>
    row.forEach((j, t) => {
      const v = w.weights[i][t];
      S0 += v;
      rowSum[i] += v;
      colSum[j] += v;
      const key = Math.min(i, j) * n + Math.max(i, j);
      pair.set(key, (pair.get(key) ?? 0) + v);
    }),
  );
  let S1 = 0;
  // (w_ij + w_ji)^2 is the same for (i,j) and (j,i): count both, halve.
  for (const v of pair.values()) S1 += 2 * v * v;
  S1 /= 2;
  let S2 = 0;
  for (let i = 0; i < n; i++) S2 += (rowSum[i] + colSum[i]) ** 2;
  return { S0, S1, S2 };
}

/** Moran's I alone (for permutations): (n / S0) z'Wz / z'z. */
export function moranStatistic(
  w: Pick<SpatialWeights, 'neighbours' | 'weights'>,
  z: ArrayLike<number>,
  S0: number,
  zz: number,
): number {
  const n = w.neighbours.length;
  let num = 0;
  for (let i = 0; i < n; i++) {
    const row = w.neighbours[i];
    const wt = w.weights[i];
    let lag = 0;
    for (let t = 0; t < row.length; t++) lag += wt[t] * z[row[t]];
    num += z[i] * lag;
  }
  return (n / S0) * (num / zz);
}

/** Deviations from the mean. */
export function centre(x: ArrayLike<number>): Float64Array {
  const n = x.length;
  let m = 0;
  for (let i = 0; i < n; i++) m += x[i];
  m /= n;
  const z = new Float64Array(n);
  for (let i = 0; i < n; i++) z[i] = x[i] - m;
  return z;
}

export function moranTest(
  w: Pick<SpatialWeights, 'neighbours' | 'weights'>,
  x: ArrayLike<number>,
): MoranTest {
  const n = x.length;
  if (n !== w.neighbours.length) throw new RangeError('moranTest: x and weights differ in length');
  const z = centre(x);
  let zz = 0;
  let z4 = 0;
  for (let i = 0; i < n; i++) {
    zz += z[i] * z[i];
    z4 += z[i] ** 4;
  }
  const { S0, S1, S2 } = weightSums(w);
  const I = moranStatistic(w, z, S0, zz);
  const EI = -1 / (n - 1);
  const S02 = S0 * S0;
  const varianceNormal = (n * n * S1 - n * S2 + 3 * S02) / (S02 * (n * n - 1)) - EI * EI;
  const K = (n * z4) / (zz * zz);
  const varianceRandomisation =
    (n * ((n * n - 3 * n + 3) * S1 - n * S2 + 3 * S02) -
      K * (n * (n - 1) * S1 - 2 * n * S2 + 6 * S02)) /
      ((n - 1) * (n - 2) * (n - 3) * S02) -
    EI * EI;
  const z_ = (I - EI) / Math.sqrt(varianceRandomisation);
  const zN = (I - EI) / Math.sqrt(varianceNormal);
  return {
    I,
    expected: EI,
    varianceNormal,
    varianceRandomisation,
    z: z_,
    p: normalUpperTail(z_),
    zNormal: zN,
    pNormal: normalUpperTail(zN),
  };
}
