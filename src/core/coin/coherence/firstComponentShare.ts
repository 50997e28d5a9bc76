/**
 * Share of variance explained by the first principal component of a group's standardised
 * indicators: lambda_1 / k, lambda_1 the largest eigenvalue of their correlation matrix
 * (OECD/JRC Handbook 2008, section 4, "one latent dimension per pillar"). Power iteration
 * (the matrix is symmetric positive semi-definite, so it converges to lambda_1).
 */
export function firstComponentShare(corr: readonly (readonly number[])[]): number {
  const k = corr.length;
  if (k === 0) return NaN;
  for (const row of corr) for (const v of row) if (v !== v) return NaN;
  let v = new Array<number>(k).fill(1 / Math.sqrt(k));
  let lambda = 0;
  for (let it = 0; it < 1000; it++) {
    const w = corr.map((row) => row.reduce((s, c, j) => s + c * v[j], 0));
    const norm = Math.hypot(...w);
    if (!(norm > 0)) return 0;
    const next = w.map((x) => x / norm);
    const diff = next.reduce((s, x, j) => s + Math.abs(x - v[j]), 0);
    v = next;
    lambda = norm;
    if (diff < 1e-13) break;
  }
  return lambda / k;
}
