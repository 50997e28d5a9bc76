/**
 * The sensitivity over every choice runs on the study as COINr reads it (state/coinrStudy.ts,
 * studyToCoin): the nominal index of that reading equals the app's rating of the same study
 * (regions fixture, min-max + arithmetic, the edited tree with a sub-group, so lifted
 * aggregates are in play), and a run varying one choice alone gives first-order = total
 * (Sobol's property for a function of one input); progress, intervals and class shares of a
 * run varying the weights and leaving one indicator out.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  buildIndexTree,
  coinRate,
  paperRatingSpec,
  rate,
  treeIndicators,
  walkGroups,
  type RatingSpec,
} from '../../src/core/index.ts';
import { csvToGrid, type Grid } from '../../src/data/readers/grid.ts';
import { tableToMatrix } from '../../src/data/tableMatrix.ts';
import { coinOptionsOf, importCoinr, studyToCoin } from '../../src/state/coinrStudy.ts';
import { addGroup, moveIndicator } from '../../src/state/indexTreeEdit.ts';
import { runChoices } from '../../src/worker/choicesSensitivity.ts';

const dir = 'test/fixtures/coinr/regions';
const grid = (f: string): Grid => {
  const g = csvToGrid(readFileSync(`${dir}/${f}`, 'utf8'), f);
  if (!g.ok) throw new Error(f);
  return g.value;
};
const imp = importCoinr(grid('iData.csv'), grid('iMeta.csv'), {
  lang: 'en',
  id: 'user-c',
  importedAt: '',
  year: 2021,
  sha256: '0'.repeat(64),
});
if (!imp.ok) throw new Error('fixture');
const dataset = imp.dataset;
const names = { group: (id: string) => id, indicator: (id: string) => id, index: 'Index' };

let spec: RatingSpec = {
  ...paperRatingSpec(),
  normalisation: 'min-max',
  aggregation: 'arithmetic',
  groups: imp.groups,
};
spec = addGroup(spec, 'P2', 'Sub');
const sub = walkGroups(spec).find((v) => v.group.label === 'Sub')?.group.id as string;
spec = moveIndicator(spec, 'N2', sub);

/** The COINr pipeline's nominal run of `coinStudy` gives the app's index and ranks of `s`. */
function expectNominalIsTable(
  s: RatingSpec,
  coinStudy: ReturnType<typeof studyToCoin>,
  levels?: number,
): void {
  const t = buildIndexTree(coinStudy.nodes);
  if (!t.ok) throw new Error('tree');
  const c = coinRate(coinStudy.data, t.tree, coinOptionsOf(s, levels));
  const app = rate(
    tableToMatrix(
      dataset.table,
      treeIndicators(s).map((i) => i.id),
    ),
    s,
  );
  const top = t.tree.top;
  const n = c.uCode.length;
  const score = new Map(c.uCode.map((u, i) => [u, c.scores[top * n + i]]));
  const rank = new Map(c.uCode.map((u, i) => [u, c.ranks[top][i]]));
  app.units.forEach((key, i) => {
    const u = dataset.coinr?.uCode[key] as string;
    expect(score.get(u)).toBeCloseTo(app.index[i] as number, 9);
    expect(typeof rank.get(u)).toBe('number');
    expect(rank.get(u)).toBe(app.rank[i]);
  });
}

describe('sensitivity over every choice on the app’s study', () => {
  const coin = studyToCoin(spec, imp.dataset, names);

  it('reads the study as the app rates it', () => {
    expect(coin.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expectNominalIsTable(spec, coin);
  });

  // The nominal run must be the rating table whatever the user picked: every normalisation the
  // app offers (rank, ratio and distance to target in the atlas's own definitions), the scale,
  // every aggregation and a method per level, on the imported (balanced, three-level) tree.
  const balanced: RatingSpec = { ...spec, groups: imp.groups };
  const coinBalanced = studyToCoin(balanced, imp.dataset, names);
  const levels = Math.max(...coinBalanced.nodes.map((x) => x.level));
  const cases: [string, Partial<RatingSpec>][] = [
    ...(['min-max', 'z-score', 'rank', 'ratio-to-max', 'distance-to-target'] as const).map(
      (normalisation): [string, Partial<RatingSpec>] => [normalisation, { normalisation }],
    ),
    ...(['arithmetic', 'geometric', 'harmonic', 'generalised', 'copeland'] as const).map(
      (aggregation): [string, Partial<RatingSpec>] => [
        `${aggregation} on 1-100`,
        { aggregation, range: [1, 100], power: 3 },
      ],
    ),
    [
      'copeland over geometric pillars',
      { aggregation: 'geometric', levels: ['copeland', null], range: [1, 100] },
    ],
    [
      'harmonic index over generalised pillars, p = -1',
      { levels: ['harmonic', 'generalised'], power: -1, range: [1, 100] },
    ],
  ];
  it.each(cases)('its nominal run is the rating table: %s', (_name, change) =>
    expectNominalIsTable({ ...balanced, ...change }, coinBalanced, levels),
  );

  it('one choice alone: first order = total, and the other inputs are absent', () => {
    const r = runChoices({
      data: coin.data,
      nodes: coin.nodes,
      nominal: coinOptionsOf(spec),
      vary: ['normalise'],
      runs: 200,
      seed: 7,
    });
    if ('error' in r) throw new Error(r.error);
    expect(r.sobol).toHaveLength(1);
    expect(r.sobol[0].first).toBeCloseTo(r.sobol[0].total, 1);
    expect(r.sobol[0].total).toBeGreaterThan(0.9);
    expect(r.evaluations).toBe(600);
  });

  it('reports progress, ordered rank intervals, class shares summing to 1 and a leave-one-out table', () => {
    const seen: number[] = [];
    const r = runChoices(
      {
        data: coin.data,
        nodes: coin.nodes,
        nominal: coinOptionsOf(spec),
        vary: ['weights', 'exclude'],
        runs: 300,
        seed: 3,
      },
      (f) => seen.push(f),
    );
    if ('error' in r) throw new Error(r.error);
    expect(seen.length).toBeGreaterThan(50);
    expect(seen.every((f, i) => f >= 0 && f < 1 && (i === 0 || f > seen[i - 1]))).toBe(true);
    expect(r.units).toHaveLength(16);
    for (const u of r.units) {
      expect(u.p05).toBeLessThanOrEqual(u.p95);
      const shares = Object.values(u.classes).reduce((a, b) => a + b, 0);
      expect(shares).toBeCloseTo(1, 9);
    }
    expect(r.leaveOneOut.map((l) => l.iCode).sort()).toEqual([
      'F1',
      'F2',
      'H1',
      'H2',
      'H3',
      'N1',
      'N2',
    ]);
    expect(r.leaveOneOut.some((l) => l.meanShift > 0)).toBe(true);
  });
});
