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

export interface ResolvedWeights {
  /** Per group, the indicator weights normalised to sum 1. */
  indicator: number[][];
  /** Group weights normalised to sum 1. */
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

function checkLevel(w: number[], field: string, what: string, issues: Issue[]): void {
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
  if (w.length > 0 && !w.some((x) => Number.isFinite(x) && x > 0)) {
    issues.push({
      code: 'zero-weights',
      severity: 'error',
      message: `All ${what.toLowerCase()} weights are zero; equal weights are used instead, but the result does not reflect the settings.`,
      where: { field },
    });
  }
}

/** Normalised weights of both levels with every problem found. */
export function resolveWeights(spec: RatingSpec): ResolvedWeights {
  const issues: Issue[] = [];
  const gw = spec.groups.map((g) => g.weight);
  checkLevel(gw, 'rating.groups', 'Group', issues);
  const indicator = spec.groups.map((g, gi) => {
    const w = g.indicators.map((ind) => ind.weight);
    checkLevel(w, `rating.groups[${gi}].indicators`, `Indicator (group ${g.id})`, issues);
    return normaliseWeights(w);
  });
  return { indicator, group: normaliseWeights(gw), issues };
}
