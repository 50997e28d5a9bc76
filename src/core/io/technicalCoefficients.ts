/**
 * Technical coefficients from an inter-industry flow table: a_ij = z_ij / x_j, i.e.
 * A = Z diag(x)^-1 (Leontief 1936; Miller & Blair 2009, eq. 2.4; docs/methods.md section 5):
 * the input from industry i per unit of output of industry j.
 */
import { IoError, industryNames } from './ioError.ts';

/** Throws IoError for a non-square Z, a length mismatch, a non-finite cell or x_j <= 0. */
export function technicalCoefficients(
  z: readonly (readonly number[])[],
  x: readonly number[],
  names?: readonly string[],
): number[][] {
  const n = z.length;
  if (z.some((r) => r.length !== n)) {
    throw new IoError(
      'not-square',
      `The flow table must be square (n x n); it has ${n} rows of unequal or different length.`,
    );
  }
  if (x.length !== n) {
    throw new IoError(
      'length-mismatch',
      `${x.length} total outputs were given for ${n} industries.`,
    );
  }
  const nm = industryNames(n, names);
  const bad = x.map((v, j) => (Number.isFinite(v) && v > 0 ? -1 : j)).filter((j) => j >= 0);
  if (bad.length > 0) {
    throw new IoError(
      'zero-output',
      `Total output must be positive to divide by it; it is not for ${bad.map((j) => nm[j]).join(', ')}.`,
      bad.map((j) => ({
        code: 'zero-output',
        severity: 'error' as const,
        message: `Total output of ${nm[j]} is zero, negative or missing, so its input coefficients are undefined.`,
        where: { column: nm[j] },
        params: { industry: nm[j] },
      })),
    );
  }
  for (const r of z)
    if (r.some((v) => !Number.isFinite(v)))
      throw new IoError('non-finite-value', 'The flow table has a missing or non-numeric cell.');
  return z.map((r) => r.map((v, j) => v / x[j]));
}
