/**
 * Leontief inverse L = (I - A)^-1 (Leontief 1936; Miller & Blair 2009, eq. 2.11; docs/methods.md
 * section 5): l_ij is the output of industry i needed, directly and indirectly, per unit of
 * final demand for industry j. Solved by LU decomposition (ml-matrix).
 *
 * A table is usable only if it is productive (Hawkins & Simon 1949): no negative
 * coefficient, I - A non-singular, L = I + A + A^2 + ... non-negative; and, as the tables
 * here are monetary, every column sum of A below 1 (each industry has positive value added,
 * which also guarantees the rest).
 */
import { LuDecomposition, Matrix } from 'ml-matrix';
import { IoError, industryNames } from './ioError.ts';

/** Validates A (n x n) and returns L; throws IoError naming the industries at fault. */
export function leontiefInverse(
  a: readonly (readonly number[])[],
  names?: readonly string[],
): number[][] {
  const n = a.length;
  if (n === 0 || a.some((r) => r.length !== n)) {
    throw new IoError(
      'not-square',
      `The technical-coefficient matrix must be square (n x n); it has ${n} rows${n > 0 ? ` of ${a[0].length} columns` : ''}.`,
    );
  }
  const nm = industryNames(n, names);
  if (a.some((r) => r.some((v) => !Number.isFinite(v)))) {
    throw new IoError(
      'non-finite-value',
      'The technical-coefficient matrix has a missing or non-numeric cell.',
    );
  }
  const negative: string[] = [];
  a.forEach((r, i) => r.forEach((v, j) => v < 0 && negative.push(`${nm[i]} -> ${nm[j]}`)));
  if (negative.length > 0) {
    throw new IoError(
      'negative-coefficient',
      `Technical coefficients cannot be negative: ${negative.join('; ')}.`,
    );
  }
  const ima = new Matrix(a.map((r, i) => r.map((v, j) => (i === j ? 1 : 0) - v)));
  const lu = new LuDecomposition(ima);
  // Relative pivot test: an exactly singular I - A can still give tiny non-zero pivots.
  const minPivot = Math.min(
    ...Array.from({ length: n }, (_, i) => Math.abs(lu.upperTriangularMatrix.get(i, i))),
  );
  if (lu.isSingular() || minPivot < 1e-13) {
    throw new IoError('singular', 'I - A is singular, so the Leontief inverse does not exist.');
  }
  const l = lu.solve(Matrix.eye(n, n)).to2DArray();
  if (l.some((r) => r.some((v) => !Number.isFinite(v) || v < -1e-12))) {
    throw new IoError(
      'not-productive',
      'The Leontief inverse has negative entries: the table is not productive.',
    );
  }
  // Checked after the inverse so that a singular or unproductive table gets that more
  // specific error; a productive table can still have a column sum >= 1 in physical units,
  // but in a monetary table it means no value added.
  const heavy = nm.filter((_, j) => a.reduce((s, r) => s + r[j], 0) >= 1);
  if (heavy.length > 0) {
    throw new IoError(
      'column-sum-not-below-one',
      `Not a usable monetary table: the inputs of ${heavy.join(', ')} add up to 1 or more per unit of output, leaving no value added.`,
      heavy.map((h) => ({
        code: 'column-sum-not-below-one',
        severity: 'error' as const,
        message: `Inputs into ${h} add up to 1 or more per unit of its output, so it has no value added.`,
        where: { column: h },
        params: { industry: h },
      })),
    );
  }
  return l;
}
