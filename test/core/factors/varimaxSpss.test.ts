import { describe, expect, it } from 'vitest';
import { rowNorms, scaleRows } from '../../../src/core/factors/kaiserNormalisation.ts';
import { varimaxCriterion } from '../../../src/core/factors/varimaxCriterion.ts';
import { varimaxSpss } from '../../../src/core/factors/varimaxSpss.ts';
import { communalities } from '../../../src/core/factors/communalities.ts';
import { CASES, loadFixture, maxAbsDiff, maxDiffUpToOrderSign } from './fixtures.ts';

// SPSS itself could not be run here; these are the invariants of an orthogonal varimax
// rotation plus agreement with R's optimum (see test/fixtures/factors/README.md).
function matmul(a: number[][], b: number[][]): number[][] {
  return a.map((r) => b[0].map((_, c) => r.reduce((s, v, i) => s + v * b[i][c], 0)));
}
const transpose = (a: number[][]) => a[0].map((_, c) => a.map((r) => r[c]));

describe('varimaxSpss()', () => {
  it.each(CASES)('varimaxSpss() is an orthogonal rotation of the loadings on %s', (name) => {
    const { fx } = loadFixture(name);
    const res = varimaxSpss(fx.loadings);
    const k = fx.nfactors;
    const eye = Array.from({ length: k }, (_, i) =>
      Array.from({ length: k }, (_, j) => (i === j ? 1 : 0)),
    );
    expect(maxAbsDiff(matmul(transpose(res.rotmat), res.rotmat), eye)).toBeLessThan(1e-12);
    expect(maxAbsDiff(matmul(fx.loadings, res.rotmat), res.rotated)).toBeLessThan(1e-12);
    const h = communalities(res.rotated);
    expect(Math.max(...h.map((v, j) => Math.abs(v - fx.communalities[j])))).toBeLessThan(1e-12);
  });

  it.each(CASES)('varimaxSpss() run to convergence reaches R optimum on %s', (name) => {
    const { fx } = loadFixture(name);
    const res = varimaxSpss(fx.loadings, { convergence: 1e-10, maxIterations: 1000 });
    expect(res.converged).toBe(true);
    const v = varimaxCriterion(scaleRows(res.rotated, rowNorms(fx.loadings), -1));
    // At least as high as R's own stopping point, and equal to the optimum R reaches when
    // restarted until it stops moving.
    expect(v).toBeGreaterThanOrEqual(fx.criterion - 1e-8);
    expect(Math.abs(v - fx.criterion_optimum)).toBeLessThan(1e-9);
    expect(maxDiffUpToOrderSign(res.rotated, fx.varimax_optimum)).toBeLessThan(1e-4);
  });

  it('varimaxSpss() with SPSS defaults (RCONVERGE 1e-4, ITERATE 25) stops early but near the optimum', () => {
    const { fx } = loadFixture('d21x20');
    const res = varimaxSpss(fx.loadings);
    expect(res.converged).toBe(true);
    expect(res.iterations).toBeLessThanOrEqual(25);
    const v = varimaxCriterion(scaleRows(res.rotated, rowNorms(fx.loadings), -1));
    expect(fx.criterion_optimum - v).toBeLessThan(1e-4);
    expect(fx.criterion_optimum - v).toBeGreaterThanOrEqual(-1e-12);
  });

  it('varimaxSpss() orders columns by sum of squares and makes each column sum positive', () => {
    const { fx } = loadFixture('d50x10');
    const res = varimaxSpss(fx.loadings);
    const ss = [0, 1, 2].map((m) => res.rotated.reduce((s, r) => s + r[m] ** 2, 0));
    expect(ss[0]).toBeGreaterThanOrEqual(ss[1]);
    expect(ss[1]).toBeGreaterThanOrEqual(ss[2]);
    for (let m = 0; m < 3; m++)
      expect(res.rotated.reduce((s, r) => s + r[m], 0)).toBeGreaterThan(0);
  });

  it('varimaxSpss() reports non-convergence when ITERATE is too small', () => {
    const { fx } = loadFixture('d21x20');
    const res = varimaxSpss(fx.loadings, { convergence: 1e-12, maxIterations: 2 });
    expect(res.converged).toBe(false);
    expect(res.iterations).toBe(2);
  });
});
