/**
 * Uncertainty and sensitivity analysis of a COINr-style index over its methodological
 * choices (OECD/JRC Handbook 2008, section 7; Saisana, Saltelli and Tarantola 2005; COINr
 * `get_sensitivity()`). Each uncertain input is one factor u in [0, 1):
 * - `weights`: every weight times (1 + 0.25 (2U - 1)), U uniform from a generator seeded by u
 *   (COINr's noisy weights with noise factor 0.25), re-scaled within each parent;
 * - `normalise`: the nominal normalisation, n_minx on 1-100, n_rank on 1-100 or n_zscore with
 *   mean 10 and SD 2 (positive scales, as in COINr's sensitivity vignette, so that geometric
 *   means stay defined), duplicates dropped;
 * - `aggregate`: the nominal method of every aggregate (a method per level or per node), or
 *   a_amean, a_gmean or a_hmean at every aggregate (a single-child aggregate, such as those
 *   lifting an indicator to level 1, passes its child through);
 * - `impute`: the nominal imputation (the study's, with each indicator's own), or none,
 *   i_mean or i_median for every indicator;
 * - `treat`: the nominal outlier treatment (the study's, with each indicator's own), or none
 *   or COINr's default rule for every indicator;
 * - `exclude`: keep all indicators or leave one out (each equally likely).
 * The nominal choice is always alternative 0 and an alternative equal to it is dropped, so
 * the run with every input at its nominal value is the nominal index (the rating table);
 * denominators are part of the data and never vary. A discrete input takes alternative
 * floor(u * count). The output for the Sobol indices is the
 * mean absolute rank shift of the index from the nominal ranks; the Saltelli design runs the
 * index N (d + 2) times. Rank intervals (5th, 50th, 95th percentile, R type 7) and class shares
 * (rank quintiles Q1 = top fifth .. Q5) come from the 2N independent runs of A and B.
 * The normalised columns of each (impute, treat, normalise) combination are computed once.
 */
import type { Issue } from '../issue.ts';
import { quantileSorted } from '../stats/quantile.ts';
import { mulberry32 } from '../stats/random.ts';
import { minRanksDescending, rankWork } from '../stats/rank.ts';
import {
  aggregateTree,
  aggregateWork,
  nodeAggregations,
  type LevelAggregation,
} from './aggregate/aggregateTree.ts';
import type { CoinData } from './coinData.ts';
import { prepareCoin, type CoinImputation, type CoinPrepareOptions } from './coinPrepare.ts';
import { coinRate, nodeWeights, type CoinOptions } from './coinRate.ts';
import type { IndexTree } from './indexTree.ts';
import type { CoinNormalisation } from './normalise/coinNormalise.ts';
import { radialRow, sobolDesign, sobolIndices, type SobolIndex } from './sobol/sobolIndices.ts';
import type { TreatmentSpec } from './treat/treatColumn.ts';

// The list lives in the spec (core/spec.ts), which stores the user's pick.
import { UNCERTAIN_INPUTS, type UncertainInput } from '../spec.ts';
export { UNCERTAIN_INPUTS, type UncertainInput };

export const CLASS_LABELS = ['Q1', 'Q2', 'Q3', 'Q4', 'Q5'] as const;

export interface CoinSensitivityOptions {
  vary: UncertainInput[];
  /** Base sample size N (the index runs N (d + 2) times). */
  runs: number;
  seed: number;
  /** Relative weight noise (COINr's default 0.25). */
  noise?: number;
  bootstrap?: number;
  /** Called with the share of base samples done (0..1), about a hundred times a run. */
  onProgress?: (fraction: number) => void;
}

export interface CoinSensitivityUnit {
  uCode: string;
  uName: string;
  nominal: number;
  median: number;
  p05: number;
  p95: number;
  classes: Record<string, number>;
}

export interface CoinSensitivityResult {
  inputs: UncertainInput[];
  runs: number;
  evaluations: number;
  seed: number;
  units: CoinSensitivityUnit[];
  sobol: ({ input: UncertainInput } & SobolIndex)[];
  /** Per indicator: mean and largest absolute rank shift of the index when it is left out. */
  leaveOneOut: { iCode: string; meanShift: number; maxShift: number }[];
  issues: Issue[];
}

