import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rate, type RatingResult } from '../../../src/core/composite/rate.ts';
import { paperRatingSpec, type RatingSpec } from '../../../src/core/spec.ts';
import { referenceTargets, referenceVariants, seed004, seed004Matrix } from './fixtures.ts';

function allFinite(r: RatingResult): boolean {
  const nums = [
    ...r.index,
    ...r.rank,
    ...r.groups.flatMap((g) => g.values),
    ...r.normalised.flat().filter((v): v is number => v !== null),
  ];
  return nums.every((v) => Number.isFinite(v));
}

describe('rate() on seed 004, 2010 (Tables 2-3 -> Table 6)', () => {
  const r = rate(seed004Matrix(), paperRatingSpec());

  it('reproduces every published 2010 index within 0.06', () => {
    const diffs = seed004.regions.map((reg, u) => Math.abs(r.index[u] - reg.index2010));
    expect(Math.max(...diffs)).toBeLessThan(0.06);
  });

  it('reproduces every published 2010 class', () => {
    expect(r.classes).toEqual(seed004.regions.map((reg) => reg.class2010));
  });

  it('ranks Almaty city first and reports no issues', () => {
    expect(r.units[r.rank.indexOf(1)]).toBe('KZ-ALA');
    expect(r.issues).toEqual([]);
  });

  it('gives sub-indices whose mean is the index (formula 4)', () => {
    const [is, ia] = r.groups;
    expect(is.id).toBe('receptivity');
    r.index.forEach((v, u) => expect(v).toBeCloseTo((is.values[u] + ia.values[u]) / 2, 12));
  });
});

describe('rate() against the base-R reference (reference.R)', () => {
  const lowE = (s: RatingSpec) => {
    s.groups[0].indicators[2].direction = 'lower';
    return s;
  };
  const specs: Record<string, () => RatingSpec> = {
    paper: paperRatingSpec,
    'min-max': () => ({ ...paperRatingSpec(), normalisation: 'min-max' }),
    'z-score': () => ({ ...paperRatingSpec(), normalisation: 'z-score' }),
    rank: () => ({ ...paperRatingSpec(), normalisation: 'rank' }),
    'distance-to-target': () => {
      const s: RatingSpec = { ...paperRatingSpec(), normalisation: 'distance-to-target' };
      for (const g of s.groups) for (const i of g.indicators) i.target = referenceTargets[i.id];
      return s;
    },
    geometric: () => ({ ...paperRatingSpec(), aggregation: 'geometric' }),
    'weighted-min-max-lowerE': () => {
      const s = lowE({ ...paperRatingSpec(), normalisation: 'min-max' });
      [2, 1, 1, 1, 1, 2].forEach((w, k) => (s.groups[k < 3 ? 0 : 1].indicators[k % 3].weight = w));
      s.groups[0].weight = 0.7;
      s.groups[1].weight = 0.3;
      return s;
    },
    'geometric-lowerE': () => {
      const s = lowE({ ...paperRatingSpec(), aggregation: 'geometric' });
      [1, 2, 3, 1, 1, 1].forEach((w, k) => (s.groups[k < 3 ? 0 : 1].indicators[k % 3].weight = w));
      s.groups[1].weight = 3;
      return s;
    },
  };
  for (const [name, make] of Object.entries(specs)) {
    it(`rate() matches R for the ${name} variant (sub-indices, index, rank)`, () => {
      const ref = referenceVariants.filter((v) => v.variant === name);
      expect(ref).toHaveLength(16);
      const r = rate(seed004Matrix(), make());
      ref.forEach((row, u) => {
        expect(r.units[u]).toBe(row.region);
        const tol = 1e-9 * Math.max(1, Math.abs(Number(row.index)));
        expect(Math.abs(r.index[u] - Number(row.index))).toBeLessThan(tol);
        expect(Math.abs(r.groups[0].values[u] - Number(row.receptivity))).toBeLessThan(1e-8);
        expect(Math.abs(r.groups[1].values[u] - Number(row.activity))).toBeLessThan(1e-8);
        expect(r.rank[u]).toBe(Number(row.rank));
      });
    });
  }
});

const spec2 = (): RatingSpec => ({
  groups: [
    {
      id: 'a',
      weight: 1,
      indicators: [
        { id: 'x', weight: 1, direction: 'higher' },
        { id: 'y', weight: 1, direction: 'higher' },
      ],
    },
    { id: 'b', weight: 1, indicators: [{ id: 'z', weight: 1, direction: 'higher' }] },
  ],
  normalisation: 'ratio-to-max',
  aggregation: 'arithmetic',
  classes: [
    { label: 'low', min: 0 },
    { label: 'high', min: 50 },
  ],
});

