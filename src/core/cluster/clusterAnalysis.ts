/**
 * The clustering step of the dashboard (docs/methods.md section 3): check the data, standardise
 * each variable with z-scores (sample SD, as R's `scale()`), cluster with the chosen linkage
 * on Euclidean distances, cut into k groups and describe the result. With Ward and
 * standardise 'z' this reproduces R's `hclust(dist(scale(X)), "ward.D2")` and
 * `cutree(tree, k)`. Problems in the data come back as issues, never as NaN.
 */
import { fail, type Issue, ok, type Result } from '../issue.ts';
import { columnStats } from '../stats/zscore.ts';
import { agglomerationSchedule, type ScheduleStage } from './agglomerationSchedule.ts';
import { ClusterError } from './clusterError.ts';
import { cutree } from './cutree.ts';
import { MAX_MATRIX_OBSERVATIONS } from './distance.ts';
import { hclustRowMajor, type LinkageMethod } from './hclust.ts';
import type { HclustTree } from './hclustTree.ts';
import { type SumsOfSquares, sumsOfSquares } from './sumsOfSquares.ts';
import type { WardHelper } from './wardSplit.ts';

export interface ClusterOptions {
  standardise: 'z' | 'none';
  linkage: LinkageMethod;
  k: number;
  /** Names for messages (defaults: "observation i", "variable j"). */
  observationNames?: readonly string[];
  variableNames?: readonly string[];
  /** A thread that may share Ward's long searches (hclust.ts HclustOptions). */
  helper?: WardHelper;
}

export interface ClusterAnalysis {
  tree: HclustTree;
  /** Group (1..k) of each observation, numbered as R's cutree. */
  labels: number[];
  k: number;
  schedule: ScheduleStage[];
  sumsOfSquares: SumsOfSquares;
  /** The data that was clustered (standardised if asked). */
  data: number[][];
}

/** The tree and the cut alone: what clusterAnalysis() computes before describing them. */
export interface ClusterCut {
  tree: HclustTree;
  /** Group (1..k) of each observation, numbered as R's cutree. */
  labels: number[];
  k: number;
}

/** Checks, standardises, clusters and cuts `data` (observations x variables). */
export function clusterAnalysis(
  data: ReadonlyArray<ArrayLike<number | null | undefined>>,
  options: ClusterOptions,
): Result<ClusterAnalysis> {
  const prepared = prepare(data, options);
  if (!prepared.ok) return prepared;
  const { x, n, p } = prepared.value;
  // The clustered data as rows, for the description (the same numbers as x).
  const rows = Array.from({ length: n }, (_, i) => Array.from(x.subarray(i * p, (i + 1) * p)));
  return cut(prepared.value, options, prepared.warnings, (tree, labels) => ({
    tree,
    labels,
    k: options.k,
    schedule: agglomerationSchedule(tree, rows),
    sumsOfSquares: sumsOfSquares(rows, labels),
    data: rows,
  }));
}

/**
 * The same checks, standardisation, tree and cut as clusterAnalysis() (hence the same tree
 * and groups), without the schedule, the sums of squares and a copy of the data: for callers
 * that print only the tree and the cut (the CLI's `cluster`), in O(n p) memory beside the
 * tree. R: `cutree(hclust(dist(scale(X)), "ward.D2"), k)`.
 */
export function clusterTree(
  data: ReadonlyArray<ArrayLike<number | null | undefined>>,
  options: ClusterOptions,
): Result<ClusterCut> {
  const prepared = prepare(data, options);
  if (!prepared.ok) return prepared;
  return cut(prepared.value, options, prepared.warnings, (tree, labels) => ({
    tree,
    labels,
    k: options.k,
  }));
}

/** hclust and cutree of the prepared data; a ClusterError becomes its issue. */
function cut<T>(
  { x, n, p }: Prepared,
  options: ClusterOptions,
  warnings: Issue[],
  describe: (tree: HclustTree, labels: number[]) => T,
): Result<T> {
  try {
    const tree = hclustRowMajor(x, n, p, options.linkage, { helper: options.helper });
    return ok(describe(tree, cutree(tree, options.k)), warnings);
  } catch (err) {
    if (err instanceof ClusterError) return fail([err.issue]);
    throw err;
  }
}

/** The data to cluster, row-major (x[i p + j]), standardised if asked. */
interface Prepared {
  x: Float64Array;
  n: number;
  p: number;
}

/**
 * Checks `data` (every problem at once) and standardises it into one row-major array:
 * z = (x - mean) / sd with the sample SD (R's `scale()`, zscore.ts's columnStats()); a
 * constant column becomes 0 with a warning.
 */
