/**
 * walkGroups() and treeIndicators() hand out one frozen walk per tree (per groups array): a
 * slider step walks the same tree many times. An edit makes a new array (mapGroups), and so a
 * new walk; nobody can change a walk another caller holds.
 */
import { describe, expect, it } from 'vitest';
import { mapGroups, treeIndicators, walkGroups } from '../../../src/core/composite/ratingTree.ts';
import { paperRatingSpec } from '../../../src/core/spec.ts';

describe('ratingTree walks', () => {
  it('walkGroups() and treeIndicators() return the same frozen arrays for the same tree', () => {
    const r = paperRatingSpec();
    const w = walkGroups(r);
    expect(walkGroups({ groups: r.groups })).toBe(w);
    expect(Object.isFrozen(w)).toBe(true);
    expect(() => (w as unknown[]).push(1)).toThrow(TypeError);
    const inds = treeIndicators(r);
    expect(treeIndicators(r)).toBe(inds);
    // The paper's two groups of three, in pre-order.
    expect(inds.map((i) => i.id)).toEqual(['S_D', 'S_F', 'S_E', 'S_A', 'S_B', 'S_C']);
  });

  it('an edited tree walks anew; another field prefix is not taken from the cache', () => {
    const r = paperRatingSpec();
    const before = walkGroups(r);
    const groups = mapGroups(r.groups, (g) =>
      g.id === r.groups[1].id ? { ...g, indicators: g.indicators.slice(1) } : g,
    );
    const after = walkGroups({ groups });
    expect(after).not.toBe(before);
    expect(treeIndicators({ groups })).toHaveLength(5);
    expect(walkGroups(r, 'spec.rating')[0].field).toBe('spec.rating.groups[0]');
    expect(walkGroups(r)[0].field).toBe('rating.groups[0]');
  });
});