const NORMS: { method: CoinNormalisation; range: [number, number]; z?: [number, number] }[] = [
  { method: 'n_minx', range: [1, 100] },
  { method: 'n_rank', range: [1, 100] },
  { method: 'n_zscore', range: [0, 100], z: [10, 2] },
];
const AGGS: LevelAggregation['method'][] = ['a_amean', 'a_gmean', 'a_hmean'];
const IMPUTES: CoinImputation[] = ['none', 'i_mean', 'i_median'];
const TREATS: TreatmentSpec[] = [{ method: 'none' }, { method: 'default' }];

const pick = (u: number, count: number): number => Math.min(count - 1, Math.floor(u * count));

const sameTreat = (a: TreatmentSpec, b: TreatmentSpec): boolean =>
  JSON.stringify(a) === JSON.stringify(b);

/**
 * The alternatives of imputation and treatment: the nominal options first, then each listed
 * rule applied to every indicator (their own choices dropped), without one that equals the
 * nominal (every indicator already under that rule).
 */
function treatmentAlternatives(
  nominal: CoinPrepareOptions,
  codes: readonly string[],
): { impute: CoinPrepareOptions['impute'][]; treat: TreatmentSpec[] } {
  const own = nominal.indicators ?? {};
  const imputeOf = (c: string) => own[c]?.impute ?? nominal.impute;
  const treatOf = (c: string) => own[c]?.treat ?? nominal.treat;
  return {
    impute: IMPUTES.filter((m) => !codes.every((c) => imputeOf(c) === m)),
    treat: TREATS.filter((t) => !codes.every((c) => sameTreat(treatOf(c), t))),
  };
}

