import { describe, expect, it } from 'vitest';
import { factorAnalysis } from '../../../src/core/factors/factorAnalysis.ts';
import { FactorError } from '../../../src/core/factors/factorError.ts';
import { numberOfFactors } from '../../../src/core/factors/numberOfFactors.ts';
import { CASES, loadFixture, maxAbsDiff, maxDiffUpToOrderSign } from './fixtures.ts';

function matmul(a: number[][], b: number[][]): number[][] {
  return a.map((r) => b[0].map((_, c) => r.reduce((s, v, i) => s + v * b[i][c], 0)));
}

describe('factorAnalysis()', () => {
  it.each(CASES)("factorAnalysis(convention 'r') matches prcomp + varimax on %s", (name) => {
    const { fx, data } = loadFixture(name);
    const nf = name === 'd21x20' ? 7 : null;
    const res = factorAnalysis(
      data,
      { nfactors: nf, rotation: 'varimax', convention: 'r' },
      fx.variables,
    );
    expect(res.nfactors).toBe(fx.nfactors);
    expect(
      Math.max(...res.eigenvalues.map((v, m) => Math.abs(v - fx.eigenvalues[m]))),
    ).toBeLessThan(1e-9);
    expect(maxDiffUpToOrderSign(res.loadings, fx.loadings)).toBeLessThan(1e-9);
    expect(maxDiffUpToOrderSign(res.rotated!, fx.varimax)).toBeLessThan(1e-6);
    expect(res.iterations).toBe(fx.iterations);
    expect(
      Math.max(...res.communalities.map((h, j) => Math.abs(h - fx.communalities[j]))),
    ).toBeLessThan(1e-9);
    expect(maxAbsDiff(matmul(res.loadings, res.rotationMatrix!), res.rotated!)).toBeLessThan(1e-12);
    expect(res.issues).toEqual([]);
  });

  it.each(CASES)("factorAnalysis(convention 'spss') reaches R's optimum on %s", (name) => {
    const { fx, data } = loadFixture(name);
    const res = factorAnalysis(data, {
      nfactors: fx.nfactors,
      rotation: 'varimax',
      convention: 'spss',
      spss: { convergence: 1e-10, maxIterations: 1000 },
    });
    expect(maxDiffUpToOrderSign(res.rotated!, fx.varimax_optimum)).toBeLessThan(1e-4);
    expect(res.convention).toContain('RCONVERGE');
  });

  it('factorAnalysis() orders rotated components by variance and makes the largest loading positive', () => {
    const { data } = loadFixture('d50x10');
    for (const convention of ['r', 'spss'] as const) {
      const res = factorAnalysis(data, { nfactors: null, rotation: 'varimax', convention });
      const k = res.nfactors;
      for (let m = 1; m < k; m++)
        expect(res.rotatedExplained![m]).toBeLessThanOrEqual(res.rotatedExplained![m - 1]);
      for (const mat of [res.loadings, res.rotated!]) {
        for (let m = 0; m < k; m++) {
          const col = mat.map((r) => r[m]);
          const big = col.reduce((b, v) => (Math.abs(v) > Math.abs(b) ? v : b), 0);
          expect(big).toBeGreaterThan(0);
        }
      }
      // Rotation redistributes variance but keeps the total of the kept components.
      const total = res.rotatedExplained!.reduce((s, v) => s + v, 0);
      expect(total).toBeCloseTo(res.cumulative[k - 1], 10);
      expect(res.convention).toMatch(/largest-magnitude loading is positive/);
    }
  });

  it("factorAnalysis(rotation 'none') gives null rotated loadings and 0 iterations", () => {
    const { data } = loadFixture('d30x6');
    const res = factorAnalysis(data, { nfactors: 3, rotation: 'none', convention: 'r' });
    expect(res.rotated).toBeNull();
    expect(res.rotatedExplained).toBeNull();
    expect(res.iterations).toBe(0);
    expect(res.loadings[0]).toHaveLength(3);
    expect(res.eigenvalues).toHaveLength(6);
  });

  it('factorAnalysis() warns instead of rotating a single component', () => {
    const { data } = loadFixture('d30x6');
    const res = factorAnalysis(data, { nfactors: 1, rotation: 'varimax', convention: 'spss' });
    expect(res.rotated).toEqual(res.loadings);
    expect(res.issues.map((i) => i.code)).toContain('single-factor-not-rotated');
  });

  it('factorAnalysis() throws a named error for nfactors outside 1..p', () => {
    const { data } = loadFixture('d30x6');
    for (const nf of [0, 7, 2.5]) {
      try {
        factorAnalysis(data, { nfactors: nf, rotation: 'varimax', convention: 'r' });
        expect.unreachable();
      } catch (e) {
        expect(e).toBeInstanceOf(FactorError);
        expect((e as FactorError).code).toBe('nfactors-out-of-range');
      }
    }
  });

  it('factorAnalysis() warns when there are no more observations than variables', () => {
    const { data } = loadFixture('d21x20');
    const res = factorAnalysis(data.slice(0, 15), {
      nfactors: 3,
      rotation: 'varimax',
      convention: 'r',
    });
    expect(res.issues.map((i) => i.code)).toContain('fewer-observations-than-variables');
    expect(res.eigenvalues.slice(14).every((v) => Math.abs(v) < 1e-9)).toBe(true);
    expect(res.rotated!.flat().every(Number.isFinite)).toBe(true);
  });
});

describe('numberOfFactors()', () => {
  it('numberOfFactors() keeps eigenvalues above 1 (Kaiser) and at least one', () => {
    expect(numberOfFactors([2.5, 1.2, 1, 0.3], null)).toBe(2);
    expect(numberOfFactors([1, 1, 1], null)).toBe(1);
    expect(numberOfFactors([2.5, 1.2, 1, 0.3], 4)).toBe(4);
  });
});
