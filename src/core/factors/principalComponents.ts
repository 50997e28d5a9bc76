/**
 * Principal components of a correlation matrix R (p x p): R = V diag(lambda) V^T with the
 * eigenvalues in descending order. Explained variance of component m = lambda_m / p * 100
 * (trace R = p); cumulative = running sum. Matches R's `prcomp(X, scale. = TRUE)`:
 * `sdev^2` are these eigenvalues (docs/methods.md section 4; seed 002, Table 2's method).
 * Uses ml-matrix's symmetric EigenvalueDecomposition (Householder tridiagonalisation + QL).
 */
import { EigenvalueDecomposition, Matrix } from 'ml-matrix';
import { FactorError } from './factorError.ts';

export interface PrincipalComponents {
  /** All p eigenvalues, descending; tiny negatives from rounding are clamped to 0. */
  eigenvalues: number[];
  /** p x p; column m is the unit eigenvector of eigenvalue m (sign not yet fixed). */
  vectors: number[][];
  /** Per component, % of total variance. */
  explained: number[];
  /** Running sum of `explained`, %. */
  cumulative: number[];
}

/** Eigen-decomposition of a symmetric p x p matrix given row-major. */
export function principalComponents(r: Float64Array, p: number): PrincipalComponents {
  const rows: number[][] = [];
  for (let j = 0; j < p; j++) rows.push(Array.from(r.subarray(j * p, (j + 1) * p)));
  const evd = new EigenvalueDecomposition(new Matrix(rows), { assumeSymmetric: true });
  const values = evd.realEigenvalues;
  const vecs = evd.eigenvectorMatrix;
  if (values.some((v) => !Number.isFinite(v))) {
    throw new FactorError('eigen-failed', 'The eigen-decomposition did not converge.');
  }
  const order = values.map((_, m) => m).sort((a, b) => values[b] - values[a] || a - b);
  const eigenvalues = order.map((m) => Math.max(0, values[m]));
  const vectors: number[][] = [];
  for (let j = 0; j < p; j++) vectors.push(order.map((m) => vecs.get(j, m)));
  const total = eigenvalues.reduce((s, v) => s + v, 0);
  const explained = eigenvalues.map((v) => (v / total) * 100);
  const cumulative: number[] = [];
  let acc = 0;
  for (const e of explained) cumulative.push((acc += e));
  return { eigenvalues, vectors, explained, cumulative };
}
