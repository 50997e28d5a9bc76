/**
 * Condition number of I - A in the 1-norm, kappa_1 = ||I - A||_1 ||(I - A)^-1||_1 = ||I - A||_1
 * ||L||_1, where ||M||_1 is the largest absolute column sum (Golub & Van Loan, Matrix
 * Computations, 4th ed., 2013, sections 2.3.2 and 2.6.2; numpy.linalg.cond(M, 1) is the same
 * quantity). A relative change of d in the coefficients can change L by up to about kappa_1 d,
 * so with coefficients printed to four significant digits (d up to 5e-5) a table with
 * kappa_1 >= IO_CONDITION_LIMIT = 10,000 has multipliers that may be wrong by half or more.
 * Near-singular tables (column sums a hair below 1) pass every other check and give
 * multipliers in the billions: this is their warning.
 */
import type { Issue } from '../issue.ts';

/** kappa_1 from which multipliers are flagged as unreliable (10,000). */
export const IO_CONDITION_LIMIT = 1e4;

/** Largest absolute column sum. */
function norm1(m: readonly (readonly number[])[]): number {
  let best = 0;
  for (let j = 0; j < (m[0]?.length ?? 0); j++) {
    let s = 0;
    for (const row of m) s += Math.abs(row[j]);
    if (s > best) best = s;
  }
  return best;
}

/** kappa_1(I - A) from A and its Leontief inverse L. */
export function leontiefConditionNumber(
  a: readonly (readonly number[])[],
  l: readonly (readonly number[])[],
): number {
  const ima = a.map((r, i) => r.map((v, j) => (i === j ? 1 : 0) - v));
  return norm1(ima) * norm1(l);
}

/** A warning when kappa_1(I - A) >= IO_CONDITION_LIMIT, else none. */
export function conditionWarnings(kappa: number): Issue[] {
  if (!(kappa >= IO_CONDITION_LIMIT)) return [];
  return [
    {
      code: 'ill-conditioned',
      severity: 'warning',
      message: `I - A is nearly singular (condition number ${kappa.toPrecision(2)}): a rounding of the coefficients in their last printed digit can change the multipliers by more than half. Check that every column's inputs add up to clearly less than 1.`,
      params: { kappa: Number(kappa.toPrecision(2)) },
    },
  ];
}
