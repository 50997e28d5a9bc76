/**
 * Huge weights (issue 16): three weights of 1e308 overflowed the level's sum to Infinity and
 * made every normalised weight, and so every index, 0. Reference: seed 004's published 2010
 * index (Table 6), which equal weights reproduce, and relative weights' scale invariance.
 */
import { describe, expect, it } from 'vitest';
import { rate } from '../../../src/core/composite/rate.ts';
import { normaliseWeights } from '../../../src/core/composite/weights.ts';
import { defaultSpec, paperRatingSpec } from '../../../src/core/spec.ts';
import { MAX_WEIGHT, validateSpec } from '../../../src/core/specValidate.ts';
import { seed004, seed004Matrix } from './fixtures.ts';

describe('weights at the edge of the number range', () => {
  it('normaliseWeights() of 1e308 x 3 is 1/3 each; mixed scales keep their ratios', () => {
    expect(normaliseWeights([1e308, 1e308, 1e308])).toEqual([1 / 3, 1 / 3, 1 / 3]);
    const w = normaliseWeights([1e308, 5e307, 0]);
    expect(w[0]).toBeCloseTo(2 / 3, 15);
    expect(w[1]).toBeCloseTo(1 / 3, 15);
    expect(w[2]).toBe(0);
    // Tiny weights (subnormal) normalise too.
    expect(normaliseWeights([5e-324, 5e-324])).toEqual([0.5, 0.5]);
    expect(normaliseWeights([0, 0])).toEqual([0.5, 0.5]);
  });

  it('rate() with every weight 1e308 gives the published 2010 index, as equal weights do', () => {
    const spec = paperRatingSpec();
    for (const g of spec.groups) {
      g.weight = 1e308;
      for (const i of g.indicators) i.weight = 1e308;
    }
    const r = rate(seed004Matrix(), spec);
    const diffs = seed004.regions.map((reg, u) => Math.abs(r.index[u] - reg.index2010));
    expect(Math.max(...diffs)).toBeLessThan(0.06);
    expect(r.index.every((v) => v > 0)).toBe(true);
  });

  it('validateSpec() refuses a weight above MAX_WEIGHT at either level, naming the field', () => {
    const s = defaultSpec();
    s.rating.groups[0].weight = 1e308;
    s.rating.groups[1].indicators[2].weight = MAX_WEIGHT * 10;
    s.rating.groups[1].indicators[1].weight = MAX_WEIGHT;
    const r = validateSpec(s);
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.issues.map((i) => [i.code, i.where?.field])).toEqual([
        ['out-of-range', 'rating.groups[0].weight'],
        ['out-of-range', 'rating.groups[1].indicators[2].weight'],
      ]);
  });
});
