/**
 * Wilks' lambda of the canonical discriminant functions and Bartlett's chi-square test
 * (SPSS DISCRIMINANT "Wilks' Lambda" table: "Test of Function(s) 1 through m", "2 through
 * m", ...; Bartlett 1947; Tatsuoka 1971, ch. 7). With the eigenvalues lambda_1 >= ... >=
 * lambda_m of W^-1 B (canonicalFunctions.ts), for the functions k + 1 .. m (k = 0 .. m - 1):
 *
 *   Lambda_k = prod_{i > k} 1 / (1 + lambda_i)         (= det W / det (W + B) for k = 0)
 *   chi^2_k  = -(n - 1 - (p + g) / 2) ln Lambda_k,     df_k = (p - k)(g - k - 1)
 *
 * and the p-value is the chi-square upper tail. Checked against det(W) / det(W + B) and
 * SciPy's chi2.sf in test/fixtures/discriminant/industry.
 */
import { chiSquareUpperTail } from '../stats/chiSquare.ts';

export interface WilksTest {
  /** First function of the tested set (1-based): "functions `from` through m". */
  from: number;
  lambda: number;
  chiSquare: number;
  df: number;
  pValue: number;
}

/** One test per k = 0 .. m - 1 for n observations, p variables and g groups. */
export function wilksLambda(
  eigenvalues: readonly number[],
  n: number,
  p: number,
  g: number,
): WilksTest[] {
  const factor = n - 1 - (p + g) / 2;
  return eigenvalues.map((_, k) => {
    let lambda = 1;
    for (let i = k; i < eigenvalues.length; i++) lambda /= 1 + eigenvalues[i];
    const chiSquare = -factor * Math.log(lambda);
    const df = (p - k) * (g - k - 1);
    return { from: k + 1, lambda, chiSquare, df, pValue: chiSquareUpperTail(chiSquare, df) };
  });
}
