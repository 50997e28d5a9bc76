/**
 * Distance-band neighbours: every other unit whose centroid lies within `km` kilometres
 * (great-circle), as R spdep's `dnearneigh(coords, 0, km, longlat = TRUE)` (bounds: d > 0
 * and d <= km). Symmetric by construction.
 */
import { greatCircleKm } from './greatCircle.ts';

export function distanceBandNeighbours(
  points: ReadonlyArray<ArrayLike<number>>,
  km: number,
): number[][] {
  if (!(km > 0)) throw new RangeError(`The distance band must be positive; got ${km}.`);
  const n = points.length;
  const nb: number[][] = Array.from({ length: n }, () => []);
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const d = greatCircleKm(points[i], points[j]);
      if (d > 0 && d <= km) {
        nb[i].push(j);
        nb[j].push(i);
      }
    }
  }
  return nb;
}

/** The smallest band that leaves no unit without a neighbour: the largest nearest-neighbour distance. */
export function minimumConnectingBand(points: ReadonlyArray<ArrayLike<number>>): number {
  let worst = 0;
  for (let i = 0; i < points.length; i++) {
    let best = Infinity;
    for (let j = 0; j < points.length; j++)
      if (j !== i) best = Math.min(best, greatCircleKm(points[i], points[j]));
    if (best > worst && Number.isFinite(best)) worst = best;
  }
  return worst;
}
