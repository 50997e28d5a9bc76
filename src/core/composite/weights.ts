/**
 * Weights at two levels (docs/methods.md section 1): indicator weights are relative within their
 * group and group weights relative across groups; each level is normalised to sum 1. The
 * paper's defaults (seed 004 formulas 2-4) are 1/3 per indicator and 0.5 per group.
 *
 * A negative or non-finite weight is an error and counts as 0. A level whose weights are all
 * zero is an error (`zero-weights`): there is nothing to divide by, so that level falls back
 * to equal weights and the message says so (the result is then shown but flagged).
 */
import type { Issue } from '../issue.ts';
import type { RatingSpec } from '../spec.ts';
import { walkGroups } from './ratingTree.ts';

export interface ResolvedWeights {
  /** Per group (pre-order), its own indicators' shares of the group. */
  indicator: number[][];
  /** Per group (pre-order), its share of its parent (or of the index). */
  group: number[];
  issues: Issue[];
}

/**
 * Normalises one level to sum 1: w_i / sum_j w_j, computed as (w_i / m) / sum_j (w_j / m) with
 * m = max_j w_j so the sum cannot overflow (three weights of 1e308 would sum to Infinity and
 * make every weight, and so every index, 0). All-zero falls back to equal weights (the caller
 * reports).
 */
export function normaliseWeights(w: ArrayLike<number>, out: number[] = []): number[] {
  let max = 0;
  for (let i = 0; i < w.length; i++) {
    const x = w[i];
    if (x > max && Number.isFinite(x)) max = x;
  }
  let sum = 0;
  for (let i = 0; i < w.length; i++) {
    const x = w[i];
    if (x > 0 && Number.isFinite(x)) sum += x / max;
  }
  for (let i = 0; i < w.length; i++) {
    const x = w[i];
    out[i] = sum > 0 ? (x > 0 && Number.isFinite(x) ? x / max / sum : 0) : 1 / w.length;
  }
  out.length = w.length;
  return out;
}

function checkLevel(
  w: number[],
  field: string,
  what: string,
  issues: Issue[],
  zeroCheck = true,
): void {
  w.forEach((x, i) => {
    if (!(Number.isFinite(x) && x >= 0)) {
      issues.push({
        code: 'negative-weight',
        severity: 'error',
        message: `${what} weight ${i + 1} is ${x}; a weight must be a number >= 0. It counts as 0.`,
        where: { field: `${field}[${i}].weight` },
        params: { index: i + 1, value: x },
      });
    }
  });
  if (zeroCheck && w.length > 0 && !w.some((x) => Number.isFinite(x) && x > 0)) {
    issues.push({
      code: 'zero-weights',
      severity: 'error',
      message: `All ${what.toLowerCase()} weights are zero; equal weights are used instead, but the result does not reflect the settings.`,
      where: { field },
    });
  }
}

/**
 * Normalised weights at every level with every problem found. Siblings share one
 * normalisation: the groups directly under the index, and within a group its own indicators
 * together with its sub-groups (issue 9), so w_child / sum of the siblings' w is the child's
 * share of its parent. Groups are in the tree's pre-order (ratingTree.ts).
 */
export function resolveWeights(spec: RatingSpec): ResolvedWeights {
  const issues: Issue[] = [];
  const visits = walkGroups(spec);
  const group = new Array<number>(visits.length).fill(0);
  const top = spec.groups.map((g) => g.weight);
  checkLevel(top, 'rating.groups', 'Group', issues);
  const tops = visits.filter((v) => v.parent === -1);
  normaliseWeights(top).forEach((w, i) => (group[tops[i].at] = w));
  const indicator = visits.map((v) => {
    const own = v.group.indicators.map((ind) => ind.weight);
    const subs = (v.group.groups ?? []).map((g) => g.weight);
    const what = `Indicator (group ${v.group.id})`;
    if (subs.length === 0) checkLevel(own, `${v.field}.indicators`, what, issues);
    else {
      // A group with sub-groups: each weight must be >= 0, and the zero check runs over
      // the indicators and sub-groups together (they are one level).
      checkLevel(own, `${v.field}.indicators`, what, issues, false);
      checkLevel(subs, `${v.field}.groups`, `Group (in ${v.group.id})`, issues, false);
      if (![...own, ...subs].some((x) => Number.isFinite(x) && x > 0))
        checkLevel([0], v.field, `Group ${v.group.id}'s`, issues);
    }
    const joint = normaliseWeights([...own, ...subs]);
    visits
      .filter((c) => c.parent === v.at)
      .forEach((c, s) => (group[c.at] = joint[own.length + s]));
    return joint.slice(0, own.length);
  });
  return { indicator, group, issues };
}
