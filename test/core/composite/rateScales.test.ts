/**
 * The rating's scales (issue 9 item 4) against base R (test/fixtures/rating/reference-scales.R):
 * min-max to any range, goalposts with truncation, and classes that follow the scale (the
 * paper's bands on 0-100, quintiles of rank otherwise).
 */
import { describe, expect, it } from 'vitest';
import { rate } from '../../../src/core/composite/rate.ts';
import { paperRatingSpec, type RatingSpec } from '../../../src/core/spec.ts';
import { referenceGoalposts, referenceScales, seed004Matrix } from './fixtures.ts';

const LOWER = 'S_E';

function spec(variant: string): RatingSpec {
  const base = paperRatingSpec();
  const goal = variant.startsWith('goalposts');
  const r: RatingSpec = {
    ...base,
    normalisation: variant.startsWith('min-max') ? 'min-max' : goal ? 'goalposts' : 'z-score',
    aggregation: variant.endsWith('geometric') ? 'geometric' : 'arithmetic',
    groups: base.groups.map((g) => ({
      ...g,
      indicators: g.indicators.map((i) => ({
        ...i,
        direction: i.id === LOWER ? 'lower' : 'higher',
        ...(goal ? { goalposts: referenceGoalposts[i.id] } : {}),
      })),
    })),
  };
  if (variant.includes('1-100')) r.range = [1, 100];
  if (variant.includes('0-10')) r.range = [0, 10];
  return r;
}

const variants = [...new Set(referenceScales.map((r) => r.variant))];

describe('rating scales against base R', () => {
  it('has every variant of the fixture', () => {
    expect(variants).toEqual([
      'min-max-1-100-geometric',
      'min-max-0-10',
      'goalposts',
      'goalposts-1-100-geometric',
      'z-score',
    ]);
  });

  it.each(variants)('%s: sub-indices, index (10 digits), ranks and classes', (variant) => {
    const res = rate(seed004Matrix(), spec(variant));
    const rows = referenceScales.filter((r) => r.variant === variant);
    expect(rows).toHaveLength(res.units.length);
    for (const row of rows) {
      const u = res.units.indexOf(row.region);
      expect(u, row.region).toBeGreaterThanOrEqual(0);
      const g = (id: string) => res.groups.find((x) => x.id === id)!.values[u];
      expect(g('receptivity')).toBeCloseTo(Number(row.receptivity), 8);
      expect(g('activity')).toBeCloseTo(Number(row.activity), 8);
      expect(res.index[u]).toBeCloseTo(Number(row.index), 8);
      expect(res.rank[u]).toBe(Number(row.rank));
      expect(res.classes[u]).toBe(row.class);
    }
    const quintiles = rows[0].class.startsWith('Q');
    expect(res.issues.some((i) => i.code === 'quantile-classes')).toBe(quintiles);
    expect(res.issues.filter((i) => i.severity === 'error')).toEqual([]);
  });

  it('goalposts: values beyond them are named once per indicator', () => {
    const res = rate(seed004Matrix(), spec('goalposts'));
    const beyond = res.issues.filter((i) => i.code === 'beyond-goalposts');
    expect(beyond.map((i) => i.where?.indicator).sort()).toEqual(
      ['S_A', 'S_B', 'S_C', 'S_D', 'S_E', 'S_F'].sort(),
    );
    // 16 regions, goalposts at the 10th and 90th percentiles: 2 below and 2 above each.
    for (const i of beyond) expect(i.params?.count).toBe(4);
  });

  it('goalposts missing or reversed: named, every region at the bottom of the scale', () => {
    const s = spec('goalposts');
    s.groups[0].indicators[0] = { ...s.groups[0].indicators[0], goalposts: { low: 5 } };
    s.groups[0].indicators[1] = {
      ...s.groups[0].indicators[1],
      goalposts: { low: 2, high: 1 },
    };
    const res = rate(seed004Matrix(), s);
    const codes = res.issues.filter((i) => i.severity === 'error').map((i) => i.code);
    expect(codes).toEqual(['missing-goalposts', 'invalid-goalposts']);
    expect(res.normalised.every((row) => row[0] === 0 && row[1] === 0)).toBe(true);
  });

  it('own bands apply on any scale; the paper bands on 0-100 keep their classes', () => {
    const s = {
      ...spec('min-max-0-10'),
      classes: [
        { label: 'high', min: 3 },
        { label: 'low', min: 0 },
      ],
    };
    const res = rate(seed004Matrix(), s);
    expect(new Set(res.classes)).toEqual(new Set(['high', 'low']));
    expect(res.issues.some((i) => i.code === 'quantile-classes')).toBe(false);
    const paper = rate(seed004Matrix(), paperRatingSpec());
    expect(paper.classes.every((c) => !c.startsWith('Q'))).toBe(true);
  });
});
