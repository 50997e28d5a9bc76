import { describe, expect, it } from 'vitest';
import { varimaxR } from '../../../src/core/factors/varimaxR.ts';
import { CASES, loadFixture, maxAbsDiff } from './fixtures.ts';

describe('varimaxR()', () => {
  it.each(CASES)('varimaxR() reproduces R varimax(normalize = TRUE) on %s within 1e-6', (name) => {
    const { fx } = loadFixture(name);
    const res = varimaxR(fx.loadings);
    // Same algorithm on the same input: same column order and signs, not just up to them.
    expect(maxAbsDiff(res.rotated, fx.varimax)).toBeLessThan(1e-6);
    expect(maxAbsDiff(res.rotmat, fx.rotmat)).toBeLessThan(1e-6);
    expect(res.iterations).toBe(fx.iterations);
    expect(res.converged).toBe(true);
  });

  it('varimaxR() returns a single column unchanged with 0 iterations, as R does', () => {
    const x = [[0.9], [0.8], [-0.7]];
    const res = varimaxR(x);
    expect(res.rotated).toEqual(x);
    expect(res.rotmat).toEqual([[1]]);
    expect(res.iterations).toBe(0);
  });
});
