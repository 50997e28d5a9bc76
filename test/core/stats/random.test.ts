import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../../src/core/stats/random.ts';

describe('mulberry32()', () => {
  it('repeats the same stream for the same seed and differs for another seed', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const c = mulberry32(43);
    const sa = Array.from({ length: 5 }, a);
    expect(Array.from({ length: 5 }, b)).toEqual(sa);
    expect(Array.from({ length: 5 }, c)).not.toEqual(sa);
  });

  it('stays in [0, 1) with a mean near 1/2 over 100,000 draws', () => {
    const r = mulberry32(7);
    let sum = 0;
    for (let i = 0; i < 100000; i++) {
      const x = r();
      expect(x >= 0 && x < 1).toBe(true);
      sum += x;
    }
    expect(sum / 100000).toBeGreaterThan(0.495);
    expect(sum / 100000).toBeLessThan(0.505);
  });
});
