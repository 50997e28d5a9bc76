/**
 * Regionalisation of a national input-output table with location quotients (Miller & Blair
 * 2009, section 8.3; Flegg & Webber 2000, "Regional size, regional specialization and the
 * FLQ formula", Regional Studies 34(6)). With E_ir, E_r the region's employment in industry
 * i and in total, E_in, E_n the nation's (the nation = the sum of the matrix's regions):
 *
 *   SLQ_i   = (E_ir / E_r) / (E_in / E_n)
 *   CILQ_ij = SLQ_i / SLQ_j  (i != j, i the selling and j the buying industry),  SLQ_i (i = j)
 *   lambda  = [log2(1 + E_r / E_n)]^delta,   0 <= delta < 1 (0.3 by default)
 *   FLQ_ij  = lambda CILQ_ij
 *
 * and the regional technical coefficient r_ij = a_ij min(Q_ij, 1), Q the chosen quotient
 * (SLQ_i for every j, CILQ_ij or FLQ_ij): the national coefficient scaled down where the
 * region cannot supply the input itself, never up. Value-added and household-income ratios
 * stay the national table's.
 */
import type { Issue } from '../issue.ts';

export type RegionaliseMethod = 'slq' | 'cilq' | 'flq';

export const FLQ_DELTA_DEFAULT = 0.3;

export interface RegionaliseInput {
  /** National technical coefficients, n x n. */
  a: readonly (readonly number[])[];
  /** Region's employment per industry (same order as a). */
  regional: readonly number[];
  /** Nation's employment per industry. */
  national: readonly number[];
  method: RegionaliseMethod;
  delta?: number;
  industries?: readonly string[];
}

export interface RegionaliseResult {
  /** Regional technical coefficients. */
  a: number[][];
  slq: (number | null)[];
  /** The quotient Q_ij actually applied (before min(., 1)); null where undefined. */
  quotient: (number | null)[][];
  /** lambda (FLQ only; null otherwise). */
  lambda: number | null;
  issues: Issue[];
}

/** FLQ's regional-size factor lambda = [log2(1 + E_r / E_n)]^delta. */
export function flqLambda(regionalTotal: number, nationalTotal: number, delta: number): number {
  return Math.log2(1 + regionalTotal / nationalTotal) ** delta;
}

export function regionalise(input: RegionaliseInput): RegionaliseResult {
  const n = input.a.length;
  const names = input.industries ?? input.a.map((_, i) => `industry ${i + 1}`);
  const issues: Issue[] = [];
  const delta = input.delta ?? FLQ_DELTA_DEFAULT;
  if (input.regional.length !== n || input.national.length !== n) {
    issues.push({
      code: 'employment-length',
      severity: 'error',
      message: `Employment is given for ${input.regional.length} industries in the region and ${input.national.length} in the nation, but the table has ${n}.`,
      params: { regional: input.regional.length, national: input.national.length, count: n },
    });
    return { a: [], slq: [], quotient: [], lambda: null, issues };
  }
  if (input.method === 'flq' && !(delta >= 0 && delta < 1)) {
    issues.push({
      code: 'delta-out-of-range',
      severity: 'error',
      message: `delta must be at least 0 and below 1 (Flegg & Webber use about 0.3); it is ${delta}.`,
      where: { field: 'delta' },
      params: { value: delta },
    });
    return { a: [], slq: [], quotient: [], lambda: null, issues };
  }
  const er = input.regional.reduce((s, v) => s + v, 0);
  const en = input.national.reduce((s, v) => s + v, 0);
  if (!(er > 0) || !(en > 0)) {
    issues.push({
      code: 'no-employment',
      severity: 'error',
      message: 'The region or the nation has no employment, so location quotients are undefined.',
    });
    return { a: [], slq: [], quotient: [], lambda: null, issues };
  }
  const slq = input.regional.map((v, i) =>
    input.national[i] > 0 ? v / er / (input.national[i] / en) : null,
  );
  slq.forEach((s, i) => {
    if (s === null)
      issues.push({
        code: 'industry-absent-nationally',
        severity: 'warning',
        message: `${names[i]} employs no one in the nation; its location quotient is undefined and its coefficients are kept national.`,
        where: { indicator: names[i] },
      });
  });
  const lambda = input.method === 'flq' ? flqLambda(er, en, delta) : null;
  const quotient = slq.map((si, i) =>
    slq.map((sj, j) => {
      if (si === null) return null;
      if (input.method === 'slq') return si;
      let c: number | null;
      if (i === j) c = si;
      else if (sj === null) c = null;
      else if (sj === 0) c = Infinity;
      else c = si / sj;
      return c === null ? null : input.method === 'flq' ? (lambda as number) * c : c;
    }),
  );
  const a = input.a.map((row, i) =>
    row.map((v, j) => {
      const q = quotient[i][j];
      return q === null ? v : v * Math.min(q, 1);
    }),
  );
  return { a, slq, quotient, lambda, issues };
}
