import { describe, expect, it } from 'vitest';
import { adjustedRandIndex } from '../../../src/core/cluster/adjustedRandIndex.ts';
import { rReference } from './fixtures.ts';

describe('adjustedRandIndex()', () => {
  for (const ds of rReference.datasets) {
    if (ds.name === 'ties14x2') continue; // complete linkage differs there (hclust.test.ts)
    it(`equals the base-R Hubert-Arabie computation for Ward vs complete/average on ${ds.name}`, () => {
      expect(adjustedRandIndex(ds.ward.cutree.k3, ds.complete.cutree.k3)).toBeCloseTo(
        ds.ariWardCompleteK3,
        12,
      );
      expect(adjustedRandIndex(ds.ward.cutree.k4, ds.average.cutree.k4)).toBeCloseTo(
        ds.ariWardAverageK4,
        12,
      );
    });
  }

  it('matches Hubert & Arabie worked value: ARI of {1,1,2,2} vs {1,2,1,2} is -0.5', () => {
    // sum C(n_ij,2) = 0, sa = sb = 2, E = 4/6, max = 2 -> (0 - 2/3) / (2 - 2/3) = -0.5
    expect(adjustedRandIndex([1, 1, 2, 2], [1, 2, 1, 2])).toBeCloseTo(-0.5, 15);
  });

  it('is 1 for the same partition under other names, including string labels', () => {
    expect(adjustedRandIndex([1, 1, 2, 3], ['b', 'b', 'a', 'c'])).toBe(1);
    expect(adjustedRandIndex([1, 2, 3], [3, 2, 1])).toBe(1);
  });

  it('refuses partitions of different lengths with a named error', () => {
    expect(() => adjustedRandIndex([1, 2], [1])).toThrow(/label 2 and 1 observations/);
  });
});
