import { describe, expect, it } from 'vitest';
import { ClusterError } from '../../../src/core/cluster/clusterError.ts';
import { MAX_MATRIX_OBSERVATIONS } from '../../../src/core/cluster/distance.ts';
import { hclust } from '../../../src/core/cluster/hclust.ts';
import { zScoreColumns } from '../../../src/core/stats/zscore.ts';
import { METHODS, maxRelativeError, rReference, scipyReference } from './fixtures.ts';

describe('hclust()', () => {
  it('merges the closest pair first', () => {
    const t = hclust([[0], [10], [1], [30]], 'ward');
    expect(t.merge[0]).toEqual([-1, -3]);
    expect(t.height[0]).toBe(1);
  });

  // Known tie difference (README.md): on the integer grid complete linkage meets pairs at
  // distance 1 in another order than R's global scan, so the tree differs; heights agree.
  const tieDifference = (name: string, method: string) =>
    name === 'ties14x2' && method === 'complete';
  for (const ds of rReference.datasets) {
    for (const method of METHODS) {
      const ref = ds[method];
      it(`equals R ${ref.call} on ${ds.name}: merges, order, heights within 1e-9`, () => {
        const data = ds.standardise === 'z' ? zScoreColumns(ds.x).data : ds.x;
        const t = hclust(data, method);
        expect(t.n).toBe(ds.x.length);
        expect(maxRelativeError(t.height, ref.height)).toBeLessThan(1e-9);
        if (tieDifference(ds.name, method)) {
          expect(t.merge).not.toEqual(ref.merge);
          return;
        }
        expect(t.merge).toEqual(ref.merge);
        expect(t.order).toEqual(ref.order);
      });
    }
  }

  for (const ds of scipyReference.datasets) {
    const z = rReference.datasets.find((d) => d.name === ds.name)!.z;
    for (const method of METHODS) {
      // SciPy breaks the grid's ties differently from R (README.md); R is the reference there.
      if (ds.name === 'ties14x2' && (method === 'complete' || method === 'average')) continue;
      it(`gives SciPy's linkage(z, '${method}') heights on ${ds.name}`, () => {
        const t = hclust(z, method);
        expect(maxRelativeError(t.height, ds[method].height)).toBeLessThan(1e-9);
      });
    }
  }

  it('keeps heights non-decreasing and lists every observation once in order', () => {
    const ds = rReference.datasets[2];
    for (const method of METHODS) {
      const t = hclust(ds.z, method);
      for (let i = 1; i < t.height.length; i++) {
        expect(t.height[i]).toBeGreaterThanOrEqual(t.height[i - 1]);
      }
      expect([...t.order].sort((a, b) => a - b)).toEqual(ds.z.map((_, i) => i + 1));
    }
  });

  it('refuses a matrix linkage above the documented size with a named error', () => {
    const big = Array.from({ length: MAX_MATRIX_OBSERVATIONS + 1 }, (_, i) => [i]);
    expect(() => hclust(big, 'complete')).toThrow(ClusterError);
    try {
      hclust(big, 'average');
    } catch (e) {
      expect((e as ClusterError).code).toBe('too-many-observations');
    }
  });

  it('runs Ward beyond that size without a distance matrix', () => {
    const n = MAX_MATRIX_OBSERVATIONS + 1;
    const t = hclust(
      Array.from({ length: n }, (_, i) => [i % 97, Math.floor(i / 97)]),
      'ward',
    );
    expect(t.merge).toHaveLength(n - 1);
  });

  it('names non-finite input instead of returning NaN heights', () => {
    expect(() => hclust([[1], [NaN], [3]], 'ward')).toThrow(/not a finite number/);
  });
});
