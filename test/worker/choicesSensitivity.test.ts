/**
 * The sensitivity over every choice runs on the study as COINr reads it (state/coinrStudy.ts,
 * studyToCoin): the nominal index of that reading equals the app's rating of the same study
 * (regions fixture, min-max + arithmetic, the edited tree with a sub-group, so lifted
 * aggregates are in play) to 1e-9 with the same ranks, also with the spec's data treatment
 * (default and per-indicator imputation, winsorisation, Box-Cox, COINr's rule, a per-capita
 * denominator) and on an unbalanced tree with a method per level; varying imputation over
 * data without gaps changes no rank (the spec's treatment stays in every run); a run varying
 * one choice alone gives first-order = total (Sobol's property for a function of one input);
 * progress, intervals and class shares of a run varying the weights and leaving one indicator
 * out.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  buildIndexTree,
  coinRate,
  paperRatingSpec,
  rate,
  walkGroups,
  type RatingSpec,
} from '../../src/core/index.ts';
import { csvToGrid, type Grid } from '../../src/data/readers/grid.ts';
import { ratingMatrix } from '../../src/data/tableMatrix.ts';
import type { UserDataset } from '../../src/state/userData.ts';
import { coinOptionsOf, importCoinr, studyToCoin } from '../../src/state/coinrStudy.ts';
import { addGroup, mapIndicator, moveIndicator } from '../../src/state/indexTreeEdit.ts';
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
  d: UserDataset = dataset,
): void {
  const t = buildIndexTree(coinStudy.nodes);
  if (!t.ok) throw new Error('tree');
  const c = coinRate(coinStudy.data, t.tree, coinOptionsOf(s, coinStudy));
  const app = rate(ratingMatrix(d.table, s, d.panel, d.year), s);
  expect(app.issues.filter((i) => i.severity === 'error')).toEqual([]);
  expect(c.issues.filter((i) => i.severity === 'error')).toEqual([]);
  const top = t.tree.top;
  const n = c.uCode.length;
  expect(n).toBe(app.units.length);
  const score = new Map(c.uCode.map((u, i) => [u, c.scores[top * n + i]]));
  const rank = new Map(c.uCode.map((u, i) => [u, c.ranks[top][i]]));
  app.units.forEach((key, i) => {
    const u = d.coinr?.uCode[key] as string;
    expect(Math.abs((score.get(u) as number) - app.index[i]), u).toBeLessThan(1e-9);
    expect(typeof rank.get(u)).toBe('number');
    expect(rank.get(u)).toBe(app.rank[i]);
  });
}

/** The fixture with some cells emptied (gaps for imputation). */
function withGaps(gaps: Record<string, string[]>, from: UserDataset = dataset): UserDataset {
  const rows = from.table.rows.map((r, i) => ({
    ...r,
    cells: Object.fromEntries(
      Object.entries(r.cells).map(([c, cell]) => [
        c,
        (gaps[c] ?? []).includes(String(i)) ? { ...cell, value: null, printed: '' } : cell,
      ]),
    ),
  }));
  return { ...from, table: { ...from.table, rows } };
}