function prepare(
  data: ReadonlyArray<ArrayLike<number | null | undefined>>,
  options: ClusterOptions,
): Result<Prepared> {
  const n = data.length;
  const p = n > 0 ? data[0].length : 0;
  const obs = (i: number) => options.observationNames?.[i] ?? `observation ${i + 1}`;
  const variable = (j: number) => options.variableNames?.[j] ?? `variable ${j + 1}`;
  // For messages in any language: the name where there is one, else the position.
  const obsP = (i: number) => options.observationNames?.[i] ?? i + 1;
  const varP = (j: number) => options.variableNames?.[j] ?? j + 1;
  const issues: Issue[] = [];
  const warnings: Issue[] = [];

  if (n < 3) {
    issues.push({
      code: 'too-few-observations',
      severity: 'error',
      message: `Clustering needs at least 3 observations; there are ${n}.`,
      params: { count: n, min: 3 },
    });
  }
  if (p === 0 && n > 0) {
    issues.push({
      code: 'no-variables',
      severity: 'error',
      message: 'Clustering needs at least one numeric variable.',
    });
  }
  const missingRows = new Set<number>();
  const missingCols = new Set<number>();
  for (let i = 0; i < n; i++) {
    if (data[i].length !== p) {
      issues.push({
        code: 'ragged-rows',
        severity: 'error',
        message: `${obs(i)} has ${data[i].length} values; the first observation has ${p}.`,
        where: { row: i + 1, region: obs(i) },
        params: { observation: obsP(i), count: data[i].length, expected: p },
      });
      continue;
    }
    for (let j = 0; j < p; j++) {
      const v = data[i][j];
      if (typeof v !== 'number' || !Number.isFinite(v)) {
        missingRows.add(i);
        missingCols.add(j);
      }
    }
  }
  if (missingRows.size > 0) {
    const rows = [...missingRows].map(obs);
    const cols = [...missingCols].map(variable);
    issues.push({
      code: 'missing-values',
      severity: 'error',
      message:
        `Clustering needs a value for every observation and variable. Missing or not a number ` +
        `in ${rows.length} observation(s): ${rows.join(', ')}; variable(s): ${cols.join(', ')}. ` +
        `Fill them in or leave those observations or variables out.`,
      params: { observations: [...missingRows].map(obsP), variables: [...missingCols].map(varP) },
    });
  }
  const k = options.k;
  if (!Number.isInteger(k) || k < 1 || (n >= 3 && k > n)) {
    issues.push({
      code: 'k-out-of-range',
      severity: 'error',
      message: `The number of groups must be a whole number from 1 to ${Math.max(n, 1)}; got ${k}.`,
      where: { field: 'clustering.k' },
      params: { max: Math.max(n, 1), value: String(k) },
    });
  }
  if (options.linkage !== 'ward' && n > MAX_MATRIX_OBSERVATIONS) {
    issues.push({
      code: 'too-many-observations',
      severity: 'error',
      message:
        `${options.linkage} linkage needs all pairwise distances, which is limited to ` +
        `${MAX_MATRIX_OBSERVATIONS} observations; there are ${n}. Use Ward's method.`,
      where: { field: 'clustering.linkage' },
      params: { limit: MAX_MATRIX_OBSERVATIONS, count: n },
    });
  }
  if (issues.length > 0) return fail(issues);

  const numeric = data as ReadonlyArray<ArrayLike<number>>;
  const x = new Float64Array(n * p);
  for (let j = 0; j < p; j++) {
    if (options.standardise === 'z') {
      const { mean, sd } = columnStats(numeric, j);
      for (let i = 0; i < n; i++) x[i * p + j] = sd > 0 ? (numeric[i][j] - mean) / sd : 0;
      if (!(sd > 0)) warnings.push(constantColumn(variable(j)));
    } else {
      let constant = true;
      for (let i = 0; i < n; i++) {
        x[i * p + j] = numeric[i][j];
        if (numeric[i][j] !== numeric[0][j]) constant = false;
      }
      if (constant) warnings.push(constantColumn(variable(j)));
    }
  }
  if (warnings.length === p) {
    return fail([
      {
        code: 'all-columns-constant',
        severity: 'error',
        message: 'Every variable has the same value for all observations; nothing to cluster.',
      },
    ]);
  }
  return ok({ x, n, p }, warnings);
}

function constantColumn(name: string): Issue {
  return {
    code: 'constant-column',
    severity: 'warning',
    message: `${name} has the same value for every observation, so it cannot separate groups; it is left at 0.`,
    where: { indicator: name },
  };
}
