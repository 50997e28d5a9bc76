/**
 * prepareRating() remembers treated and normalised columns per matrix (a slider step rates the
 * same matrix with new weights). Whatever the order of specs rated on one matrix, every result
 * must equal the same spec rated on a fresh copy of the matrix (nothing remembered), and specs
 * that differ in anything but the weights must give different results.
 */
import { describe, expect, it } from 'vitest';
import { prepareRating } from '../../../src/core/composite/prepareRating.ts';
import { rate } from '../../../src/core/composite/rate.ts';
import { paperRatingSpec, type RatingSpec } from '../../../src/core/spec.ts';
import { seed004Matrix } from './fixtures.ts';

type Edit = (r: RatingSpec) => void;
const first = (r: RatingSpec) => r.groups[0].indicators[0];

const EDITS: [string, Edit][] = [
  ['as published', () => {}],
  ['a weight', (r) => (first(r).weight = 3)],
  ['normalisation', (r) => (r.normalisation = 'z-score')],
  ['range', (r) => ((r.normalisation = 'min-max'), (r.range = [1, 10]))],
  ['direction', (r) => (first(r).direction = 'lower')],
  ['target', (r) => ((r.normalisation = 'distance-to-target'), (first(r).target = 50))],
  [
    'goalposts',
    (r) => ((r.normalisation = 'goalposts'), (first(r).goalposts = { low: 0, high: 40 })),
  ],
  ['outliers by default', (r) => (r.treatment = { outliers: { method: 'log' } })],
  ['outliers of one', (r) => (first(r).outliers = { method: 'winsorise', points: 2 })],
  ['indicator moved', (r) => r.groups[1].indicators.push(r.groups[0].indicators.shift()!)],
];

const spec = (edit: Edit) => {
  const r = paperRatingSpec();
  edit(r);
  return r;
};

describe('prepareRating() column memory', () => {
  it('prepareRating() on one matrix gives what a fresh matrix gives, in any order', () => {
    const shared = seed004Matrix();
    const orders = [EDITS, [...EDITS].reverse(), [...EDITS, ...EDITS]];
    for (const order of orders) {
      for (const [name, edit] of order) {
        const got = rate(shared, spec(edit));
        const fresh = rate(seed004Matrix(), spec(edit));
        expect(got, name).toEqual(fresh);
      }
    }
  });

  it('prepareRating() results differ where the specs differ beyond the weights', () => {
    const shared = seed004Matrix();
    const results = EDITS.map(([, edit]) => rate(shared, spec(edit)).normalised);
    // Every edit but the weight one changes the normalised scores (or their layout).
    for (let i = 2; i < EDITS.length; i++) expect(results[i], EDITS[i][0]).not.toEqual(results[0]);
    expect(results[1]).toEqual(results[0]);
  });

  it('rate() hands out the same per-unit rows after a weight step, new ones after a new method', () => {
    const shared = seed004Matrix();
    const a = rate(shared, spec(EDITS[0][1]));
    const b = rate(shared, spec(EDITS[1][1]));
    expect(b.normalised).toBe(a.normalised);
    expect(b.index).not.toEqual(a.index);
    const c = rate(shared, spec(EDITS[2][1]));
    expect(c.normalised).not.toBe(a.normalised);
  });

  it('prepareRating() after a weight step reuses the weight-free half and resolves the new weights', () => {
    const shared = seed004Matrix();
    const a = prepareRating(shared, spec(EDITS[0][1]));
    const b = prepareRating(shared, spec(EDITS[1][1]));
    // The same treated and normalised data (not a copy), new weights: S_D's share of its
    // group, 3 / (3 + 1 + 1) against 1 / 3.
    expect(b.normalised).toBe(a.normalised);
    expect(b.columns).toBe(a.columns);
    expect(b.indicatorWeights[0]).toBeCloseTo(3 / 5, 12);
    expect(a.indicatorWeights[0]).toBeCloseTo(1 / 3, 12);
    // The issue lists are the caller's own: rate() adds to its list, the next call is clean.
    b.issues.push({ code: 'x', severity: 'warning', message: 'x' });
    expect(prepareRating(shared, spec(EDITS[1][1])).issues).toEqual(a.issues);
    // A weight of 0 everywhere in a group is an issue of the weights, found at every call.
    const zero = spec((r) => r.groups[0].indicators.forEach((i) => (i.weight = 0)));
    const z = prepareRating(shared, zero);
    expect(z.normalised).toBe(a.normalised);
    expect(z.issues.length).toBeGreaterThan(a.issues.length);
  });
});
