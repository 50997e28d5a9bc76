/**
 * Discriminant analysis of the user's own groups of industries (issue 12, item 5; seed 002:
 * Ward's groups of East Kazakhstan's industries sorted by discriminant analysis into
 * non-core, middle and driver industries). The observations are industries, described by
 * p measures (for the app: their competitive position in one region,
 * clusters/industryPosition.ts); the user names the groups and puts each industry in one.
 *
 * Fisher's LDA (lda.ts: pooled covariance, classification functions with priors
 * proportional to group sizes, canonical functions of W^-1 B, leave-one-out), Wilks' lambda
 * of the functions (wilksLambda.ts) and each industry's canonical scores
 * z_iq = c_q + sum_j x_ij v_jq (raw coefficients scaled to unit pooled within-group variance).
 *
 * Before LDA runs, the grouping itself is checked, every problem at once, naming the user's
 * groups: an industry in two groups, a group with a single industry (its spread cannot be
 * estimated), fewer than two groups with industries. Empty groups and industries without a
 * group or without a measure (a ratio with a zero total) are left out with a warning.
 * Checked against scikit-learn's LinearDiscriminantAnalysis and SciPy
 * (test/fixtures/discriminant/industry).
 */
import type { Issue } from '../issue.ts';
import { fail, ok, type Result } from '../issue.ts';
import { DiscriminantError } from './discriminantError.ts';
import { lda, type LdaResult } from './lda.ts';
import { wilksLambda, type WilksTest } from './wilksLambda.ts';

export interface IndustryGroup {
  /** The user's own name for the group. */
  name: string;
  industries: string[];
}

export interface IndustryDiscriminantInput {
  /** Observations, in display order. */
  industries: readonly string[];
  /** industries x p measures; null = not defined. */
  features: readonly (readonly (number | null)[])[];
  /** Names of the p measures (for messages). */
  variables: readonly string[];
  groups: readonly IndustryGroup[];
}

export interface IndustryDiscriminant {
  /** Groups that entered the analysis (at least one industry), as indices into input.groups. */
  groups: number[];
  /** Per industry (input order): index into input.groups, or null when left out. */
  given: (number | null)[];
  /** Predicted group (index into input.groups) by resubstitution; null when left out. */
  predicted: (number | null)[];
  /** Leave-one-out prediction; null when left out or when leave-one-out is unavailable. */
  looPredicted: (number | null)[];
  /** Posterior probabilities over `groups`; null when left out. */
  posterior: (number[] | null)[];
  /** Canonical discriminant scores (m per industry); null when left out. */
  scores: (number[] | null)[];
  /** Group centroids in the canonical space, in `groups` order. */
  centroids: number[][];
  lda: LdaResult<number>;
  wilks: WilksTest[];
  /** Industries that entered, in input order. */
  used: number[];
}

// No `where`: the sentence names the user's group or industry itself.
const groupIssue = (code: string, message: string, params: Issue['params']): Issue => ({
  code,
  severity: 'error',
  message,
  params,
});

export function industryDiscriminant(
  input: IndustryDiscriminantInput,
): Result<IndustryDiscriminant> {
  const { industries, features, variables, groups } = input;
  const errors: Issue[] = [];
  const warnings: Issue[] = [];
  const groupOf = new Map<string, number>();
  groups.forEach((g, k) => {
    for (const ind of g.industries) {
      const prev = groupOf.get(ind);
      if (prev !== undefined && prev !== k) {
        errors.push(
          groupIssue(
            'industry-in-two-groups',
            `Industry ‘${ind}’ is in two groups: ‘${groups[prev].name}’ and ‘${g.name}’.`,
            { industry: ind, group: groups[prev].name, other: g.name },
          ),
        );
      } else groupOf.set(ind, k);
    }
  });
  const unassigned: string[] = [];
  const undefinedMeasure: string[] = [];
  const used: number[] = [];
  industries.forEach((ind, i) => {
    if (features[i].some((v) => v === null || !Number.isFinite(v))) undefinedMeasure.push(ind);
    else if (groupOf.get(ind) === undefined) unassigned.push(ind);
    else used.push(i);
  });
  if (unassigned.length > 0)
    warnings.push({
      code: 'industries-without-group',
      severity: 'warning',
      message: `Left out, in no group: ${unassigned.join(', ')}.`,
      params: { industries: unassigned },
    });
  if (undefinedMeasure.length > 0)
    warnings.push({
      code: 'industries-without-measure',
      severity: 'warning',
      message: `Left out, a measure cannot be computed (a total of 0, or related to no other industry): ${undefinedMeasure.join(', ')}.`,
      params: { industries: undefinedMeasure },
    });
  const counts = groups.map(() => 0);
  for (const i of used) counts[groupOf.get(industries[i])!]++;
  const empty = groups.filter((_, k) => counts[k] === 0).map((g) => g.name);
  if (empty.length > 0)
    warnings.push({
      code: 'empty-groups',
      severity: 'warning',
      message: `Groups without industries, left out: ${empty.join(', ')}.`,
      params: { groups: empty },
    });
  groups.forEach((g, k) => {
    if (counts[k] === 1)
      errors.push(
        groupIssue(
          'group-too-small',
          `Group ‘${g.name}’ has fewer than 2 members, so its spread cannot be estimated.`,
          { group: g.name },
        ),
      );
  });
  const present = groups.map((_, k) => k).filter((k) => counts[k] > 0);
  if (present.length < 2)
    errors.push(
      groupIssue(
        'too-few-groups',
        `Discriminant analysis needs at least 2 groups with industries; there ${present.length === 1 ? 'is' : 'are'} ${present.length}.`,
        { count: present.length },
      ),
    );
  if (errors.length > 0) return fail([...errors, ...warnings]);

  const data = used.map((i) => features[i] as number[]);
  const labels = used.map((i) => groupOf.get(industries[i])!);
  let res: LdaResult<number>;
  try {
    res = lda(data, labels, { variables: [...variables], priors: 'proportional' });
  } catch (e) {
    if (e instanceof DiscriminantError) return fail([...e.issues, ...warnings]);
    throw e;
  }
  const n = industries.length;
  const given: (number | null)[] = new Array<number | null>(n).fill(null);
  const predicted: (number | null)[] = new Array<number | null>(n).fill(null);
  const looPredicted: (number | null)[] = new Array<number | null>(n).fill(null);
  const posterior: (number[] | null)[] = new Array<number[] | null>(n).fill(null);
  const scores: (number[] | null)[] = new Array<number[] | null>(n).fill(null);
  const c = res.canonical;
  used.forEach((i, r) => {
    given[i] = labels[r];
    predicted[i] = res.classification.predicted[r];
    looPredicted[i] = res.leaveOneOut ? res.leaveOneOut.predicted[r] : null;
    posterior[i] = res.posterior[r];
    scores[i] = c.rawConstants.map(
      (c0, q) => c0 + data[r].reduce((s, x, j) => s + x * c.raw[j][q], 0),
    );
  });
  return ok(
    {
      groups: res.groups,
      given,
      predicted,
      looPredicted,
      posterior,
      scores,
      centroids: c.centroids,
      lda: res,
      wilks: wilksLambda(c.eigenvalues, used.length, variables.length, res.groups.length),
      used,
    },
    [...warnings, ...res.issues],
  );
}
