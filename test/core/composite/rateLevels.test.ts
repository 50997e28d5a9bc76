/**
 * A different aggregation at each level (issue 9 item 5) against base R
 * (test/fixtures/rating/reference-levels.R): harmonic, generalised (p = 3 and -1), geometric,
 * arithmetic and Copeland at the groups' and the index's level.
 */
import { describe, expect, it } from 'vitest';
import { rate } from '../../../src/core/composite/rate.ts';
import { sensitivity } from '../../../src/core/sensitivity/sensitivity.ts';
import { paperRatingSpec, type Aggregation, type RatingSpec } from '../../../src/core/spec.ts';
import { referenceLevels, seed004Matrix } from './fixtures.ts';

const W: Record<string, number> = { S_D: 2, S_F: 1, S_E: 1, S_A: 1, S_B: 1, S_C: 3 };

function spec(variant: string): RatingSpec {
  const [groups, index] = variant.split('/');
  const m = /^generalised(-?\d+)$/.exec(groups);
  const base = paperRatingSpec();
  return {
    ...base,
    normalisation: 'min-max',
    range: [1, 100],
    aggregation: 'arithmetic',
    levels: [index as Aggregation, (m ? 'generalised' : groups) as Aggregation],
    ...(m ? { power: Number(m[1]) } : {}),
    groups: base.groups.map((g, gi) => ({
      ...g,
      weight: gi === 0 ? 0.6 : 0.4,
      indicators: g.indicators.map((i) => ({
        ...i,
        weight: W[i.id],
        direction: i.id === 'S_E' ? 'lower' : 'higher',
      })),
    })),
  };
}

const variants = [...new Set(referenceLevels.map((r) => r.variant))];

describe('aggregation per level against base R', () => {
  it('covers five pairs', () => expect(variants).toHaveLength(5));
  it.each(variants)('%s: groups, index (8 decimals) and ranks', (variant) => {
    const res = rate(seed004Matrix(), spec(variant));
    for (const row of referenceLevels.filter((r) => r.variant === variant)) {
      const u = res.units.indexOf(row.region);
      expect(res.groups[0].values[u], row.region).toBeCloseTo(Number(row.receptivity), 8);
      expect(res.groups[1].values[u], row.region).toBeCloseTo(Number(row.activity), 8);
      expect(res.index[u], row.region).toBeCloseTo(Number(row.index), 8);
      expect(res.rank[u], row.region).toBe(Number(row.rank));
    }
    // A 1-100 range is off the paper's scale: quintiles of rank.
    expect(res.classes[0].startsWith('Q')).toBe(true);
  });

  it('Copeland alone moves the index off 0-100: quintiles even on the default range', () => {
    const s = { ...spec('arithmetic/copeland') };
    delete s.range;
    expect(rate(seed004Matrix(), s).classes.every((c) => /^Q[1-5]$/.test(c))).toBe(true);
    const plain = { ...spec('arithmetic/arithmetic') };
    delete plain.range;
    expect(rate(seed004Matrix(), plain).classes.some((c) => /^Q/.test(c))).toBe(false);
  });

  it('the Monte Carlo uses the same per-level methods (noise 0 keeps the nominal ranks)', () => {
    const s = spec('copeland/arithmetic');
    const nominal = rate(seed004Matrix(), s);
    const mc = sensitivity(seed004Matrix(), s, { runs: 5, mode: 'uniform', noise: 0, seed: 1 });
    for (const u of mc.units) expect(u.median).toBe(nominal.rank[nominal.units.indexOf(u.unit)]);
  });
});
