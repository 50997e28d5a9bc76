/**
 * The varimax criterion (Kaiser 1958, eq. for V; Harman 1976, eq. 14.9) of a loading matrix
 * B (p x k), here without the constant factor p^2:
 *
 *   V = sum_m [ sum_j b_jm^4 / p - (sum_j b_jm^2 / p)^2 ]
 *
 * the sum over components of the variance of the squared loadings. Varimax maximises it on
 * the Kaiser-normalised loadings; tests use it to check that both conventions reach the same
 * optimum, and the SPSS-style rotation uses its change as the convergence test.
 */
export function varimaxCriterion(b: readonly (readonly number[])[]): number {
  const p = b.length;
  if (p === 0) return 0;
  const k = b[0].length;
  let v = 0;
  for (let m = 0; m < k; m++) {
    let s2 = 0;
    let s4 = 0;
    for (let j = 0; j < p; j++) {
      const q = b[j][m] * b[j][m];
      s2 += q;
      s4 += q * q;
    }
    v += s4 / p - (s2 / p) ** 2;
  }
  return v;
}