describe('rate() edge cases', () => {
  it('re-normalises weights over the indicators present and names region and indicator', () => {
    const r = rate(
      {
        rows: ['P', 'Q', 'R'],
        columns: ['x', 'y', 'z'],
        values: [
          [10, null, 10],
          [5, 10, 5],
          [10, 5, 0],
        ],
      },
      spec2(),
    );
    // P: group a = x only = 100; group b = 100; index 100.
    expect(r.groups[0].values[0]).toBe(100);
    expect(r.index[0]).toBe(100);
    expect(r.normalised[0][1]).toBeNull();
    const miss = r.issues.filter((i) => i.code === 'missing-indicator-value');
    expect(miss).toEqual([
      expect.objectContaining({ severity: 'warning', where: { region: 'P', indicator: 'y' } }),
    ]);
  });

  it('gives ties the lowest rank and classes on inclusive lower bounds', () => {
    const r = rate(
      {
        rows: ['P', 'Q', 'R', 'S'],
        columns: ['x', 'y', 'z'],
        values: [
          [10, 10, 10],
          [5, 5, 5],
          [5, 5, 5],
          [10, 10, 10],
        ],
      },
      spec2(),
    );
    expect(r.rank).toEqual([1, 3, 3, 1]);
    expect(r.index[1]).toBe(50);
    expect(r.classes).toEqual(['high', 'high', 'high', 'high']);
  });

  it('reports all weights zero as an error and still returns finite numbers', () => {
    const s = spec2();
    s.groups[0].indicators.forEach((i) => (i.weight = 0));
    s.groups.forEach((g) => (g.weight = 0));
    const r = rate(
      {
        rows: ['P', 'Q'],
        columns: ['x', 'y', 'z'],
        values: [
          [1, 2, 3],
          [3, 2, 1],
        ],
      },
      s,
    );
    const zero = r.issues.filter((i) => i.code === 'zero-weights');
    expect(zero.map((i) => i.where?.field).sort()).toEqual([
      'rating.groups',
      'rating.groups[0].indicators',
    ]);
    expect(zero.every((i) => i.severity === 'error')).toBe(true);
    expect(allFinite(r)).toBe(true);
  });

  it('names a spec indicator missing from the data as an error', () => {
    const s = spec2();
    s.groups[1].indicators[0].id = 'nope';
    const r = rate(
      {
        rows: ['P', 'Q'],
        columns: ['x', 'y'],
        values: [
          [1, 2],
          [3, 4],
        ],
      },
      s,
    );
    expect(r.issues).toContainEqual(
      expect.objectContaining({
        code: 'missing-indicator',
        where: { field: 'rating.groups[1].indicators[0].id', indicator: 'nope' },
      }),
    );
    // Group b has no data: the index is group a alone.
    expect(r.index).toEqual(r.groups[0].values);
  });

  it('gives a unit with no data index 0 and a no-data error', () => {
    const r = rate(
      {
        rows: ['P', 'Q', 'R'],
        columns: ['x', 'y', 'z'],
        values: [
          [null, null, null],
          [1, 2, 3],
          [2, 1, 3],
        ],
      },
      spec2(),
    );
    expect(r.index[0]).toBe(0);
    expect(r.rank[0]).toBe(3);
    expect(r.issues).toContainEqual(
      expect.objectContaining({ code: 'no-data', where: { region: 'P' } }),
    );
  });

  it('geometric: a zero value makes the product 0 with a warning naming it', () => {
    const s = { ...spec2(), aggregation: 'geometric' as const };
    const r = rate(
      {
        rows: ['P', 'Q'],
        columns: ['x', 'y', 'z'],
        values: [
          [0, 2, 3],
          [3, 2, 1],
        ],
      },
      s,
    );
    expect(r.groups[0].values[0]).toBe(0);
    expect(r.index[0]).toBe(0);
    expect(r.index[1]).toBeCloseTo(Math.sqrt(100 * (100 / 3)), 10);
    expect(r.issues).toContainEqual(
      expect.objectContaining({ code: 'geometric-zero', where: { region: 'P', indicator: 'x' } }),
    );
  });

  it('geometric with z-scores: negative values are an error, not NaN', () => {
    const s: RatingSpec = { ...spec2(), aggregation: 'geometric', normalisation: 'z-score' };
    const r = rate(
      {
        rows: ['P', 'Q', 'R'],
        columns: ['x', 'y', 'z'],
        values: [
          [1, 2, 3],
          [3, 2, 1],
          [2, 5, 2],
        ],
      },
      s,
    );
    expect(r.issues.some((i) => i.code === 'geometric-negative' && i.severity === 'error')).toBe(
      true,
    );
    expect(r.issues.some((i) => i.code === 'class-scale')).toBe(true);
    expect(allFinite(r)).toBe(true);
  });

  it('never returns NaN or Infinity, whatever the input (property)', () => {
    const cell = fc.oneof(
      fc.constant(null),
      fc.constant(0),
      fc.double({ min: -1e6, max: 1e6, noNaN: true }),
    );
    const norms = ['ratio-to-max', 'min-max', 'z-score', 'rank', 'distance-to-target'] as const;
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 3, maxLength: 3 }), { minLength: 0, maxLength: 6 }),
        fc.constantFrom(...norms),
        fc.constantFrom('arithmetic' as const, 'geometric' as const),
        fc.array(fc.double({ min: 0, max: 3, noNaN: true }), { minLength: 5, maxLength: 5 }),
        (values, normalisation, aggregation, w) => {
          const s: RatingSpec = { ...spec2(), normalisation, aggregation };
          s.groups[0].weight = w[0];
          s.groups[1].weight = w[1];
          s.groups[0].indicators[0].weight = w[2];
          s.groups[0].indicators[1].weight = w[3];
          s.groups[1].indicators[0].weight = w[4];
          s.groups[0].indicators[0].target = 1;
          const r = rate(
            { rows: values.map((_, i) => `u${i}`), columns: ['x', 'y', 'z'], values },
            s,
          );
          return allFinite(r) && r.classes.length === values.length;
        },
      ),
      { numRuns: 300, seed: 42 },
    );
  });
});
