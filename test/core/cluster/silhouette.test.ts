import { describe, expect, it } from 'vitest';
import { cutree } from '../../../src/core/cluster/cutree.ts';
import { hclust } from '../../../src/core/cluster/hclust.ts';
import { silhouette, silhouetteByK } from '../../../src/core/cluster/silhouette.ts';
import { METHODS, maxRelativeError, rReference } from './fixtures.ts';

describe('silhouette()', () => {
  for (const ds of rReference.datasets.slice(0, 3)) {
    it(`equals R cluster::silhouette(cutree(h, 3), dist(X)) on ${ds.name}`, () => {
      for (const method of METHODS) {
        const ref = ds[method].silhouetteK3;
        const s = silhouette(ds.z, ds[method].cutree.k3);
        expect(maxRelativeError(s.widths, ref.widths)).toBeLessThan(1e-9);
        expect(maxRelativeError(s.widths, ref.base)).toBeLessThan(1e-9);
        expect(s.neighbour).toEqual(ref.neighbour);
        expect(s.mean).toBeCloseTo(ref.mean, 12);
      }
    });
  }

  it('gives 0 to an observation alone in its group', () => {
    const s = silhouette([[0], [0.1], [5], [5.1], [20]], [1, 1, 2, 2, 3]);
    expect(s.widths[4]).toBe(0);
    expect(s.widths[0]).toBeGreaterThan(0.9);
  });

  it('refuses a single group with a named error instead of NaN', () => {
    expect(() => silhouette([[0], [1], [2]], [1, 1, 1])).toThrow(/needs from 2 to 2 groups/);
  });
});

describe('silhouetteByK()', () => {
  it('gives the mean width of cutree(h, k) for each k, as silhouette() does one by one', () => {
    const ds = rReference.datasets[2];
    const t = hclust(ds.z, 'ward');
    const byK = silhouetteByK(t, ds.z, 6);
    expect(byK.map((r) => r.k)).toEqual([2, 3, 4, 5, 6]);
    expect(byK[1].mean).toBeCloseTo(ds.ward.silhouetteK3.mean, 12);
    for (const r of byK) expect(r.mean).toBeCloseTo(silhouette(ds.z, cutree(t, r.k)).mean, 12);
  });
});
