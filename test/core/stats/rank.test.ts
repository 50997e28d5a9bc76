import { describe, expect, it } from 'vitest';
import { averageRanks, minRanksDescending } from '../../../src/core/stats/rank.ts';
import { rRef } from './refs.ts';

describe('ranks with ties', () => {
  it('averageRanks() matches R rank(ties.method = "average")', () => {
    expect(averageRanks(rRef.y)).toEqual(rRef.rank_average);
  });
  it('minRanksDescending() matches R rank(-x, ties.method = "min")', () => {
    expect(Array.from(minRanksDescending(rRef.y))).toEqual(rRef.rank_min_desc);
  });
  it('minRanksDescending() ties scores that differ by floating-point noise only', () => {
    const a = (0.1 + 0.2) * 100;
    expect(Array.from(minRanksDescending([a, 30, 29]))).toEqual([1, 1, 3]);
  });
  it('minRanksDescending() writes into a given Int32Array', () => {
    const out = new Int32Array(3);
    minRanksDescending([1, 3, 2], out);
    expect(Array.from(out)).toEqual([3, 1, 2]);
  });
});
