/**
 * The task table: what each task runs in the pure core. Shared by the worker and by the
 * client's in-thread path, so both give the same result.
 */
import {
  adjustedRandIndex,
  clusterAnalysis,
  silhouetteByK,
  rate,
  lda,
  factorAnalysis,
  FactorError,
  type Issue,
  sensitivity,
  specialisation,
  clusterStrength,
  relatedness,
  walkGroups,
} from '../core/index.ts';
import { runSpatial } from './spatialTask.ts';
import type {
  ClusterInput,
  ClusterOutput,
  DiscriminantCheck,
  FactorsInput,
  FactorsOutput,
  SpatialInput,
  TaskInput,
  TaskName,
  TaskOutput,
} from './protocol.ts';

type Runner<K extends TaskName> = (
  input: TaskInput<K>,
  progress?: (f: number) => void,
) => TaskOutput<K>;

/** A thrown error as an issue: only plain data crosses the worker boundary. */
function thrownIssue(e: unknown, code: string): Issue {
  const issue = (e as { issue?: Issue }).issue;
  if (issue && typeof issue.code === 'string') return { ...issue };
  return { code, severity: 'error', message: e instanceof Error ? e.message : String(e) };
}

/**
 * Seed 002's check of the groups: Fisher LDA (core/discriminant/lda.ts, docs/methods.md section 5)
 * on the clustered (standardised) data with the cut's labels as groups, priors proportional
 * to group sizes, leave-one-out on. Where LDA cannot run (a group of one, a singular pooled
 * covariance, too few observations for the variables) the reason comes back as an issue.
 */
export function discriminantCheck(
  data: readonly (readonly number[])[],
  labels: readonly number[],
  variableNames: readonly string[],
): DiscriminantCheck {
  try {
    const r = lda(data, labels, {
      priors: 'proportional',
      leaveOneOut: true,
      variables: [...variableNames],
    });
    return {
      ok: true,
      summary: {
        groups: [...r.groups],
        counts: [...r.counts],
        table: r.classification.table.map((row) => [...row]),
        percentCorrect: r.classification.percentCorrect,
        looTable: r.leaveOneOut ? r.leaveOneOut.table.map((row) => [...row]) : null,
        looPercentCorrect: r.leaveOneOut ? r.leaveOneOut.percentCorrect : null,
        eigenvalues: [...r.canonical.eigenvalues],
        percentOfVariance: [...r.canonical.percentOfVariance],
      },
    };
  } catch (e) {
    return { ok: false, issue: thrownIssue(e, 'discriminant-failed') };
  }
}

/**
 * clusterAnalysis (R's hclust + cutree), then the mean silhouette for k = 2..kMax and the
 * ARI against the reference, then seed 002's discriminant check of the groups. The silhouette is
 * an aid to choosing k, computed for k = 2..min(kMax, n - 1), where cutree always gives k groups;
 * the clustering itself already refused the inputs silhouetteByK would refuse.
 */
function runCluster(input: ClusterInput, progress?: (f: number) => void): ClusterOutput {
  const { values, spec, reference } = input;
  const n = values.length;
  const k = Math.min(Math.max(Math.round(spec.k), 1), Math.max(n, 1));
  try {
    const res = clusterAnalysis(values, {
      standardise: spec.standardise,
      linkage: spec.linkage,
      k,
      observationNames: input.rows,
      variableNames: input.columns,
    });
    if (!res.ok) {
      return { analysis: null, issues: res.issues, silhouette: [], ari: null, discriminant: null };
    }
    progress?.(0.6);
    const a = res.value;
    let silhouette: ClusterOutput['silhouette'] = [];
    const kMax = Math.min(n - 1, input.kMax);
    if (kMax >= 2) {
      silhouette = silhouetteByK(a.tree, a.data, kMax);
    }
    progress?.(0.95);
    const ari =
      reference && reference.length === n && n >= 2 ? adjustedRandIndex(a.labels, reference) : null;
    const discriminant = discriminantCheck(a.data, a.labels, input.columns);
    return { analysis: a, issues: [...res.warnings], silhouette, ari, discriminant };
  } catch (e) {
    return {
      analysis: null,
      issues: [thrownIssue(e, 'cluster-failed')],
      silhouette: [],
      ari: null,
      discriminant: null,
    };
  }
}

