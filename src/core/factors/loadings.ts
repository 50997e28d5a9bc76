/**
 * Component loadings a_jm = v_jm * sqrt(lambda_m): the correlation of variable j with
 * component m (docs/methods.md section 4; R: `prcomp(X, scale. = TRUE)$rotation %*% diag(sdev)`).
 */

/** p x k loadings from the first k eigenvectors (columns of `vectors`) and eigenvalues. */
export function componentLoadings(
  vectors: readonly (readonly number[])[],
  eigenvalues: readonly number[],
  k: number,
): number[][] {
  const s = eigenvalues.slice(0, k).map((v) => Math.sqrt(Math.max(0, v)));
  return vectors.map((row) => s.map((sm, m) => row[m] * sm));
}
