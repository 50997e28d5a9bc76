import { describe, expect, it } from 'vitest';
import { correlationMatrix } from '../../../src/core/factors/correlationMatrix.ts';
import { principalComponents } from '../../../src/core/factors/principalComponents.ts';
import { componentLoadings } from '../../../src/core/factors/loadings.ts';
import { CASES, loadFixture, maxDiffUpToOrderSign } from './fixtures.ts';

describe('principalComponents()', () => {
  it.each(CASES)(
    'principalComponents() gives prcomp(scale. = TRUE) sdev^2 on %s within 1e-9',
    (name) => {
      const { fx, data } = loadFixture(name);
      const { r, p } = correlationMatrix(data);
      const pc = principalComponents(r, p);
      expect(pc.eigenvalues).toHaveLength(p);
      const worst = Math.max(...pc.eigenvalues.map((v, m) => Math.abs(v - fx.eigenvalues[m])));
      expect(worst).toBeLessThan(1e-9);
      for (let m = 1; m < p; m++)
        expect(pc.eigenvalues[m]).toBeLessThanOrEqual(pc.eigenvalues[m - 1]);
    },
  );

  it.each(CASES)(
    'componentLoadings() equal R rotation %%*%% diag(sdev) on %s up to sign',
    (name) => {
      const { fx, data } = loadFixture(name);
      const { r, p } = correlationMatrix(data);
      const pc = principalComponents(r, p);
      const l = componentLoadings(pc.vectors, pc.eigenvalues, fx.nfactors);
      expect(maxDiffUpToOrderSign(l, fx.loadings)).toBeLessThan(1e-9);
    },
  );

  it('principalComponents() explained and cumulative variance are % of p and reach 100', () => {
    const { data } = loadFixture('d30x6');
    const { r, p } = correlationMatrix(data);
    const pc = principalComponents(r, p);
    pc.explained.forEach((e, m) => expect(e).toBeCloseTo((pc.eigenvalues[m] / 6) * 100, 10));
    expect(pc.cumulative[p - 1]).toBeCloseTo(100, 10);
    expect(pc.cumulative[1]).toBeCloseTo(pc.explained[0] + pc.explained[1], 12);
  });
});
