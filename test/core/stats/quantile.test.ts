import { describe, expect, it } from 'vitest';
import { quantile, quantileSorted } from '../../../src/core/stats/quantile.ts';
import { rRef } from './refs.ts';

describe('quantile()', () => {
  it('quantile() matches R quantile(type = 7) at 0, 5, 25, 50, 75, 95, 100%', () => {
    rRef.p.forEach((p, i) => expect(quantile(rRef.x, p)).toBeCloseTo(rRef.q7[i], 12));
  });
  it('quantileSorted() interpolates between order statistics', () => {
    expect(quantileSorted([10, 20], 0.25)).toBe(12.5);
    expect(quantileSorted([5], 0.95)).toBe(5);
  });
  it('quantile() of an empty sample is 0, not NaN', () => {
    expect(quantile([], 0.5)).toBe(0);
  });
});