/** factorAnalysis with nfactors clamped to 1..p; its FactorError becomes the issue list. */
function runFactors({ values, variableNames, spec }: FactorsInput): FactorsOutput {
  const p = values[0]?.length ?? variableNames.length;
  const nfactors =
    spec.nfactors === null ? null : Math.min(Math.max(spec.nfactors, 1), Math.max(p, 1));
  try {
    const result = factorAnalysis(
      values,
      { nfactors, rotation: spec.rotation, convention: spec.convention },
      variableNames,
    );
    return { result, issues: result.issues };
  } catch (e) {
    if (e instanceof FactorError) return { result: null, issues: e.issues.map((i) => ({ ...i })) };
    return { result: null, issues: [thrownIssue(e, 'factor-failed')] };
  }
}

export const TASKS: { [K in TaskName]: Runner<K> } = {
  rating: ({ matrix, spec }) => rate(matrix, spec),
  // The core reports no progress: 1,000 runs over 16 regions take milliseconds, and large
  // inputs go to the worker, where the UI stays responsive anyway.
  sensitivity: ({ matrix, spec, sensitivity: s }) => sensitivity(matrix, spec, s),
  cluster: runCluster,
  factors: runFactors,
  // prepareEmployment() reports bad cells as issues and never throws.
  specialisation: (m) => ({
    ...specialisation(m),
    matrix: { rows: m.rows, columns: m.columns, values: m.values },
    strength: clusterStrength(m, m.clusters ?? {}),
    relatedness: relatedness(m),
  }),
  spatial: runSpatial,
};

export function runTask<K extends TaskName>(
  task: K,
  input: TaskInput<K>,
  progress?: (f: number) => void,
): TaskOutput<K> {
  const run = TASKS[task] as Runner<K> | undefined;
  if (!run) throw new Error(`Unknown compute task "${String(task)}".`);
  return run(input, progress);
}

/** Rough amount of work of a task, to choose between in-thread and worker. */
export function workOf<K extends TaskName>(task: K, input: TaskInput<K>): number {
  // Clustering and its silhouette are quadratic in the rows: n^2 p distance terms.
  if (task === 'cluster') {
    const v = (input as ClusterInput).values;
    return v.length * v.length * (v[0]?.length ?? 0);
  }
  // Spatial: the permutations dominate (n units x R draws x their neighbours), then SCHC.
  if (task === 'spatial') {
    const s = input as SpatialInput;
    const n = s.units.length;
    return n * (s.spec.permutations + 1) * 8 + n * n * (s.clusterRows[0]?.length ?? 1);
  }
  const rows = (input as { values?: unknown[][] }).values;
  if (rows) return rows.length * (rows[0]?.length ?? 0);
  const m = (input as { matrix?: { values: unknown[][] } }).matrix;
  const cells = m ? m.values.length * (m.values[0]?.length ?? 0) : 0;
  if (task === 'sensitivity') {
    // Each run re-aggregates every node of the tree for every unit: units x (indicators +
    // groups + the index) x runs, at 10-30 ns each in Chromium (bench:ui profile, 2026-12-02:
    // the paper's 16 x 15 x 1,000 took ~2.5 ms; a four-level tree of 30 indicators, 20 x 46 x
    // 1,000, ~25 ms, which kept a slider step far over its frame). Weighted by 8 so that the
    // common threshold keeps in the input event only runs of a few milliseconds.
    const s = input as TaskInput<'sensitivity'>;
    const nodes = cells === 0 ? 0 : (m?.values[0]?.length ?? 0) + walkGroups(s.spec).length + 1;
    return (m?.values.length ?? 0) * nodes * s.sensitivity.runs * 8;
  }
  const runs = (input as { sensitivity?: { runs: number } }).sensitivity?.runs ?? 1;
  return cells * runs;
}
