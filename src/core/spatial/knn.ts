/**
 * k nearest neighbours on centroids by great-circle distance, as R spdep's
 * `knearneigh(coords, k, longlat = TRUE)` then `knn2nb()`: each unit's k closest other
 * units (ties: the lower index first). The relation is not symmetric; `symmetric = true`
 * adds the reverse links (spdep's `make.sym.nb`).
 */
import { greatCircleKm } from './greatCircle.ts';
import { symmetrise } from './spatialWeights.ts';

export function knnNeighbours(
  points: ReadonlyArray<ArrayLike<number>>,
  k: number,
  symmetric = false,
): number[][] {
  const n = points.length;
  if (!Number.isInteger(k) || k < 1 || k >= n) {
    throw new RangeError(`k must be a whole number from 1 to ${n - 1}; got ${k}.`);
  }
  const d = new Float64Array(n);
  const idx: number[] = new Array(n);
  const nb: number[][] = [];
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      d[j] = j === i ? Infinity : greatCircleKm(points[i], points[j]);
      idx[j] = j;
    }
    idx.sort((a, b) => d[a] - d[b] || a - b);
    nb.push(idx.slice(0, k).sort((a, b) => a - b));
  }
  return symmetric ? symmetrise(nb) : nb;
}
