/**
 * Spatial lag: (Wx)_i = sum_j w_ij x_j, the weighted average of the neighbours' values under
 * row-standardised weights (R spdep's `lag.listw`). A unit without neighbours gets 0.
 */
import type { SpatialWeights } from './spatialWeights.ts';

export function spatialLag(
  w: Pick<SpatialWeights, 'neighbours' | 'weights'>,
  x: ArrayLike<number>,
): number[] {
  return w.neighbours.map((row, i) => {
    let s = 0;
    const wt = w.weights[i];
    for (let t = 0; t < row.length; t++) s += wt[t] * x[row[t]];
    return s;
  });
}
