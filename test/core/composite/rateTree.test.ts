/**
 * rate() on an index tree of any depth (issue 9) against base R (reference-tree.R): groups
 * holding indicators and sub-groups side by side, three levels, two methods.
 */
import { describe, expect, it } from 'vitest';
import { rate } from '../../../src/core/composite/rate.ts';
import { sensitivity } from '../../../src/core/sensitivity/sensitivity.ts';
import type { RatingSpec } from '../../../src/core/spec.ts';
import { referenceTree, seed004Matrix } from './fixtures.ts';

const ind = (id: string, weight = 1, direction: 'higher' | 'lower' = 'higher') => ({
  id,
  weight,
  direction,
});

function treeSpec(
  normalisation: RatingSpec['normalisation'],
  aggregation: RatingSpec['aggregation'],
): RatingSpec {
  return {
    normalisation,
    aggregation,
    classes: [],
    groups: [
      {
        id: 'top_a',
        weight: 2,
        indicators: [ind('S_D')],
        groups: [{ id: 'mid_a', weight: 3, indicators: [ind('S_F'), ind('S_E', 2, 'lower')] }],
      },
      {
        id: 'top_b',
        weight: 1,
        indicators: [ind('S_A', 0.5)],
        groups: [
          {
            id: 'mid_b',
            weight: 1,
            indicators: [ind('S_B')],
            groups: [{ id: 'deep_b', weight: 1, indicators: [ind('S_C')] }],
          },
        ],
      },
    ],
  };
}

const cases: [string, RatingSpec][] = [
  ['min-max arithmetic', treeSpec('min-max', 'arithmetic')],
  ['ratio geometric', treeSpec('ratio-to-max', 'geometric')],
];

describe('rate() on a three-level tree against base R (reference-tree.R)', () => {
  for (const [name, spec] of cases) {
    it(name, () => {
      const r = rate(seed004Matrix(), spec);
      const rows = referenceTree.filter((x) => x.variant === name);
      expect(rows).toHaveLength(16);
      expect(r.groups.map((g) => [g.id, g.parent])).toEqual([
        ['top_a', null],
        ['mid_a', 'top_a'],
        ['top_b', null],
        ['mid_b', 'top_b'],
        ['deep_b', 'mid_b'],
      ]);
      expect(r.indicators).toEqual(['S_D', 'S_F', 'S_E', 'S_A', 'S_B', 'S_C']);
      for (const row of rows) {
        const u = r.units.indexOf(row.region);
        expect(u).toBeGreaterThanOrEqual(0);
        for (const g of r.groups) {
          expect(g.values[u]).toBeCloseTo(Number(row[g.id]), 9);
        }
        expect(r.index[u]).toBeCloseTo(Number(row.index), 9);
        expect(r.rank[u]).toBe(Number(row.rank));
      }
      expect(r.issues.filter((i) => i.severity === 'error')).toEqual([]);
    });
  }

  it('draws the Monte Carlo weights over the tree and keeps the nominal ranks', () => {
    const spec = treeSpec('min-max', 'arithmetic');
    const r = rate(seed004Matrix(), spec);
    for (const mode of ['uniform', 'simplex'] as const) {
      const s = sensitivity(seed004Matrix(), spec, { runs: 200, mode, noise: 0.2, seed: 7 });
      expect(s.units.map((u) => u.nominal)).toEqual(r.rank);
      // Weights really move: some unit's rank interval is wider than one place.
      expect(s.units.some((u) => u.p95 > u.p05)).toBe(true);
    }
  });

  it('names an empty group by its path, however deep', () => {
    const spec = treeSpec('min-max', 'arithmetic');
    spec.groups[1].groups![0].groups!.push({ id: 'empty', weight: 1, indicators: [] });
    const r = rate(seed004Matrix(), spec);
    const e = r.issues.find((i) => i.code === 'empty-group');
    expect(e?.where).toEqual({ field: 'rating.groups[1].groups[0].groups[1].indicators' });
  });
});
