/**
 * A proven lower bound on Ward's squared dissimilarity from 16-bit integer centroids, the
 * kernel's filter (wardKernel.ts, filteredBody() with int16) from INT16_MIN_COLUMNS variables
 * on: a row costs three i16x8 vectors for 20 variables instead of five f32x4 ones
 * (wardFloat32Bound.ts), and its squares are summed exactly by i32x4.dot_i16x8_s. As there, a
 * row is ruled out only when its exact value (wardSqPair()'s bits) is surely above the K-th
 * distance so far, so the chain takes the same steps and gives the same tree (docs/methods.md
 * section 3, "Ward's kernel").
 *
 * With mu_j and B_j of wardFloat32Bound.ts's step 1 (|c_j - mu_j| <= B_j for every centroid c
 * the chain can make), B = max_j B_j, p8 = p rounded up to a multiple of 8 and
 * Q = floor(sqrt((2^31 - 1) / p8) / 2), each centroid is mirrored as
 * c'_j = round(fl(fl(c_j - mu_j) inv)), inv = fl(1 / delta), delta = fl(B (1 + 2^-40) / (Q - 1)).
 *
 * 1. Range. |(c_j - mu_j) / delta| <= Q - 1 (up to the roundings of delta), and the three
 *    roundings of t = fl(fl(c_j - mu_j) inv) move it by at most 3.01 2^-53 (Q - 1), so
 *    |c'_j| <= Q - 1: a difference a'_j - b'_j fits in 16 bits and S = sum_j (a'_j - b'_j)^2
 *    <= p8 (2Q)^2 <= 2^31 - 1 is exact in 32-bit integers (so is every partial sum).
 * 2. Rounding. |c'_j - (c_j - mu_j) / delta| <= 1/2 + Q 2^-51, so
 *    |delta c'_j - (c_j - mu_j)| <= eps = delta (1/2 + Q 2^-51), and
 *    ||(a - b) - delta (a' - b')|| <= e = 2 eps sqrt(p).
 * 3. Triangle inequality. r = ||a - b|| >= delta sqrt(S) - e, and (wardFloat32Bound.ts's
 *    step 2) r^2 >= S delta^2 (1 - eta) - e^2 / eta for eta in (0, 1]; here eta = 2^-8: e is
 *    about 2^-12 of the data's spread, so e^2 / eta stays far below the distances compared.
 * The test is wardFloat32Bound.ts's, 2 na nb (S scale - offset) > v (na + nb) BOUND_MARGIN +
 * BOUND_FLOOR, with scale = fl(delta^2) (1 - eta - 2^-48) and offset = (e^2 / eta) (1 + 2^-20):
 * S is an exact double, the 2^-48 covers the roundings of delta^2, of S scale and of the
 * subtraction, and the rest of the argument is wardFloat32Bound.ts's.
 */
import { centroidSpread } from './wardFloat32Bound.ts';

/** From this many variables the filter reads 16-bit integers (fewer: wardFloat32Bound.ts). */
export const INT16_MIN_COLUMNS = 8;

/** Constants of the filter, or null when the data leave it nothing to scale (all equal). */
export interface Int16Bound {
  /** Column means the integer centroids are taken about. */
  mu: Float64Array;
  /** Columns of an integer row: p rounded up to a multiple of 8 (zeros after p). */
  p8: number;
  /** 1 / delta: c'_j = round((c_j - mu_j) inv). */
  inv: number;
  /** The rule's scale and offset: a row's bound is S scale - offset. */
  scale: number;
  offset: number;
}

/** The filter's constants for n rows of p values (row-major in x), or null (see Int16Bound). */
export function int16Bound(x: Float64Array, n: number, p: number): Int16Bound | null {
  const p8 = (p + 7) & ~7;
  const Q = Math.floor(Math.sqrt((2 ** 31 - 1) / p8) / 2);
  const { mu, bound } = centroidSpread(x, n, p);
  let B = 0;
  for (let j = 0; j < p; j++) B = Math.max(B, bound[j]);
  const delta = (B * (1 + 2 ** -40)) / (Q - 1);
  // All values equal (B = 0), or a spread too small or too large to scale into integers.
  if (!(delta >= 2 ** -500 && delta <= 2 ** 500)) return null;
  const eps = delta * (0.5 + Q * 2 ** -51);
  const e = 2 * eps * Math.sqrt(p) * (1 + 2 ** -20);
  const eta = 2 ** -8;
  return {
    mu,
    p8,
    inv: 1 / delta,
    scale: delta * delta * (1 - eta - 2 ** -48),
    offset: ((e * e) / eta) * (1 + 2 ** -20),
  };
}
