import { describe, expect, it } from 'vitest';
import { sumsOfSquares } from '../../../src/core/cluster/sumsOfSquares.ts';
import { METHODS, maxRelativeError, rReference } from './fixtures.ts';

describe('sumsOfSquares()', () => {
  for (const ds of rReference.datasets.slice(0, 3)) {
    it(`equals base-R within/between/total sums of squares for cutree(h, 3) on ${ds.name}`, () => {
      for (const method of METHODS) {
        const ref = ds[method].sumsOfSquaresK3;
        const s = sumsOfSquares(ds.z, ds[method].cutree.k3);
        expect(s.groups).toEqual([1, 2, 3]);
        expect(maxRelativeError(s.within, ref.within)).toBeLessThan(1e-10);
        expect(s.withinTotal).toBeCloseTo(ref.withinTotal, 9);
        expect(s.between).toBeCloseTo(ref.between, 9);
        expect(s.total).toBeCloseTo(ref.total, 9);
        expect(s.withinTotal + s.between).toBeCloseTo(s.total, 9);
      }
    });
  }

  it('gives TSS = (n - 1) p for z-scored data (each column has variance 1)', () => {
    const ds = rReference.datasets[0];
    const s = sumsOfSquares(ds.z, ds.ward.cutree.k2);
    expect(s.total).toBeCloseTo((ds.z.length - 1) * ds.z[0].length, 10);
  });
});