/** The imported tree with the spec's data treatment: a default and each indicator's own. */
function treated(base: RatingSpec): RatingSpec {
  let s: RatingSpec = { ...base, treatment: { impute: { method: 'mean' } } };
  s = mapIndicator(s, 'H1', (i) => ({ ...i, impute: { method: 'median' } }));
  s = mapIndicator(s, 'H2', (i) => ({ ...i, outliers: { method: 'winsorise', points: 2 } }));
  s = mapIndicator(s, 'N1', (i) => ({ ...i, denominator: 'Pop', outliers: { method: 'coinr' } }));
  s = mapIndicator(s, 'F1', (i) => ({ ...i, outliers: { method: 'boxcox', lambda: 0.5 } }));
  s = mapIndicator(s, 'F2', (i) => ({
    ...i,
    impute: { method: 'none' },
    outliers: { method: 'log' },
  }));
  return s;
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
    expectNominalIsTable({ ...balanced, ...change }, coinBalanced),
  );
  it('the balanced tree has three COINr levels', () => expect(levels).toBe(3));

  // The spec's data treatment is the nominal's: gaps filled by the default (mean) and by H1's
  // own median, H2 winsorised (2 points), N1 per capita then COINr's rule, F1 Box-Cox, F2 ln x.
  const gappy = withGaps({ H1: ['2', '9'], N1: ['4'], N2: ['11'], F2: ['6'] });
  it.each([
    ['min-max', {}],
    ['z-score', { normalisation: 'z-score' }],
    ['geometric on 1-100', { aggregation: 'geometric', range: [1, 100] }],
  ] as [string, Partial<RatingSpec>][])(
    'its nominal run is the rating table with the spec’s data treatment: %s',
    (_name, change) => {
      const s = treated({ ...balanced, ...change });
      const c = studyToCoin(s, gappy, names);
      // The denominator travels as COINr's Denominator column.
      expect(c.data.numeric.has('Pop')).toBe(true);
      expectNominalIsTable(s, c, gappy);
      // The treatment changes the index (the test compares more than the untreated rating).
      const plain = rate(ratingMatrix(gappy.table, { ...balanced, ...change }, undefined, 2021), {
        ...balanced,
        ...change,
      });
      const withT = rate(ratingMatrix(gappy.table, s, undefined, 2021), s);
      expect(withT.index.some((v, i) => Math.abs(v - plain.index[i]) > 1e-3)).toBe(true);
    },
  );

  // An unbalanced tree (P2 holds N1 beside the sub-group Sub, P1 and P3 only indicators) with
  // a method per depth from the index: COINr's levels count from the indicators, so P1 and P3
  // (COINr level 2) and Sub (level 2 too) must still take different methods.
  it.each([
    ['harmonic / geometric / arithmetic', ['harmonic', 'geometric', 'arithmetic']],
    ['arithmetic / copeland / harmonic', [null, 'copeland', 'harmonic']],
    ['copeland / harmonic / geometric', ['copeland', 'harmonic', 'geometric']],
  ] as [string, RatingSpec['levels']][])(
    'its nominal run is the rating table on an unbalanced tree, a method per level: %s',
    (_name, lv) => {
      const s: RatingSpec = { ...spec, levels: lv, range: [1, 100], aggregation: 'arithmetic' };
      expect(walkGroups(s).map((v) => v.depth)).toEqual([0, 0, 1, 0]);
      const c = studyToCoin(s, dataset, names);
      expectNominalIsTable(s, c);
      // with the data treatment too
      const t = treated(s);
      expectNominalIsTable(t, studyToCoin(t, gappy, names), gappy);
    },
  );

  it('group imputation by a text column (iMeta Type Group) is the nominal’s too', () => {
    const zoned = importCoinr(
      grid('iData.csv'),
      {
        ...grid('iMeta.csv'),
        rows: [...grid('iMeta.csv').rows, ['Zone', 'Зона', '', '', '', '', 'Group', '', '']],
      },
      { lang: 'en', id: 'user-z', importedAt: '', year: 2021, sha256: '0'.repeat(64) },
    );
    if (!zoned.ok) throw new Error(zoned.issues.map((i) => i.message).join('\n'));
    expect(zoned.dataset.table.textColumns?.map((c) => c.id)).toEqual(['Zone']);
    expect(zoned.dataset.coinr?.types.Zone).toBe('Group');
    const d = withGaps({ H1: ['2', '9'], N1: ['4'], F2: ['6'] }, zoned.dataset);
    const s: RatingSpec = {
      ...balanced,
      treatment: { impute: { method: 'group-median', by: 'Zone' } },
    };
    const c = studyToCoin(s, d, names);
    expect(c.data.text.get('Zone')?.slice(0, 3)).toEqual(['S', 'N', 'S']);
    expectNominalIsTable(s, c, d);
    const app = rate(ratingMatrix(d.table, s, undefined, 2021), s);
    const k = app.indicators.indexOf('H1');
    expect(app.treatment!.cells[2][k]).toEqual({ imputed: 'group-median' });
  });

  it('varying imputation over data without gaps keeps every rank: the spec’s treatment stays', () => {
    const s = treated({
      ...spec,
      levels: ['geometric', 'arithmetic', 'harmonic'],
      range: [1, 100],
    });
    const c = studyToCoin(s, dataset, names);
    const app = rate(ratingMatrix(dataset.table, s, undefined, 2021), s);
    const r = runChoices({
      data: c.data,
      nodes: c.nodes,
      nominal: coinOptionsOf(s, c),
      vary: ['impute', 'aggregate'],
      runs: 60,
      seed: 5,
    });
    if ('error' in r) throw new Error(r.error);
    const appRank = new Map(app.units.map((k, i) => [dataset.coinr?.uCode[k], app.rank[i]]));
    for (const u of r.units) expect(u.nominal).toBe(appRank.get(u.uCode));
    // Imputation has nothing to fill: its indices are 0; aggregation moves ranks.
    expect(Math.abs(r.sobol[0].total)).toBeLessThan(1e-12);
    expect(r.sobol[1].total).toBeGreaterThan(0.5);
    const only = runChoices({
      data: c.data,
      nodes: c.nodes,
      nominal: coinOptionsOf(s, c),
      vary: ['impute'],
      runs: 30,
      seed: 5,
    });
    if ('error' in only) throw new Error(only.error);
    for (const u of only.units) {
      expect([u.p05, u.median, u.p95]).toEqual([u.nominal, u.nominal, u.nominal]);
    }
  });

  it('one choice alone: first order = total, and the other inputs are absent', () => {
    const r = runChoices({
      data: coin.data,
      nodes: coin.nodes,
      nominal: coinOptionsOf(spec, coin),
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
        nominal: coinOptionsOf(spec, coin),
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