export function coinSensitivity(
  data: CoinData,
  tree: IndexTree,
  nominal: CoinOptions,
  s: CoinSensitivityOptions,
): CoinSensitivityResult {
  const issues: Issue[] = [];
  const inputs = [...new Set(s.vary)];
  const d = inputs.length;
  const N = Math.max(1, Math.floor(s.runs));
  const noise = s.noise ?? 0.25;
  const K = tree.nIndicators;
  const M = tree.codes.length;
  const base = coinRate(data, tree, nominal);
  issues.push(...base.issues);
  const n = base.uCode.length;
  const top = tree.top;
  const nominalRanks = Int32Array.from(base.ranks[top], (r) => r ?? n);

  const norms = [
    { method: nominal.normalise, range: nominal.range } as (typeof NORMS)[number],
    ...NORMS,
  ].filter(
    (a, i, all) =>
      all.findIndex(
        (b) =>
          b.method === a.method &&
          b.range[0] === a.range[0] &&
          b.range[1] === a.range[1] &&
          !b.z === !a.z,
      ) === i,
  );
  const alt = treatmentAlternatives(nominal, tree.codes.slice(0, K));
  const imputes = alt.impute.length + 1;
  const treats = alt.treat.length + 1;
  /** The options of imputation alternative `imp` and treatment alternative `tr` (0 = nominal). */
  const prepareOptions = (imp: number, tr: number): CoinPrepareOptions => {
    if (imp === 0 && tr === 0) return nominal;
    const indicators: NonNullable<CoinPrepareOptions['indicators']> = {};
    for (const [code, o] of Object.entries(nominal.indicators ?? {})) {
      const kept = {
        ...(imp === 0 && o.impute !== undefined
          ? { impute: o.impute, imputeGroup: o.imputeGroup }
          : {}),
        ...(tr === 0 && o.treat !== undefined ? { treat: o.treat } : {}),
      };
      if (Object.keys(kept).length > 0) indicators[code] = kept;
    }
    return {
      ...nominal,
      indicators,
      ...(imp > 0 ? { impute: alt.impute[imp - 1], imputeGroup: undefined } : {}),
      ...(tr > 0 ? { treat: alt.treat[tr - 1] } : {}),
    };
  };
  const cache = new Map<string, Float64Array>();
  const logCache = new Map<Float64Array, Float64Array>();
  const logsOf = (m: Float64Array): Float64Array => {
    let l = logCache.get(m);
    if (!l) {
      l = new Float64Array(K * n);
      for (let i = 0; i < K * n; i++) l[i] = m[i] > 0 ? Math.log(m[i]) : NaN;
      logCache.set(m, l);
    }
    return l;
  };
  const normalisedFor = (imp: number, tr: number, nm: number): Float64Array => {
    const key = `${imp}|${tr}|${nm}`;
    let m = cache.get(key);
    if (!m) {
      const spec = norms[nm];
      const p = prepareCoin(data, tree, {
        ...prepareOptions(imp, tr),
        normalise: spec.method,
        range: spec.range,
      });
      // Full node-major score arrays, indicator columns filled once; the aggregates are
      // overwritten in place by every run (no copy per run).
      m = new Float64Array(M * n);
      m.set(p.normalised, 0);
      if (spec.z) for (let i = 0; i < K * n; i++) m[i] = m[i] * spec.z[1] + spec.z[0];
      cache.set(key, m);
    }
    return m;
  };
  // Aggregation alternatives, each as every node's method: the nominal first, then each of
  // AGGS at every aggregate (a single-child one passes its child through), without one that
  // equals the nominal.
  const nominalNodes = nodeAggregations(tree, nominal.aggregate, nominal.aggregateNodes);
  const single = (node: number) => tree.childStart[node + 1] - tree.childStart[node] === 1;
  const uniformNodes = (method: LevelAggregation['method']) =>
    tree.codes.map((_, node): LevelAggregation | undefined =>
      node < K ? undefined : single(node) ? { method: 'a_amean' } : { method },
    );
  const aggs = [
    nominalNodes,
    ...AGGS.filter(
      (m) => !nominalNodes.every((a, node) => a === undefined || single(node) || a.method === m),
    ).map(uniformNodes),
  ];
  const usesGeometric = aggs.map((a) =>
    a.some((x) => x?.method === 'a_gmean' || (x?.method === 'a_genmean' && x.p === 0)),
  );
  const w0 = nodeWeights(tree, nominal.weights);

  const scores = new Float64Array(M * n);
  const weights = new Float64Array(M);
  const work = aggregateWork(n);
  const rw = rankWork(n);
  const ranks = new Int32Array(n);
  const key = new Float64Array(n);

  /** Runs the index for one input vector; returns the mean absolute rank shift, ranks in `ranks`. */
  const evaluate = (x: ArrayLike<number>): number => {
    let imp = 0;
    let tr = 0;
    let nm = 0;
    let agg = 0;
    let exclude = -1;
    weights.set(w0);
    for (let i = 0; i < d; i++) {
      const u = x[i];
      switch (inputs[i]) {
        case 'weights': {
          const rng = mulberry32(Math.floor(u * 4294967296));
          for (let k = 0; k < M; k++) weights[k] = w0[k] * (1 + noise * (2 * rng() - 1));
          break;
        }
        case 'normalise':
          nm = pick(u, norms.length);
          break;
        case 'aggregate':
          agg = pick(u, aggs.length);
          break;
        case 'impute':
          imp = pick(u, imputes);
          break;
        case 'treat':
          tr = pick(u, treats);
          break;
        case 'exclude':
          exclude = pick(u, K + 1) - 1;
          break;
      }
    }
    if (exclude >= 0) weights[exclude] = 0;
    const runScores = normalisedFor(imp, tr, nm);
    aggregateTree(
      tree,
      runScores,
      n,
      weights,
      nominal.aggregate,
      work,
      undefined,
      usesGeometric[agg] ? logsOf(runScores) : undefined,
      aggs[agg],
    );
    for (let u = 0; u < n; u++) {
      const v = runScores[top * n + u];
      key[u] = v === v ? v : -Infinity;
    }
    minRanksDescending(key, ranks, rw);
    let shift = 0;
    for (let u = 0; u < n; u++) shift += Math.abs(ranks[u] - nominalRanks[u]);
    return n > 0 ? shift / n : 0;
  };

  /** Number of alternatives of a discrete input (0 for the continuous weights). */
  const choices = (input: UncertainInput): number =>
    input === 'weights'
      ? 0
      : input === 'normalise'
        ? norms.length
        : input === 'aggregate'
          ? aggs.length
          : input === 'impute'
            ? imputes
            : input === 'treat'
              ? treats
              : K + 1;
  const rng = mulberry32(s.seed);
  const { A, B } = sobolDesign(N, d, rng);
  const fA = new Float64Array(N);
  const fB = new Float64Array(N);
  const fAB = inputs.map(() => new Float64Array(N));
  const runRanks = new Int32Array(2 * N * n);
  const row = new Float64Array(d);
  const every = Math.max(1, Math.floor(N / 100));
  for (let j = 0; j < N; j++) {
    if (s.onProgress && j % every === 0) s.onProgress(j / N);
    fA[j] = evaluate(A.subarray(j * d, (j + 1) * d));
    runRanks.set(ranks, 2 * j * n);
    fB[j] = evaluate(B.subarray(j * d, (j + 1) * d));
    runRanks.set(ranks, (2 * j + 1) * n);
    for (let i = 0; i < d; i++) {
      // A discrete choice that B draws the same as A gives A's run exactly: reuse it.
      const count = choices(inputs[i]);
      if (count > 0 && pick(A[j * d + i], count) === pick(B[j * d + i], count)) fAB[i][j] = fA[j];
      else fAB[i][j] = evaluate(radialRow(A, B, d, j, i, row));
    }
  }
  const sobol = sobolIndices(fA, fB, fAB, mulberry32(s.seed ^ 0x5bd1e995), s.bootstrap ?? 500).map(
    (x, i) => ({
      input: inputs[i],
      ...x,
    }),
  );

  const R = 2 * N;
  // Ranks are whole numbers 1..n: each unit's runs are ordered by counting (O(n + R) a unit
  // instead of a sort), and the class of each rank is looked up once.
  const sorted = new Float64Array(R);
  const counts = new Int32Array(n + 2);
  const classOf = new Uint8Array(n + 2);
  for (let r = 1; r <= n + 1; r++) classOf[r] = Math.min(4, Math.floor(((r - 1) * 5) / n));
  const shares = new Float64Array(CLASS_LABELS.length);
  const units: CoinSensitivityUnit[] = base.uCode.map((uCode, u) => {
    counts.fill(0);
    for (let r = 0; r < R; r++) counts[runRanks[r * n + u]]++;
    shares.fill(0);
    let at = 0;
    for (let rank = 1; rank <= n + 1; rank++) {
      const c = counts[rank];
      if (c === 0) continue;
      sorted.fill(rank, at, at + c);
      at += c;
      shares[classOf[rank]] += c / R;
    }
    const classes: Record<string, number> = Object.fromEntries(
      CLASS_LABELS.map((label, q) => [label, shares[q]]),
    );
    return {
      uCode,
      uName: base.uName[u],
      nominal: nominalRanks[u],
      median: quantileSorted(sorted, 0.5),
      p05: quantileSorted(sorted, 0.05),
      p95: quantileSorted(sorted, 0.95),
      classes,
    };
  });

  const leaveOneOut = tree.codes.slice(0, K).map((iCode, k) => {
    weights.set(w0);
    weights[k] = 0;
    scores.set(base.prepared.normalised, 0);
    aggregateTree(
      tree,
      scores,
      n,
      weights,
      nominal.aggregate,
      work,
      undefined,
      undefined,
      nominalNodes,
    );
    for (let u = 0; u < n; u++) {
      const v = scores[top * n + u];
      key[u] = v === v ? v : -Infinity;
    }
    minRanksDescending(key, ranks, rw);
    let sum = 0;
    let max = 0;
    for (let u = 0; u < n; u++) {
      const dlt = Math.abs(ranks[u] - nominalRanks[u]);
      sum += dlt;
      if (dlt > max) max = dlt;
    }
    return { iCode, meanShift: n > 0 ? sum / n : 0, maxShift: max };
  });

  return {
    inputs,
    runs: N,
    evaluations: N * (d + 2),
    seed: s.seed,
    units,
    sobol,
    leaveOneOut,
    issues,
  };
}
