import { describe, expect, it } from 'vitest';
import { cutHeight, cutree } from '../../../src/core/cluster/cutree.ts';
import { hclust } from '../../../src/core/cluster/hclust.ts';
import { METHODS, rReference } from './fixtures.ts';

describe('cutree()', () => {
  for (const ds of rReference.datasets) {
    for (const method of METHODS) {
      if (ds.name === 'ties14x2' && method === 'complete') continue; // tree differs, hclust.test.ts
      it(`numbers groups as R cutree(${method}, k) on ${ds.name}, k = 2..5`, () => {
        const t = hclust(ds.z, method);
        for (const k of [2, 3, 4, 5]) expect(cutree(t, k)).toEqual(ds[method].cutree[`k${k}`]);
      });
    }
  }

  it('puts every observation alone at k = n and together at k = 1', () => {
    const t = hclust(rReference.datasets[0].z, 'ward');
    expect(cutree(t, t.n)).toEqual(Array.from({ length: t.n }, (_, i) => i + 1));
    expect(new Set(cutree(t, 1))).toEqual(new Set([1]));
  });

  it('refuses k outside 1..n with a named error', () => {
    const t = hclust(rReference.datasets[0].z, 'ward');
    expect(() => cutree(t, 0)).toThrow(/k must be a whole number/);
    expect(() => cutree(t, t.n + 1)).toThrow(/k must be a whole number/);
  });
});

describe('cutHeight()', () => {
  for (const ds of rReference.datasets.slice(0, 3)) {
    it(`equals R cutree(tree, h) midway between height[n - 4] and height[n - 3] on ${ds.name}`, () => {
      for (const method of METHODS) {
        const t = hclust(ds.z, method);
        expect(cutHeight(t, ds[method].cutHeight.h)).toEqual(ds[method].cutHeight.labels);
      }
    });
  }
});
