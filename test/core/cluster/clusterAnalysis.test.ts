import { describe, expect, it } from 'vitest';
import { clusterAnalysis, clusterTree } from '../../../src/core/cluster/clusterAnalysis.ts';
import { zScoreColumns } from '../../../src/core/stats/zscore.ts';
import { maxRelativeError, rReference } from './fixtures.ts';

describe('clusterAnalysis()', () => {
  it("reproduces R hclust(dist(scale(X)), 'ward.D2') and cutree(h, 3) from raw data", () => {
    const ds = rReference.datasets[2];
    const r = clusterAnalysis(ds.x, { standardise: 'z', linkage: 'ward', k: 3 });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(r.value.tree.merge).toEqual(ds.ward.merge);
    expect(maxRelativeError(r.value.tree.height, ds.ward.height)).toBeLessThan(1e-9);
    expect(r.value.labels).toEqual(ds.ward.cutree.k3);
    expect(r.value.sumsOfSquares.between).toBeCloseTo(ds.ward.sumsOfSquaresK3.between, 9);
    expect(r.value.schedule).toHaveLength(ds.x.length - 1);
    expect(r.warnings).toEqual([]);
  });

  it('lists every observation and variable with a missing value in one named error', () => {
    const r = clusterAnalysis(
      [
        [1, 2],
        [null, 3],
        [4, NaN],
        [5, 6],
      ],
      { standardise: 'z', linkage: 'ward', k: 2, variableNames: ['P1', 'P2'] },
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues[0].code).toBe('missing-values');
    expect(r.issues[0].message).toMatch(/observation 2, observation 3; variable\(s\): P1, P2/);
  });

  it('refuses fewer than 3 observations with a named error', () => {
    const r = clusterAnalysis([[1], [2]], { standardise: 'none', linkage: 'ward', k: 1 });
    expect(r.ok ? [] : r.issues.map((i) => i.code)).toEqual(['too-few-observations']);
  });

  it('warns about a constant column and still clusters without NaN', () => {
    const r = clusterAnalysis(
      [
        [1, 7],
        [2, 7],
        [9, 7],
        [10, 7],
      ],
      { standardise: 'z', linkage: 'average', k: 2 },
    );
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(r.warnings.map((w) => w.code)).toEqual(['constant-column']);
    expect(r.value.labels).toEqual([1, 1, 2, 2]);
    expect(r.value.tree.height.every(Number.isFinite)).toBe(true);
  });

  it('refuses k larger than the number of observations', () => {
    const r = clusterAnalysis([[1], [2], [3]], { standardise: 'none', linkage: 'single', k: 4 });
    expect(r.ok ? [] : r.issues.map((i) => i.code)).toEqual(['k-out-of-range']);
  });

  it('refuses data in which every variable is constant', () => {
    const r = clusterAnalysis([[1], [1], [1]], { standardise: 'z', linkage: 'ward', k: 2 });
    expect(r.ok ? [] : r.issues.map((i) => i.code)).toEqual(['all-columns-constant']);
  });

  it("clusterTree() gives clusterAnalysis()'s tree, cut and warnings: every dataset and linkage, R's tree", () => {
    for (const ds of rReference.datasets) {
      for (const linkage of ['ward', 'complete', 'average', 'single'] as const) {
        for (const standardise of ['z', 'none'] as const) {
          const opts = { standardise, linkage, k: 3 };
          const a = clusterAnalysis(ds.x, opts);
          const t = clusterTree(ds.x, opts);
          if (!a.ok || !t.ok) throw new Error('both should succeed');
          expect(t.value.tree).toEqual(a.value.tree);
          expect(t.value.labels).toEqual(a.value.labels);
          expect(t.warnings).toEqual(a.warnings);
        }
      }
    }
    // The dataset the test above holds to R's hclust(dist(scale(X)), 'ward.D2') and cutree.
    const ds = rReference.datasets[2];
    const t = clusterTree(ds.x, { standardise: 'z', linkage: 'ward', k: 3 });
    if (!t.ok) throw new Error(JSON.stringify(t.issues));
    expect(t.value.tree.merge).toEqual(ds.ward.merge);
    expect(maxRelativeError(t.value.tree.height, ds.ward.height)).toBeLessThan(1e-9);
    expect(t.value.labels).toEqual(ds.ward.cutree.k3);
  });

  it("standardises as zScoreColumns() (R's scale()) to the bit, and refuses what clusterAnalysis() refuses", () => {
    const ds = rReference.datasets[2];
    const r = clusterAnalysis(ds.x, { standardise: 'z', linkage: 'ward', k: 3 });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(r.value.data).toEqual(zScoreColumns(ds.x).data);
    const bad = [
      [1, 2],
      [null, 3],
    ];
    const opts = { standardise: 'z' as const, linkage: 'ward' as const, k: 5 };
    const a = clusterAnalysis(bad, opts);
    const t = clusterTree(bad, opts);
    expect(t.ok).toBe(false);
    expect(t.ok ? [] : t.issues).toEqual(a.ok ? [] : a.issues);
  });
});
