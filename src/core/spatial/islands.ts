/**
 * Units without a neighbour ("islands": Caspian islands, a unit cut off by a missing
 * neighbour, a far city under a short distance band). Spatial statistics are undefined for
 * them (their lag is 0), so the user chooses: leave them out of the analysis, or join each
 * to its nearest unit by centroid distance (both ways, so the weights stay symmetric).
 */
import { greatCircleKm } from './greatCircle.ts';
import { islandIndices } from './spatialWeights.ts';

export type IslandPolicy = 'drop' | 'nearest';

/** Joins every island to its nearest other unit (great-circle between centroids), both ways. */
export function joinIslandsToNearest(
  neighbours: ReadonlyArray<readonly number[]>,
  points: ReadonlyArray<ArrayLike<number>>,
): number[][] {
  const nb = neighbours.map((row) => [...row]);
  for (const i of islandIndices({ neighbours })) {
    let best = -1;
    let bestD = Infinity;
    for (let j = 0; j < points.length; j++) {
      if (j === i) continue;
      const d = greatCircleKm(points[i], points[j]);
      if (d < bestD) {
        bestD = d;
        best = j;
      }
    }
    if (best < 0) continue;
    if (!nb[i].includes(best)) nb[i].push(best);
    if (!nb[best].includes(i)) nb[best].push(i);
  }
  for (const row of nb) row.sort((a, b) => a - b);
  return nb;
}
