/**
 * Conditional permutation inference for local Moran (Anselin 1995, section 4; GeoDa's LISA;
 * R spdep's `localmoran_perm`): z_i stays at unit i while its n_i neighbours' values are
 * drawn without replacement from the other n - 1 units, `permutations` times, with a seeded
 * generator. The folded pseudo p-value is
 *   p_i = (min(#{I_perm >= I_i}, #{I_perm <= I_i}) + 1) / (permutations + 1),
 * GeoDa's definition (spdep's "Pr(folded) Sim"). Its floor is 1 / (permutations + 1), but
 * with few units a smaller floor binds: there are only C(n - 1, n_i) distinct neighbour
 * sets, so no p_i can honestly be read below about 1 / C(n - 1, n_i) (see `pValueFloor`).
 */
import { mulberry32 } from '../stats/random.ts';
import type { SpatialWeights } from './spatialWeights.ts';

export interface LocalPermutation {
  p: number[];
  permutations: number;
  /** Smallest p each unit could reach: max(1/(permutations+1), 1/C(n-1, n_i)). */
  floor: number[];
}

/** Binomial coefficient C(n, k) as a float (exact while it fits in 2^53). */
export function binomial(n: number, k: number): number {
  if (k < 0 || k > n) return 0;
  let r = 1;
  const kk = Math.min(k, n - k);
  for (let t = 1; t <= kk; t++) r = (r * (n - kk + t)) / t;
  return Math.round(r);
}

/** The honest floor of the pseudo p-value for a unit with `k` neighbours among `n` units. */
export function pValueFloor(n: number, k: number, permutations: number): number {
  const sets = binomial(n - 1, k);
  return Math.max(1 / (permutations + 1), sets > 0 ? 1 / sets : 1);
}

export function localMoranPermutation(
  w: Pick<SpatialWeights, 'neighbours' | 'weights'>,
  x: ArrayLike<number>,
  permutations = 999,
  seed = 1,
): LocalPermutation {
  const n = x.length;
  let mean = 0;
  for (let i = 0; i < n; i++) mean += x[i];
  mean /= n;
  const z = new Float64Array(n);
  let m2 = 0;
  for (let i = 0; i < n; i++) {
    z[i] = x[i] - mean;
    m2 += z[i] * z[i];
  }
  m2 /= n;
  const rng = mulberry32(seed);
  // pool[0..n-2] holds the indices of the other units; draws shuffle its front in place.
  const pool = new Int32Array(n - 1);
  const p: number[] = new Array(n);
  const floor: number[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const row = w.neighbours[i];
    const wt = w.weights[i];
    const k = row.length;
    floor[i] = pValueFloor(n, k, permutations);
    if (k === 0) {
      p[i] = 1;
      continue;
    }
    const zi = z[i] / m2;
    let lagObs = 0;
    for (let t = 0; t < k; t++) lagObs += wt[t] * z[row[t]];
    const obs = zi * lagObs;
    let c = 0;
    for (let j = 0; j < n; j++) if (j !== i) pool[c++] = j;
    const m = n - 1;
    let larger = 0;
    let smaller = 0;
    for (let r = 0; r < permutations; r++) {
      let lag = 0;
      for (let t = 0; t < k; t++) {
        const s = t + Math.floor(rng() * (m - t));
        const tmp = pool[t];
        pool[t] = pool[s];
        pool[s] = tmp;
        lag += wt[t] * z[pool[t]];
      }
      const v = zi * lag;
      if (v >= obs) larger++;
      if (v <= obs) smaller++;
    }
    p[i] = (Math.min(larger, smaller) + 1) / (permutations + 1);
  }
  return { p, permutations, floor };
}
