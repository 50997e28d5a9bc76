import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  aggregateTree,
  type CoinAggregation,
} from '../../../src/core/coin/aggregate/aggregateTree.ts';
import { cronbachAlpha } from '../../../src/core/coin/coherence/cronbach.ts';
import { correlationMatrix } from '../../../src/core/coin/coherence/correlation.ts';
import { firstComponentShare } from '../../../src/core/coin/coherence/firstComponentShare.ts';
import { imputeColumn } from '../../../src/core/coin/impute/imputeColumn.ts';
import { interpolatePanel } from '../../../src/core/coin/impute/interpolatePanel.ts';
import { buildIndexTree, weightsWithinParent } from '../../../src/core/coin/indexTree.ts';
import {
  normaliseIndicator,
  type CoinNormalisation,
} from '../../../src/core/coin/normalise/coinNormalise.ts';

const ref = JSON.parse(
  readFileSync(new URL('../../fixtures/coinr/methods.json', import.meta.url), 'utf8'),
) as Record<string, unknown> & {
  x: number[];
  aggregation: Record<string, number[]> & { X: (number | null)[][]; w: number[] };
  coherence: {
    Z: number[][];
    pearson: number[][];
    spearman: number[][];
    alpha: number;
    pc1_share: number;
  };
  impute: {
    x: (number | null)[];
    groups: string[];
    i_mean: number;
    i_median: number;
    group_mean: Record<string, number>;
  };
  interpolate: { t: number[]; y: (number | null)[]; want: (number | null)[] };
};
const close = (got: ArrayLike<number>, want: readonly (number | null)[], digits = 10) =>
  want.forEach((w, i) =>
    w === null ? expect(got[i]).toBeNaN() : expect(got[i]).toBeCloseTo(w, digits),
  );

describe('normalisations (COINr semantics: Direction multiplies x first) vs NumPy', () => {
  const cases: [CoinNormalisation, [number, number], string][] = [
    ['n_minx', [2, 10], 'n_minx'],
    ['n_zscore', [0, 100], 'n_zscore'],
    ['n_rank', [0, 100], 'n_rank'],
    ['n_ratio', [0, 100], 'n_ratio'],
    ['n_goalposts', [0, 100], 'n_goalposts'],
  ];
  for (const [method, range, key] of cases) {
    for (const d of [1, -1] as const) {
      it(`${method} with Direction ${d}`, () => {
        const out = new Float64Array(ref.x.length);
        normaliseIndicator(
          ref.x,
          { method, range, direction: d, target: null, goalposts: { lower: 1, upper: 10 } },
          out,
        );
        close(out, ref[`${key}_${d}`] as number[]);
      });
    }
  }
  it('n_dist2targ without goalposts runs from the worst value to the Target', () => {
    const out = new Float64Array(3);
    normaliseIndicator(
      [2, 6, 12],
      { method: 'n_dist2targ', range: [0, 100], direction: 1, target: 10, goalposts: null },
      out,
    );
    expect(Array.from(out)).toEqual([0, 50, 100]);
    normaliseIndicator(
      [2, 6, 12],
      { method: 'n_dist2targ', range: [0, 100], direction: -1, target: 4, goalposts: null },
      out,
    );
    expect(Array.from(out)).toEqual([100, 75, 0]);
  });
});

