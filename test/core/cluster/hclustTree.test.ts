import { describe, expect, it } from 'vitest';
import { leafOrder, toHclustTree } from '../../../src/core/cluster/hclustTree.ts';
import { rReference } from './fixtures.ts';

describe('toHclustTree()', () => {
  it('sorts merges by height and relabels them as R does (singleton first, clusters by step)', () => {
    // Found in chain order: {3,4} at 2, {0,1} at 1, {0,1}+{3,4} at 5, then + obs 2 at 6.
    const t = toHclustTree(5, [
      { a: 3, b: 4, height: 2 },
      { a: 0, b: 1, height: 1 },
      { a: 0, b: 3, height: 5 },
      { a: 0, b: 2, height: 6 },
    ]);
    expect(t.merge).toEqual([
      [-1, -2],
      [-4, -5],
      [1, 2],
      [-3, 3],
    ]);
    expect(t.height).toEqual([1, 2, 5, 6]);
    expect(t.order).toEqual([3, 1, 2, 4, 5]);
  });

  it('puts equal-height merges in order of their smaller representative, as R scans', () => {
    const t = toHclustTree(4, [
      { a: 2, b: 3, height: 1 },
      { a: 0, b: 1, height: 1 },
      { a: 0, b: 2, height: 3 },
    ]);
    expect(t.merge.slice(0, 2)).toEqual([
      [-1, -2],
      [-3, -4],
    ]);
  });
});

describe('leafOrder()', () => {
  it("reproduces R's order from R's merge matrix for every fixture tree", () => {
    for (const ds of rReference.datasets) {
      for (const m of ['ward', 'complete', 'average', 'single'] as const) {
        expect(leafOrder(ds[m].merge, ds.x.length)).toEqual(ds[m].order);
      }
    }
  });
});
