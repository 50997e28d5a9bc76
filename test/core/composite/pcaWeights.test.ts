/**
 * PCA weights per group against base R's prcomp (test/fixtures/rating/reference-pca.R): the
 * weights (12 digits) and the rating under them, with a negative loading set to 0 and named.
 */
import { describe, expect, it } from 'vitest';
import { pcaWeights } from '../../../src/core/composite/pcaWeights.ts';
import { rate } from '../../../src/core/composite/rate.ts';
import { treeIndicators } from '../../../src/core/composite/ratingTree.ts';
import { paperRatingSpec, type RatingSpec } from '../../../src/core/spec.ts';
import { referencePca, referencePcaWeights, seed004Matrix } from './fixtures.ts';

function spec(variant: string): RatingSpec {
  const base = paperRatingSpec();
  if (variant === 'ratio') return base;
  return {
    ...base,
    normalisation: 'min-max',
    groups: base.groups.map((g) => ({
      ...g,
      indicators: g.indicators.map((i) => ({
        ...i,
        direction: i.id === 'S_E' ? 'lower' : 'higher',
      })),
    })),
  };
}

describe('pcaWeights() against R prcomp', () => {
  it.each(['ratio', 'min-max-lowerE'])('%s: weights, then the rating under them', (variant) => {
    const s = spec(variant);
    const first = rate(seed004Matrix(), s);
    const { rating, issues } = pcaWeights(first.normalised, first.indicators, s);
    const want = referencePcaWeights.filter((r) => r.variant === variant);
    const got = new Map(treeIndicators(rating).map((i) => [i.id, i.weight]));
    for (const r of want) expect(got.get(r.indicator)).toBeCloseTo(Number(r.weight), 10);
    const zeroed = want.filter((r) => Number(r.weight) === 0).map((r) => r.indicator);
    expect(issues.map((i) => i.where?.indicator)).toEqual(zeroed);
    expect(issues.every((i) => i.code === 'pca-negative-loading')).toBe(true);

    const res = rate(seed004Matrix(), rating);
    for (const row of referencePca.filter((r) => r.variant === variant)) {
      const u = res.units.indexOf(row.region);
      expect(res.index[u]).toBeCloseTo(Number(row.index), 8);
      expect(res.groups[0].values[u]).toBeCloseTo(Number(row.receptivity), 8);
      expect(res.rank[u]).toBe(Number(row.rank));
    }
    // Group weights are left as they were (one level at a time, as COINr).
    expect(rating.groups.map((g) => g.weight)).toEqual(s.groups.map((g) => g.weight));
  });

  it('a group it cannot weigh keeps its weights and is named', () => {
    const s = paperRatingSpec();
    s.groups[0].indicators = s.groups[0].indicators.slice(0, 1);
    const first = rate(seed004Matrix(), s);
    const { rating, issues } = pcaWeights(first.normalised, first.indicators, s);
    expect(rating.groups[0]).toEqual(s.groups[0]);
    expect(issues.map((i) => i.code)).toEqual(['pca-few-indicators', 'pca-negative-loading']);
    expect(issues[0].params?.group).toBe('receptivity');
  });
});
