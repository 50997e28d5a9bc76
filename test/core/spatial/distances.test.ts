import { describe, expect, it } from 'vitest';
import { centroids } from '../../../src/core/spatial/centroid.ts';
import { distanceBandNeighbours } from '../../../src/core/spatial/distanceBand.ts';
import { greatCircleKm } from '../../../src/core/spatial/greatCircle.ts';
import { knnNeighbours } from '../../../src/core/spatial/knn.ts';
import { indexLists, maxRelativeError, readUnits, spdep } from './fixtures.ts';

describe('centroids, great-circle distances, knn and distance bands', () => {
  for (const set of ['kz16', 'grid'] as const) {
    it(`centroids equal sf st_centroid (planar, s2 off) on ${set} within 1e-9`, () => {
      const c = centroids(readUnits(set));
      expect(maxRelativeError(c.flat(), spdep[set].centroids.flat())).toBeLessThan(1e-9);
    });

    it(`greatCircleKm equals sp spDists(longlat = TRUE) on ${set} within 1e-12`, () => {
      const c = spdep[set].centroids.slice(0, 4);
      const d = c.flatMap((p) => c.map((q) => greatCircleKm(p, q)));
      expect(maxRelativeError(d, spdep[set].gcdist)).toBeLessThan(1e-12);
    });

    // On the lattice two diagonal neighbours are exactly equally far; spdep's sort keeps the
    // later one, ours the earlier: there the distances of the k neighbours must agree.
    it(`knnNeighbours equals spdep knn2nb(knearneigh(k = ${spdep[set].knn.k}, longlat = TRUE)) on ${set}`, () => {
      const c = spdep[set].centroids;
      const ref = indexLists(spdep[set].ids, spdep[set].knn.neighbours);
      const mine = knnNeighbours(c, spdep[set].knn.k);
      if (set === 'kz16') expect(mine).toEqual(ref);
      const dists = (i: number, row: number[]) =>
        row.map((j) => greatCircleKm(c[i], c[j])).sort((a, b) => a - b);
      mine.forEach((row, i) => {
        expect(maxRelativeError(dists(i, row), dists(i, ref[i]))).toBeLessThan(1e-12);
      });
      expect(mine.filter((row, i) => row.join() !== ref[i].join()).length).toBeLessThanOrEqual(
        set === 'grid' ? 2 : 0,
      );
    });

    it(`distanceBandNeighbours equals spdep dnearneigh(0, ${spdep[set].distance.km}, longlat = TRUE) on ${set}`, () => {
      const ref = indexLists(spdep[set].ids, spdep[set].distance.neighbours);
      expect(distanceBandNeighbours(spdep[set].centroids, spdep[set].distance.km)).toEqual(ref);
    });
  }

  it('greatCircleKm is 0 for one point and about 111.2 km for one degree of latitude', () => {
    expect(greatCircleKm([70, 45], [70, 45])).toBe(0);
    expect(greatCircleKm([70, 45], [70, 46])).toBeCloseTo(111.15, 1);
  });
});
