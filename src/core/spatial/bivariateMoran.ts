/**
 * Bivariate Moran's I (Anselin, Syabri & Smirnov 2002; GeoDa's "Bivariate Moran"): the
 * association between a variable x at a unit and the spatial lag of another variable y,
 *   I_xy = (1/n) sum_i zx_i (W zy)_i,   zx = (x - mean x) / sd_n(x), zy likewise,
 * with sd_n the standard deviation with divisor n: GeoDa's slope of W zy on zx. With y = x
 * and row-standardised weights it is Moran's I. Inference by permutation of y over the units
 * (seeded), p = (#{I_perm >= I_obs} + 1)/(permutations + 1).
 */
import { mulberry32 } from '../stats/random.ts';
import { spatialLag } from './spatialLag.ts';
import type { SpatialWeights } from './spatialWeights.ts';

function standardise(x: ArrayLike<number>): Float64Array {
  const n = x.length;
  let m = 0;
  for (let i = 0; i < n; i++) m += x[i];
  m /= n;
  let s = 0;
  for (let i = 0; i < n; i++) s += (x[i] - m) ** 2;
  const sd = Math.sqrt(s / n);
  const z = new Float64Array(n);
  for (let i = 0; i < n; i++) z[i] = sd > 0 ? (x[i] - m) / sd : 0;
  return z;
}

export interface BivariateMoran {
  I: number;
  p: number;
  permutations: number;
}

export function bivariateMoran(
  w: Pick<SpatialWeights, 'neighbours' | 'weights'>,
  x: ArrayLike<number>,
  y: ArrayLike<number>,
  permutations = 999,
  seed = 1,
): BivariateMoran {
  const n = x.length;
  const zx = standardise(x);
  const zy = standardise(y);
  const stat = (v: ArrayLike<number>) => {
    const lag = spatialLag(w, v);
    let s = 0;
    for (let i = 0; i < n; i++) s += zx[i] * lag[i];
    return s / n;
  };
  const I = stat(zy);
  const rng = mulberry32(seed);
  const perm = Float64Array.from(zy);
  let larger = 0;
  for (let r = 0; r < permutations; r++) {
    for (let i = n - 1; i > 0; i--) {
      const j = Math.floor(rng() * (i + 1));
      const t = perm[i];
      perm[i] = perm[j];
      perm[j] = t;
    }
    if (stat(perm) >= I) larger++;
  }
  return { I, p: (larger + 1) / (permutations + 1), permutations };
}
