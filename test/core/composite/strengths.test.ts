/**
 * Strengths and weaknesses against base R (test/fixtures/rating/reference-strengths.R): every
 * region's n best and n worst indicators by rank, n = 2 and 3, on seed 004's 2010 values.
 */
import { describe, expect, it } from 'vitest';
import { rate } from '../../../src/core/composite/rate.ts';
import { strengthsWeaknesses } from '../../../src/core/composite/strengths.ts';
import { paperRatingSpec, type RatingSpec } from '../../../src/core/spec.ts';
import { referenceStrengths, seed004Matrix } from './fixtures.ts';

const spec: RatingSpec = (() => {
  const base = paperRatingSpec();
  return {
    ...base,
    groups: base.groups.map((g) => ({
      ...g,
      indicators: g.indicators.map((i) => ({
        ...i,
        direction: i.id === 'S_E' ? 'lower' : 'higher',
      })),
    })),
  };
})();

describe('strengthsWeaknesses() against base R', () => {
  const res = rate(seed004Matrix(), spec);
  it.each([2, 3])('n = %i: every region', (n) => {
    const rows = referenceStrengths.filter((r) => Number(r.n) === n);
    expect(rows).toHaveLength(16 * 2 * n);
    for (const region of res.units) {
      const u = res.units.indexOf(region);
      const got = strengthsWeaknesses(res.normalised, res.indicators, u, n);
      const want = (kind: string) =>
        rows
          .filter((r) => r.region === region && r.kind === kind)
          .map((r) => ({ indicator: r.indicator, rank: Number(r.rank) }));
      const pick = (l: typeof got.strengths) =>
        l.map((x) => ({ indicator: x.indicator, rank: x.rank }));
      expect(pick(got.strengths), region).toEqual(want('strength'));
      expect(pick(got.weaknesses), region).toEqual(want('weakness'));
      expect(got.strengths.every((x) => x.of === 16)).toBe(true);
    }
  });

  it('leaves out missing values and never lists an indicator twice', () => {
    const normalised = [
      [10, null, 3],
      [5, 7, 1],
      [1, 2, null],
    ];
    const got = strengthsWeaknesses(normalised, ['a', 'b', 'c'], 0, 3);
    expect(got.strengths.map((x) => [x.indicator, x.rank, x.of])).toEqual([['a', 1, 3]]);
    expect(got.weaknesses.map((x) => [x.indicator, x.rank, x.of])).toEqual([['c', 1, 2]]);
  });
});
