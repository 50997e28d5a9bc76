import { describe, expect, it } from 'vitest';
import {
  paperRatingSpec,
  rate,
  treeIndicators,
  walkGroups,
  type RatingSpec,
} from '../../src/core/index.ts';
import {
  addGroup,
  equalRating,
  excludeIndicator,
  includeIndicator,
  moveGroup,
  moveIndicator,
  removeGroup,
  renameGroup,
} from '../../src/state/indexTreeEdit.ts';

const shape = (r: RatingSpec) =>
  walkGroups(r).map(
    (v) => `${'  '.repeat(v.depth)}${v.group.id}: ${v.group.indicators.map((i) => i.id).join(' ')}`,
  );

describe('index editor edits (issue 9)', () => {
  const paper = paperRatingSpec();

  it('builds a three-level tree: add a group, a sub-group, move indicators into them', () => {
    let r = addGroup(paper, 'receptivity', 'Финансы');
    expect(walkGroups(r).map((v) => v.group.id)).toEqual(['receptivity', 'group-1', 'activity']);
    r = addGroup(r, 'group-1', 'Глубже');
    r = moveIndicator(r, 'S_F', 'group-1');
    r = moveIndicator(r, 'S_E', 'group-2');
    expect(shape(r)).toEqual([
      'receptivity: S_D',
      '  group-1: S_F',
      '    group-2: S_E',
      'activity: S_A S_B S_C',
    ]);
    expect(walkGroups(r)[1].group.label).toBe('Финансы');
    // The tree rates: three levels, every indicator still counted once.
    expect(
      treeIndicators(r)
        .map((i) => i.id)
        .sort(),
    ).toEqual(['S_A', 'S_B', 'S_C', 'S_D', 'S_E', 'S_F']);
  });

  it('equal weights give every indicator the same effective weight at any depth', () => {
    let r = addGroup(paper, 'receptivity', 'sub');
    r = moveIndicator(r, 'S_F', 'group-1');
    r = moveIndicator(r, 'S_E', 'group-1');
    const eq = equalRating(r);
    // receptivity holds S_D and a sub-group of two: weights 1 and 2, so each indicator 1/6.
    expect(walkGroups(eq).map((v) => v.group.weight)).toEqual([3, 2, 3]);
    const m = {
      rows: ['a', 'b', 'c'],
      columns: ['S_D', 'S_F', 'S_E', 'S_A', 'S_B', 'S_C'],
      values: [
        [1, 2, 3, 4, 5, 6],
        [6, 1, 4, 3, 9, 1],
        [2, 7, 1, 8, 2, 8],
      ],
    };
    const deep = rate(m, { ...eq, normalisation: 'min-max' });
    // With equal effective weights the index is the plain mean of the six scores.
    deep.normalised.forEach((row, u) => {
      const mean = row.reduce((a: number, x) => a + (x ?? 0), 0) / row.length;
      expect(deep.index[u]).toBeCloseTo(mean, 12);
    });
    // and not the unequal paper-shaped mean of r's own weights (sub-group counted as one).
    expect(rate(m, { ...r, normalisation: 'min-max' }).index[0]).not.toBeCloseTo(deep.index[0], 3);
  });

  it('removes a group by handing its contents to its parent or neighbour; never the last one', () => {
    let r = addGroup(paper, 'activity', 'x');
    r = moveIndicator(r, 'S_C', 'group-1');
    const up = removeGroup(r, 'group-1');
    expect(shape(up)).toEqual(['receptivity: S_D S_F S_E', 'activity: S_A S_B S_C']);
    const top = removeGroup(paper, 'receptivity');
    expect(shape(top)).toEqual(['activity: S_A S_B S_C S_D S_F S_E']);
    expect(removeGroup(top, 'activity')).toBe(top);
  });

  it('moves a group with its contents, but never into itself', () => {
    let r = addGroup(paper, 'receptivity', 'x');
    r = moveIndicator(r, 'S_E', 'group-1');
    const moved = moveGroup(r, 'group-1', 'activity');
    expect(shape(moved)).toEqual([
      'receptivity: S_D S_F',
      'activity: S_A S_B S_C',
      '  group-1: S_E',
    ]);
    expect(moveGroup(r, 'receptivity', 'group-1')).toBe(r);
    const lifted = moveGroup(moved, 'group-1', null);
    expect(shape(lifted)).toEqual([
      'receptivity: S_D S_F',
      'activity: S_A S_B S_C',
      'group-1: S_E',
    ]);
  });

  it('renames in free text; an empty name returns to the default', () => {
    const r = renameGroup(paper, 'activity', 'Инновационная активность, оценка');
    expect(r.groups[1].label).toBe('Инновационная активность, оценка');
    expect('label' in renameGroup(r, 'activity', '  ').groups[1]).toBe(false);
  });

  it('leaves an indicator out and puts it back where its home group is, at any depth', () => {
    let r = addGroup(paper, 'receptivity', 'x');
    r = moveIndicator(r, 'S_E', 'group-1');
    const out = excludeIndicator(r, 'S_E');
    // group-1 had nothing else: it goes, as the paper's groups always did.
    expect(shape(out)).toEqual(['receptivity: S_D S_F', 'activity: S_A S_B S_C']);
    const back = includeIndicator(out, 'S_E', paper);
    expect(shape(back)).toEqual(['receptivity: S_D S_F S_E', 'activity: S_A S_B S_C']);
    const noAct = ['S_A', 'S_B', 'S_C'].reduce((a, id) => excludeIndicator(a, id), paper);
    expect(shape(includeIndicator(noAct, 'S_B', paper))).toEqual([
      'receptivity: S_D S_F S_E',
      'activity: S_B',
    ]);
  });
});
