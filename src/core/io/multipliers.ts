/**
 * Input-output multipliers from the Leontief inverse L (docs/methods.md section 5; seed 002
 * Table 3; Miller & Blair 2009, ch. 6):
 *
 *   output multiplier           m_j = sum_i l_ij                 (column sum of L)
 *   value-added multiplier      (v L)_j = sum_i v_i l_ij         (v_i value added per unit output)
 *   household-income, type I    (h L)_j / h_j                    (h_i household income per unit output)
 */
import { IoError, industryNames } from './ioError.ts';

/** Column sums of L. */
export function outputMultipliers(l: readonly (readonly number[])[]): number[] {
  return l[0].map((_, j) => l.reduce((s, r) => s + r[j], 0));
}

function rowTimes(w: readonly number[], l: readonly (readonly number[])[], what: string): number[] {
  if (w.length !== l.length) {
    throw new IoError(
      'length-mismatch',
      `${w.length} ${what} ratios were given for ${l.length} industries.`,
    );
  }
  if (w.some((v) => !Number.isFinite(v)))
    throw new IoError('non-finite-value', `A ${what} ratio is missing or not a number.`);
  return l[0].map((_, j) => w.reduce((s, wi, i) => s + wi * l[i][j], 0));
}

/** (v L)_j: value added generated in the whole economy per unit of final demand for j. */
export function valueAddedMultipliers(
  v: readonly number[],
  l: readonly (readonly number[])[],
): number[] {
  return rowTimes(v, l, 'value-added');
}

/** Type I income multiplier (h L)_j / h_j; throws `zero-income-ratio` naming each h_j = 0. */
export function householdIncomeMultipliers(
  h: readonly number[],
  l: readonly (readonly number[])[],
  names?: readonly string[],
): number[] {
  const total = rowTimes(h, l, 'household-income');
  const nm = industryNames(h.length, names);
  const zero = nm.filter((_, j) => h[j] === 0);
  if (zero.length > 0) {
    throw new IoError(
      'zero-income-ratio',
      `The type I income multiplier divides by the industry's own household-income ratio, which is 0 for ${zero.join(', ')}.`,
      zero.map((z) => ({
        code: 'zero-income-ratio',
        severity: 'error' as const,
        message: `${z} pays no household income, so its type I income multiplier is undefined.`,
        where: { column: z },
        params: { industry: z },
      })),
    );
  }
  return total.map((t, j) => t / h[j]);
}

/**
 * Employment effect (w L)_j, jobs in the whole economy per unit of final demand for j, and
 * the type I employment multiplier (w L)_j / w_j, with w_i = employment per unit of output of
 * i (Miller & Blair 2009, section 6.2.4). null where w_j = 0.
 */
export function employmentMultipliers(
  w: readonly number[],
  l: readonly (readonly number[])[],
): { effect: number[]; typeI: (number | null)[] } {
  const effect = rowTimes(w, l, 'employment');
  return { effect, typeI: effect.map((t, j) => (w[j] > 0 ? t / w[j] : null)) };
}
