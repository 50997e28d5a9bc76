import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { kurtosis, passesSkewKurt, skewness } from '../../../src/core/coin/treat/skewKurt.ts';
import { treatColumn } from '../../../src/core/coin/treat/treatColumn.ts';
import { winsorise } from '../../../src/core/coin/treat/winsorise.ts';
import { boxCox } from '../../../src/core/coin/treat/boxCox.ts';

interface Case {
  name: string;
  x: number[];
  winmax: number;
  skew: number;
  kurt: number;
  method: 'none' | 'winsorise' | 'log_CT';
  treated: number[];
}
const cases = JSON.parse(
  readFileSync(new URL('../../fixtures/coinr/treatment.json', import.meta.url), 'utf8'),
) as Case[];

describe("COINr's outlier treatment on COINr's documented examples (SciPy reference)", () => {
  for (const c of cases) {
    it(`${c.name}: skew ${c.skew.toFixed(3)}, kurtosis ${c.kurt.toFixed(3)}, treated by ${c.method}`, () => {
      expect(skewness(c.x)).toBeCloseTo(c.skew, 10);
      expect(kurtosis(c.x)).toBeCloseTo(c.kurt, 10);
      const t = treatColumn(c.x, { method: 'default', winmax: c.winmax });
      t.x.forEach((v, i) => expect(v).toBeCloseTo(c.treated[i], 10));
      const marked = t.marks.filter((m) => m !== '').length;
      const changed = c.treated.filter((v, i) => v !== c.x[i]).length;
      if (c.method === 'log_CT') expect(marked).toBe(c.x.length);
      else expect(marked).toBe(changed);
    });
  }
  it('the vignette example: one point (100) becomes 30 and the vector then passes', () => {
    const x = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 30, 100];
    expect(passesSkewKurt(x)).toBe(false);
    const w = winsorise(x, 2);
    expect(w.x[11]).toBe(30);
    expect(w.marks[11]).toBe('winhi');
    expect(w.passed).toBe(true);
  });
  it('test-treat.R: forced winsorisation up to winmax 3 marks 3 points', () => {
    const x = [...Array.from({ length: 20 }, (_, i) => i + 1), 100, 200];
    const w = winsorise(x, 3, 2, 3.5, true);
    expect(w.marks.filter((m) => m !== '')).toHaveLength(3);
  });
  it('Box-Cox shifts the minimum to 1 then applies (x^l - 1) / l, ln at l = 0', () => {
    expect(Array.from(boxCox([0, 3], 0.5))).toEqual([0, (2 - 1) / 0.5]);
    expect(boxCox([5, 5 + Math.E - 1], 0)[1]).toBeCloseTo(1, 12);
  });
});
