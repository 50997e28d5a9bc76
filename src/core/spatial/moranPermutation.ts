/**
 * Permutation test of global Moran's I (R spdep's `moran.mc`, alternative "greater"): the
 * values are shuffled over the units `permutations` times with a seeded generator and
 *   p = (#{I_perm >= I_obs} + 1) / (permutations + 1).
 * The smallest attainable p is 1 / (permutations + 1).
 */
import { mulberry32 } from '../stats/random.ts';
import { centre, moranStatistic, weightSums } from './moran.ts';
import type { SpatialWeights } from './spatialWeights.ts';

export interface MoranPermutation {
  I: number;
  p: number;
  permutations: number;
  /** Mean and variance of the permuted statistics (GeoDa reports them). */
  mean: number;
  variance: number;
}

export function moranPermutationTest(
  w: Pick<SpatialWeights, 'neighbours' | 'weights'>,
  x: ArrayLike<number>,
  permutations = 999,
  seed = 1,
): MoranPermutation {
  const n = x.length;
  const z = centre(x);
  let zz = 0;
  for (let i = 0; i < n; i++) zz += z[i] * z[i];
  const { S0 } = weightSums(w);
  const I = moranStatistic(w, z, S0, zz);
  const rng = mulberry32(seed);
  const perm = Float64Array.from(z);
  let larger = 0;
  let sum = 0;
  let sum2 = 0;
  for (let r = 0; r < permutations; r++) {
    for (let i = n - 1; i > 0; i--) {
      const j = Math.floor(rng() * (i + 1));
      const t = perm[i];
      perm[i] = perm[j];
      perm[j] = t;
    }
    const v = moranStatistic(w, perm, S0, zz);
    if (v >= I) larger++;
    sum += v;
    sum2 += v * v;
  }
  const mean = sum / permutations;
  return {
    I,
    p: (larger + 1) / (permutations + 1),
    permutations,
    mean,
    variance: permutations > 1 ? (sum2 - permutations * mean * mean) / (permutations - 1) : 0,
  };
}
