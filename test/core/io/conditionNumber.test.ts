/**
 * Near-singular input-output tables (issue 16): column sums a hair below 1 pass every check and
 * gave output multipliers of 2.5e10 with no warning. Reference: numpy.linalg.cond(I - A, 1) and
 * numpy.linalg.inv (test/fixtures/io/make_near_singular.py -> condition.json).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  IO_CONDITION_LIMIT,
  ioMultipliers,
  leontiefConditionNumber,
  leontiefInverse,
} from '../../../src/core/io/index.ts';

interface Case {
  A: number[][];
  cond1: number;
  output: number[];
}
const ref = JSON.parse(
  readFileSync(fileURLToPath(new URL('../../fixtures/io/condition.json', import.meta.url)), 'utf8'),
) as Record<'near_singular' | 'two_sector' | 'three_sector', Case>;

describe('condition number of I - A', () => {
  it.each(['two_sector', 'three_sector'] as const)(
    'leontiefConditionNumber() of the %s table equals numpy.linalg.cond(I - A, 1) to 12 digits, no warning',
    (name) => {
      const { A, cond1 } = ref[name];
      const k = leontiefConditionNumber(A, leontiefInverse(A));
      expect(Math.abs(k - cond1) / cond1).toBeLessThan(1e-12);
      const r = ioMultipliers({ a: A });
      expect(r.warnings).toEqual([]);
      expect(r.condition).toBeLessThan(IO_CONDITION_LIMIT);
    },
  );

  it('a near-singular table (column sums 1 - 4e-11) warns: ill-conditioned, kappa ~ 2.5e10 as numpy', () => {
    const { A, cond1, output } = ref.near_singular;
    const r = ioMultipliers({ a: A });
    // The inverse itself is only good to about kappa * eps ~ 1e-5 relative: compare to 4 digits.
    expect(Math.abs(r.condition - cond1) / cond1).toBeLessThan(1e-4);
    expect(Math.abs(r.output[0] - output[0]) / output[0]).toBeLessThan(1e-4);
    expect(r.output[0]).toBeGreaterThan(1e10);
    expect(r.warnings.map((w) => [w.code, w.severity])).toEqual([['ill-conditioned', 'warning']]);
    expect(r.warnings[0].message).toContain('2.5e+10');
  });
});
