/**
 * Communality of variable j: h_j^2 = sum_m a_jm^2, the share of its variance the kept
 * components reproduce. An orthogonal rotation leaves it unchanged (Harman 1976, ch. 12).
 */

/** Row sums of squared loadings. */
export function communalities(loadings: readonly (readonly number[])[]): number[] {
  return loadings.map((row) => row.reduce((s, a) => s + a * a, 0));
}

/** Column sums of squared loadings: the variance each (rotated) component accounts for. */
export function columnSumsOfSquares(loadings: readonly (readonly number[])[], k: number): number[] {
  const ss = new Array<number>(k).fill(0);
  for (const row of loadings) for (let m = 0; m < k; m++) ss[m] += row[m] * row[m];
  return ss;
}
