/**
 * Share of variance explained by the first principal component of a group's standardised
 * indicators: lambda_1 / k, lambda_1 the largest eigenvalue of their correlation matrix
 * (OECD/JRC Handbook 2008, section 4, "one latent dimension per pillar"), from ml-matrix's
 * symmetric eigenvalue decomposition. NaN when a correlation is undefined.
 */
import { EigenvalueDecomposition, Matrix } from 'ml-matrix';

export function firstComponentShare(corr: readonly (readonly number[])[]): number {
  const k = corr.length;
  if (k === 0) return NaN;
  for (const row of corr) for (const v of row) if (v !== v) return NaN;
  const e = new EigenvalueDecomposition(new Matrix(corr.map((r) => [...r])), {
    assumeSymmetric: true,
  });
  return Math.max(...e.realEigenvalues) / k;
}
