/**
 * Linear (Fisher) discriminant analysis, the step of seed 002 that sorts industry groups
 * into "non-core", "middle" and "driver" after Ward (docs/methods.md section 5). Normal model with
 * a common covariance: pooled within-group covariance S = W / (n - g) (pooledCovariance.ts),
 * classification functions f_k(x) = -1/2 m_k^T S^-1 m_k + ln(prior_k) + m_k^T S^-1 x
 * (classificationFunctions.ts, SPSS's "Classification Function Coefficients"), canonical
 * discriminant functions from W^-1 B (canonicalFunctions.ts), resubstitution and
 * leave-one-out classification tables. Priors: proportional to group sizes (default; SPSS
 * "Compute from group sizes") or equal (SPSS's default "All groups equal"). Groups are
 * sorted (numbers ascending, strings by code unit) so output does not depend on row order.
 * Matches base-R computations on Fisher's iris data (test/fixtures/discriminant).
 */
import type { Issue } from '../issue.ts';
import { canonicalFunctions, type CanonicalFunctions } from './canonicalFunctions.ts';
import { classificationFunctions, classifyOne } from './classificationFunctions.ts';
import { DiscriminantError } from './discriminantError.ts';
import { leaveOneOut } from './leaveOneOut.ts';
import { choleskyOrFail, groupStats } from './pooledCovariance.ts';
import { missingValueIssue } from '../stats/missingValue.ts';

export type GroupLabel = string | number;

export interface LdaOptions {
  priors?: 'proportional' | 'equal';
  /** Leave-one-out classification (default true; O(n p^3)). */
  leaveOneOut?: boolean;
  variables?: string[];
}

export interface Classification<G extends GroupLabel> {
  predicted: G[];
  /** g x g counts: row = actual group, column = predicted group, in `groups` order. */
  table: number[][];
  percentCorrect: number;
}

export interface LdaResult<G extends GroupLabel = GroupLabel> {
  groups: G[];
  variables: string[];
  counts: number[];
  priors: number[];
  priorsRule: 'proportional' | 'equal';
  /** g x p group means. */
  means: number[][];
  /** p x p pooled within-group covariance. */
  pooledCovariance: number[][];
  /** Classification functions: per group a constant and p coefficients. */
  functions: { group: G; constant: number; coefficients: number[] }[];
  canonical: CanonicalFunctions;
  /** n x g posterior probabilities, columns in `groups` order. */
  posterior: number[][];
  /** Resubstitution classification (the fitted functions applied to the same data). */
  classification: Classification<G>;
  /** null when not asked for or when some fit without one case is singular. */
  leaveOneOut: Classification<G> | null;
  /** The sign rule of the canonical functions, in words. */
  convention: string;
  issues: Issue[];
}

function crossTable(
  actual: Int32Array,
  predicted: readonly number[],
  g: number,
): { table: number[][]; pc: number } {
  const table = Array.from({ length: g }, () => new Array<number>(g).fill(0));
  let hit = 0;
  predicted.forEach((pk, i) => {
    table[actual[i]][pk]++;
    if (pk === actual[i]) hit++;
  });
  return { table, pc: (hit / predicted.length) * 100 };
}

/**
 * Fits LDA to rows of p numbers with one group label per row. Throws DiscriminantError for
 * a labels/rows mismatch, missing cells (all listed), fewer than 2 groups, a group with
 * fewer than 2 members, fewer observations than variables + groups, or a singular pooled
 * covariance matrix.
 */
