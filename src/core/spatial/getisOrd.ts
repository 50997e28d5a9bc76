/**
 * Getis-Ord local statistic as a z-value (Getis & Ord 1992, Geographical Analysis 24:189;
 * Ord & Getis 1995, eqs. 5-9), exactly as R spdep's `localG()` computes it. For Gi* (the
 * unit counted among its own neighbours, spdep's `include.self()`):
 *
 *   Gi* = (sum_j w_ij x_j - W_i xbar) / sqrt(s^2 (n S1_i - W_i^2) / (n - 1)),
 *   xbar = mean(x), s^2 = sum (x - xbar)^2 / n, W_i = sum_j w_ij, S1_i = sum_j w_ij^2,
 *
 * with j running over i and its neighbours. For Gi (self excluded) xbar and s^2 are taken
 * over the other n - 1 units and the denominator is (n - 1) S1_i - W_i^2 over n - 2.
 * Positive z: a hot spot (high values around the unit), negative: a cold spot.
 */
import type { SpatialWeights, WeightsStyle } from './spatialWeights.ts';

/**
 * Neighbour lists with each unit added to its own list (spdep's `include.self`), weighted
 * in `style` (W: 1 / (n_i + 1); B: 1).
 */
export function includeSelf(
  w: Pick<SpatialWeights, 'neighbours'>,
  style: WeightsStyle,
): Pick<SpatialWeights, 'neighbours' | 'weights'> {
  const neighbours = w.neighbours.map((row, i) => [...row, i].sort((a, b) => a - b));
  const weights = neighbours.map((row) => row.map(() => (style === 'W' ? 1 / row.length : 1)));
  return { neighbours, weights };
}

/**
 * z-values of Gi* (`star = true`, the weights must include the unit itself: see includeSelf)
 * or of Gi (`star = false`).
 */
export function getisOrdZ(
  w: Pick<SpatialWeights, 'neighbours' | 'weights'>,
  x: ArrayLike<number>,
  star = true,
): number[] {
  const n = x.length;
  let sum = 0;
  let sum2 = 0;
  for (let i = 0; i < n; i++) {
    sum += x[i];
    sum2 += x[i] * x[i];
  }
  const mean = sum / n;
  let ss = 0;
  for (let i = 0; i < n; i++) ss += (x[i] - mean) ** 2;
  return w.neighbours.map((row, i) => {
    const wt = w.weights[i];
    let lag = 0;
    let Wi = 0;
    let S1 = 0;
    for (let t = 0; t < row.length; t++) {
      lag += wt[t] * x[row[t]];
      Wi += wt[t];
      S1 += wt[t] * wt[t];
    }
    let xbar: number;
    let s2: number;
    let v: number;
    if (star) {
      xbar = mean;
      s2 = ss / n;
      v = (s2 * (n * S1 - Wi * Wi)) / (n - 1);
    } else {
      xbar = (sum - x[i]) / (n - 1);
      s2 = (sum2 - x[i] * x[i]) / (n - 1) - xbar * xbar;
      v = (s2 * ((n - 1) * S1 - Wi * Wi)) / (n - 2);
    }
    return (lag - Wi * xbar) / Math.sqrt(v);
  });
}