describe('aggregations per level vs NumPy (weights 1, 2, 3 re-scaled over the children present)', () => {
  const { X, w } = ref.aggregation;
  const nodes = [
    ...w.map((wt, k) => ({ code: `c${k}`, level: 1, parent: 'top', weight: wt })),
    { code: 'top', level: 2, parent: null, weight: 1 },
  ];
  const t = buildIndexTree(nodes);
  if (!t.ok) throw new Error('tree');
  const tree = t.tree;
  const n = X.length;
  const run = (method: CoinAggregation, p?: number) => {
    const scores = new Float64Array(4 * n);
    X.forEach((row, u) => row.forEach((v, k) => (scores[k * n + u] = v ?? NaN)));
    aggregateTree(tree, scores, n, tree.weight, [{ method, p }]);
    return scores.subarray(3 * n);
  };
  it('a_amean', () => close(run('a_amean'), ref.aggregation.a_amean));
  it('a_gmean', () => close(run('a_gmean'), ref.aggregation.a_gmean));
  it('a_hmean', () => close(run('a_hmean'), ref.aggregation.a_hmean));
  it('a_genmean p = 2 and p = -2', () => {
    close(run('a_genmean', 2), ref.aggregation.a_genmean_2);
    close(run('a_genmean', -2), ref.aggregation['a_genmean_-2']);
  });
  it('a_copeland', () => close(run('a_copeland'), ref.aggregation.a_copeland));
  it('weights are re-scaled to sum 1 within each parent', () => {
    expect(Array.from(weightsWithinParent(tree)).map((x) => +x.toFixed(12))).toEqual(
      [1 / 6, 2 / 6, 3 / 6, 1].map((x) => +x.toFixed(12)),
    );
  });
  it('zero rule: a zero child makes the geometric and harmonic mean 0; a negative one makes it undefined', () => {
    const scores = Float64Array.from([0, 4, -1, 5, 5, 5, 1, 1, 1, 0, 0, 0]);
    aggregateTree(tree, scores, 3, tree.weight, [{ method: 'a_gmean' }]);
    expect(scores[9]).toBe(0);
    expect(scores[10]).toBeCloseTo(Math.exp((Math.log(4) + 2 * Math.log(5)) / 6), 12);
    expect(scores[11]).toBeNaN();
  });
});

describe('coherence vs NumPy/SciPy', () => {
  const Z = ref.coherence.Z;
  const cols = [0, 1, 2, 3].map((j) => Z.map((r) => r[j]));
  it("Pearson and Spearman matrices (SciPy's pearsonr, spearmanr)", () => {
    correlationMatrix(cols, 'pearson').forEach((row, i) =>
      close(row, ref.coherence.pearson[i], 12),
    );
    correlationMatrix(cols, 'spearman').forEach((row, i) =>
      close(row, ref.coherence.spearman[i], 12),
    );
  });
  it("Cronbach's alpha", () => expect(cronbachAlpha(cols)).toBeCloseTo(ref.coherence.alpha, 12));
  it('first principal component share (largest eigenvalue of the correlation matrix / k)', () =>
    expect(firstComponentShare(correlationMatrix(cols))).toBeCloseTo(ref.coherence.pc1_share, 9));
});

describe('imputation vs NumPy', () => {
  const x = () => Float64Array.from(ref.impute.x, (v) => v ?? NaN);
  it('i_mean and i_median fill every gap and mark it', () => {
    const a = x();
    const f = new Uint8Array(a.length);
    expect(imputeColumn(a, 'mean', null, f)).toBe(2);
    expect(a[1]).toBeCloseTo(ref.impute.i_mean, 12);
    expect(Array.from(f)).toEqual([0, 1, 0, 0, 1, 0, 0]);
    const b = x();
    imputeColumn(b, 'median', null, new Uint8Array(b.length));
    expect(b[4]).toBeCloseTo(ref.impute.i_median, 12);
  });
  it('group mean uses the unit group column', () => {
    const a = x();
    imputeColumn(a, 'mean', ref.impute.groups, new Uint8Array(a.length));
    expect(a[1]).toBeCloseTo(ref.impute.group_mean.a, 12);
    expect(a[4]).toBeCloseTo(ref.impute.group_mean.b, 12);
  });
  it('linear interpolation in a panel fills between observations only (numpy.interp)', () => {
    const { t, y, want } = ref.interpolate;
    const order = [3, 0, 5, 1, 4, 2];
    const a = Float64Array.from(order, (i) => y[i] ?? NaN);
    const f = new Uint8Array(a.length);
    interpolatePanel(
      order.map(() => 'U1'),
      order.map((i) => t[i]),
      a,
      f,
    );
    close(
      a,
      order.map((i) => want[i]),
    );
    expect(f.reduce((s, v) => s + v, 0)).toBe(2);
  });
});
