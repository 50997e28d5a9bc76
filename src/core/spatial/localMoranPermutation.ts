/**
 * Conditional permutation inference for local Moran (Anselin 1995, section 4; GeoDa's LISA;
 * R spdep's `localmoran_perm`): z_i stays at unit i while its n_i neighbours' values are
 * drawn without replacement from the other n - 1 units, `permutations` times, with a seeded
 * generator. The folded pseudo p-value is
 *   p_i = (min(#{I_perm >= I_i}, #{I_perm <= I_i}) + 1) / (permutations + 1),
 * GeoDa's definition (spdep's "Pr(folded) Sim"). Its floor is 1 / (permutations + 1), but
 * with few units a smaller floor binds: there are only C(n - 1, n_i) distinct neighbour
 * sets, so no p_i can honestly be read below about 1 / C(n - 1, n_i) (see `pValueFloor`).
 *
 * Speed (issue 10: 999 permutations of 3,000 units within 300 ms): the draws shuffle a pool of
 * the other units' centred values (not their indices), and mulberry32 runs inline; the stream,
 * the swaps and so every p-value are the same as drawing indices with `mulberry32(seed)`
 * (test/core/spatial/localMoranPermutation.test.ts keeps that reference loop).
 */
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
  // mulberry32 (core/stats/random.ts) inlined: the same stream as mulberry32(seed), without a
  // call per draw.
  let state = seed >>> 0;
  // pool[0..n-2] holds the centred values of the other units; draws shuffle its front in place
  // (a partial Fisher-Yates shuffle carried over from one permutation to the next).
  const pool = new Float64Array(n - 1);
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
    pool.set(z.subarray(0, i), 0);
    pool.set(z.subarray(i + 1), i);
    const m = n - 1;
    let larger = 0;
    let smaller = 0;
    for (let r = 0; r < permutations; r++) {
      let lag = 0;
      for (let t = 0; t < k; t++) {
        state = (state + 0x6d2b79f5) >>> 0;
        let h = state;
        h = Math.imul(h ^ (h >>> 15), h | 1);
        h ^= h + Math.imul(h ^ (h >>> 7), h | 61);
        const u = ((h ^ (h >>> 14)) >>> 0) / 4294967296;
        const s = t + Math.floor(u * (m - t));
        const drawn = pool[s];
        pool[s] = pool[t];
        pool[t] = drawn;
        lag += wt[t] * drawn;
      }
      const v = zi * lag;
      if (v >= obs) larger++;
      if (v <= obs) smaller++;
    }
    p[i] = (Math.min(larger, smaller) + 1) / (permutations + 1);
  }
  return { p, permutations, floor };
}
