/**
 * The clustering step of the dashboard (docs/methods.md section 3): check the data, standardise
 * each variable with z-scores (sample SD, as R's `scale()`), cluster with the chosen linkage
 * on Euclidean distances, cut into k groups and describe the result. With Ward and
 * standardise 'z' this reproduces R's `hclust(dist(scale(X)), "ward.D2")` and
 * `cutree(tree, k)`. Problems in the data come back as issues, never as NaN.
 */
import { fail, type Issue, ok, type Result } from '../issue.ts';
import { zScoreColumns } from '../stats/zscore.ts';
import { agglomerationSchedule, type ScheduleStage } from './agglomerationSchedule.ts';
import { ClusterError } from './clusterError.ts';
import { cutree } from './cutree.ts';
import { MAX_MATRIX_OBSERVATIONS } from './distance.ts';
import { hclust, type LinkageMethod } from './hclust.ts';
import type { HclustTree } from './hclustTree.ts';
import { type SumsOfSquares, sumsOfSquares } from './sumsOfSquares.ts';

export interface ClusterOptions {
  standardise: 'z' | 'none';
  linkage: LinkageMethod;
  k: number;
  /** Names for messages (defaults: "observation i", "variable j"). */
  observationNames?: readonly string[];
  variableNames?: readonly string[];
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

/** Checks, standardises, clusters and cuts `data` (observations x variables). */
export function clusterAnalysis(
  data: ReadonlyArray<ArrayLike<number | null | undefined>>,
  options: ClusterOptions,
): Result<ClusterAnalysis> {
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
  let x: number[][];
  if (options.standardise === 'z') {
    const z = zScoreColumns(numeric);
    x = z.data;
    for (const j of z.constant) warnings.push(constantColumn(variable(j)));
  } else {
    x = numeric.map((row) => Array.from(row));
    for (let j = 0; j < p; j++) {
      if (x.every((row) => row[j] === x[0][j])) warnings.push(constantColumn(variable(j)));
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
  try {
    const tree = hclust(x, options.linkage);
    const labels = cutree(tree, k);
    return ok(
      {
        tree,
        labels,
        k,
        schedule: agglomerationSchedule(tree, x),
        sumsOfSquares: sumsOfSquares(x, labels),
        data: x,
      },
      warnings,
    );
  } catch (err) {
    if (err instanceof ClusterError) return fail([err.issue]);
    throw err;
  }
}

function constantColumn(name: string): Issue {
  return {
    code: 'constant-column',
    severity: 'warning',
    message: `${name} has the same value for every observation, so it cannot separate groups; it is left at 0.`,
    where: { indicator: name },
  };
}
