import { describe, expect, it } from 'vitest';
import { agglomerationSchedule } from '../../../src/core/cluster/agglomerationSchedule.ts';
import { hclust } from '../../../src/core/cluster/hclust.ts';
import { METHODS, maxRelativeError, rReference } from './fixtures.ts';

describe('agglomerationSchedule()', () => {
  for (const ds of rReference.datasets.slice(0, 3)) {
    it(`gives as coefficient R's within-cluster SS of cutree(h, n - stage) on ${ds.name}`, () => {
      for (const method of METHODS) {
        const s = agglomerationSchedule(hclust(ds.z, method), ds.z);
        expect(
          maxRelativeError(
            s.map((r) => r.coefficient),
            ds[method].wssByStage,
          ),
        ).toBeLessThan(1e-9);
        expect(s.map((r) => r.height)).toEqual(hclust(ds.z, method).height);
      }
    });
  }

  it('equals the cumulative sum of height^2 / 2 for Ward (SPSS coefficient)', () => {
    const ds = rReference.datasets[1];
    const s = agglomerationSchedule(hclust(ds.z, 'ward'), ds.z);
    let cum = 0;
    for (const r of s) {
      cum += (r.height * r.height) / 2;
      expect(r.coefficient).toBeCloseTo(cum, 9);
    }
  });

  it('names clusters by smallest member and links stages as SPSS does', () => {
    // 1-D: 0, 1, 10, 11, 30. Ward: (1,2), (3,4), (1,3), (1,5).
    const x = [[0], [1], [10], [11], [30]];
    const s = agglomerationSchedule(hclust(x, 'ward'), x);
    expect(s.map((r) => [r.cluster1, r.cluster2])).toEqual([
      [1, 2],
      [3, 4],
      [1, 3],
      [1, 5],
    ]);
    expect(s.map((r) => [r.firstAppears1, r.firstAppears2, r.nextStage])).toEqual([
      [0, 0, 3],
      [0, 0, 3],
      [1, 2, 4],
      [3, 0, 0],
    ]);
  });
});
