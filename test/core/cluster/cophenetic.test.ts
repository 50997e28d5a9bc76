import { describe, expect, it } from 'vitest';
import { cophenetic, copheneticCorrelation } from '../../../src/core/cluster/cophenetic.ts';
import { hclust } from '../../../src/core/cluster/hclust.ts';
import { METHODS, maxRelativeError, rReference } from './fixtures.ts';

describe('cophenetic()', () => {
  for (const ds of rReference.datasets.slice(0, 3)) {
    it(`equals R as.vector(cophenetic(h)) on ${ds.name}`, () => {
      for (const method of METHODS) {
        const c = cophenetic(hclust(ds.z, method));
        expect(maxRelativeError([...c], ds[method].cophenetic)).toBeLessThan(1e-9);
      }
    });
  }
});

describe('copheneticCorrelation()', () => {
  for (const ds of rReference.datasets) {
    it(`equals R cor(cophenetic(h), dist(X)) on ${ds.name}`, () => {
      for (const method of METHODS) {
        if (ds.name === 'ties14x2' && method === 'complete') continue;
        const r = copheneticCorrelation(hclust(ds.z, method), ds.z);
        expect(r).toBeCloseTo(ds[method].copheneticCorrelation, 12);
      }
    });
  }

  it('refuses data with another number of observations than the tree', () => {
    const ds = rReference.datasets[0];
    expect(() => copheneticCorrelation(hclust(ds.z, 'ward'), ds.z.slice(1))).toThrow(
      /The tree has 16 observations, the data 15/,
    );
  });
});