export function lda<G extends GroupLabel>(
  data: ReadonlyArray<ArrayLike<number | null | undefined>>,
  groups: readonly G[],
  opts: LdaOptions = {},
): LdaResult<G> {
  const n = data.length;
  const p = n > 0 ? data[0].length : 0;
  const names =
    opts.variables && opts.variables.length === p
      ? [...opts.variables]
      : Array.from({ length: p }, (_, j) => `V${j + 1}`);
  if (groups.length !== n) {
    throw new DiscriminantError(
      'labels-length',
      `${groups.length} group labels were given for ${n} observations.`,
    );
  }
  const x: number[][] = [];
  const missing: Issue[] = [];
  for (let i = 0; i < n; i++) {
    const row = data[i];
    if (row.length !== p) {
      throw new DiscriminantError(
        'ragged-rows',
        `Observation ${i + 1} has ${row.length} values; the first has ${p}.`,
        [
          {
            code: 'ragged-rows',
            severity: 'error',
            message: `Observation ${i + 1} has ${row.length} values; the first has ${p}.`,
            params: { observation: i + 1, count: row.length, expected: p },
          },
        ],
      );
    }
    const r: number[] = [];
    for (let j = 0; j < p; j++) {
      const v = row[j];
      if (v === null || v === undefined || !Number.isFinite(v)) {
        missing.push(missingValueIssue(i, names[j]));
        r.push(0);
      } else r.push(v);
    }
    const gl = groups[i] as GroupLabel;
    if (gl === null || gl === undefined || (typeof gl === 'number' && !Number.isFinite(gl))) {
      missing.push({
        code: 'missing-group',
        severity: 'error',
        params: { observation: i + 1 },
        message: `Observation ${i + 1} has no group label.`,
        where: { row: i + 1, field: 'groups' },
      });
    }
    x.push(r);
  }
  if (missing.length > 0) {
    throw new DiscriminantError(
      'missing-values',
      `${missing.length} missing value(s); discriminant analysis needs complete data.`,
      missing,
    );
  }
  const levels = [...new Set(groups)].sort((a, b) =>
    typeof a === 'number' && typeof b === 'number'
      ? a - b
      : String(a) < String(b)
        ? -1
        : String(a) > String(b)
          ? 1
          : 0,
  );
  const g = levels.length;
  if (g < 2) {
    throw new DiscriminantError(
      'too-few-groups',
      `Discriminant analysis needs at least 2 groups; the data has ${g}.`,
    );
  }
  const pos = new Map<G, number>(levels.map((l, k) => [l, k]));
  const index = Int32Array.from(groups, (gl) => pos.get(gl)!);
  const counts = levels.map((_, k) => index.filter((v) => v === k).length);
  const small = levels.filter((_, k) => counts[k] < 2);
  if (small.length > 0) {
    throw new DiscriminantError(
      'group-too-small',
      `Every group needs at least 2 members: ${small.map((s) => `'${s}'`).join(', ')} ${small.length === 1 ? 'has' : 'have'} fewer.`,
      small.map((s) => ({
        code: 'group-too-small',
        severity: 'error' as const,
        message: `Group '${s}' has fewer than 2 members, so its spread cannot be estimated.`,
        where: { field: 'groups' },
        params: { group: String(s) },
      })),
    );
  }
  if (n < p + g) {
    throw new DiscriminantError(
      'too-few-observations',
      `${n} observations are too few for ${p} variables and ${g} groups: at least ${p + g} are needed.`,
      [
        {
          code: 'too-few-observations',
          severity: 'error',
          message: `${n} observations are too few for ${p} variables and ${g} groups: at least ${p + g} are needed.`,
          params: { count: n, min: p + g },
        },
      ],
    );
  }
  const st = groupStats(x, index, g);
  const l = choleskyOrFail(st.pooled, names);
  const priorsRule = opts.priors ?? 'proportional';
  const priors = priorsRule === 'equal' ? counts.map(() => 1 / g) : counts.map((c) => c / n);
  const fn = classificationFunctions(l, st.means, priors);
  const posterior: number[][] = [];
  const predictedIdx: number[] = [];
  for (const row of x) {
    const c = classifyOne(fn, row);
    posterior.push(c.posterior);
    predictedIdx.push(c.predicted);
  }
  const res = crossTable(index, predictedIdx, g);
  const canonical = canonicalFunctions(st.w, st.b, st.pooled, st.means, st.grandMean, n - g);
  const issues: Issue[] = [];
  let loo: Classification<G> | null = null;
  if (opts.leaveOneOut ?? true) {
    const lp = leaveOneOut(x, index, counts, st.means, st.w, priors, names);
    if (lp) {
      const t = crossTable(index, lp, g);
      loo = { predicted: lp.map((k) => levels[k]), table: t.table, percentCorrect: t.pc };
    } else {
      issues.push({
        code: 'leave-one-out-unavailable',
        severity: 'warning',
        message:
          'Leave-one-out classification is not available: without some observation the pooled covariance becomes singular.',
      });
    }
  }
  return {
    groups: levels,
    variables: names,
    counts,
    priors,
    priorsRule,
    means: st.means,
    pooledCovariance: st.pooled,
    functions: levels.map((group, k) => ({
      group,
      constant: fn.constants[k],
      coefficients: fn.coefficients[k],
    })),
    canonical,
    posterior,
    classification: {
      predicted: predictedIdx.map((k) => levels[k]),
      table: res.table,
      percentCorrect: res.pc,
    },
    leaveOneOut: loo,
    convention:
      'Canonical functions are scaled to unit pooled within-group variance and reflected so that each one’s largest-magnitude standardised coefficient is positive; groups are in sorted order.',
    issues,
  };
}
