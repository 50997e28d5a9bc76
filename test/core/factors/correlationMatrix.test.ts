import { describe, expect, it } from 'vitest';
import { correlationMatrix } from '../../../src/core/factors/correlationMatrix.ts';
import { FactorError } from '../../../src/core/factors/factorError.ts';
import { CASES, loadFixture } from './fixtures.ts';

describe('correlationMatrix()', () => {
  it.each(CASES)('correlationMatrix() equals R cor() on %s within 1e-12', (name) => {
    const { fx, data } = loadFixture(name);
    const { r, p } = correlationMatrix(data, fx.variables);
    let worst = 0;
    for (let j = 0; j < p; j++)
      for (let k = 0; k < p; k++)
        worst = Math.max(worst, Math.abs(r[j * p + k] - fx.correlation[j][k]));
    expect(worst).toBeLessThan(1e-12);
  });

  it('correlationMatrix() names every constant column', () => {
    const data = [
      [1, 5, 2, 7],
      [2, 5, 3, 7],
      [4, 5, 1, 7],
    ];
    try {
      correlationMatrix(data, ['a', 'flat', 'c', 'also flat']);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(FactorError);
      const err = e as FactorError;
      expect(err.code).toBe('constant-column');
      expect(err.message).toContain('flat, also flat');
      expect(err.issues.map((i) => i.where?.column)).toEqual(['flat', 'also flat']);
    }
  });

  it('correlationMatrix() lists every missing value with its row and column', () => {
    const data = [
      [1, 2],
      [null, 3],
      [4, Number.NaN],
      [5, 1],
    ];
    try {
      correlationMatrix(data, ['x', 'y']);
      expect.unreachable();
    } catch (e) {
      const err = e as FactorError;
      expect(err.code).toBe('missing-values');
      expect(err.issues.map((i) => [i.where?.row, i.where?.column])).toEqual([
        [2, 'x'],
        [3, 'y'],
      ]);
    }
  });

  it('correlationMatrix() refuses fewer than 3 observations', () => {
    expect(() =>
      correlationMatrix([
        [1, 2],
        [3, 1],
      ]),
    ).toThrow(/at least 3 observations/);
  });
});
