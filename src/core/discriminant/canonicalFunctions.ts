/**
 * Canonical discriminant functions (Fisher 1936; SPSS DISCRIMINANT "Eigenvalues" and
 * "Standardized Canonical Discriminant Function Coefficients"): the eigenvectors v of
 * W^-1 B, at most min(p, g - 1) of them, eigenvalue lambda = between / within sum of squares
 * of the function's scores. Solved in symmetric form: with W = L L^T, eigen-decompose
 * L^-1 B L^-T = Y diag(lambda) Y^T and take v = L^-T y. Raw (unstandardised) coefficients are
 * scaled so that the scores have pooled within-group variance 1 (v^T S v = 1), constant
 * -v^T m (grand mean); standardised coefficients = v_j sqrt(S_jj); canonical correlation
 * sqrt(lambda / (1 + lambda)).
 */
import { CholeskyDecomposition, EigenvalueDecomposition, Matrix } from 'ml-matrix';

export interface CanonicalFunctions {
  eigenvalues: number[];
  /** % of the sum of the eigenvalues. */
  percentOfVariance: number[];
  cumulativePercent: number[];
  canonicalCorrelations: number[];
  /** p x m raw coefficients. */
  raw: number[][];
  /** m constants of the raw functions. */
  rawConstants: number[];
  /** p x m standardised coefficients. */
  standardised: number[][];
  /** g x m group means of the function scores. */
  centroids: number[][];
}

/** Sign rule: each function's largest-magnitude standardised coefficient is positive. */
export function canonicalFunctions(
  w: readonly (readonly number[])[],
  b: readonly (readonly number[])[],
  pooled: readonly (readonly number[])[],
  means: readonly (readonly number[])[],
  grandMean: readonly number[],
  dfWithin: number,
): CanonicalFunctions {
  const p = w.length;
  const m = Math.min(p, means.length - 1);
  const l = new CholeskyDecomposition(new Matrix(w.map((r) => [...r]))).lowerTriangularMatrix;
  const li = forwardInverse(l);
  const sym = li.mmul(new Matrix(b.map((r) => [...r]))).mmul(li.transpose());
  // Symmetrise against rounding before the symmetric solver.
  const s2 = sym.add(sym.transpose()).div(2);
  const evd = new EigenvalueDecomposition(s2, { assumeSymmetric: true });
  const vals = evd.realEigenvalues;
  const order = vals
    .map((_, i) => i)
    .sort((a, c) => vals[c] - vals[a] || a - c)
    .slice(0, m);
  const eigenvalues = order.map((i) => Math.max(0, vals[i]));
  const lit = li.transpose();
  const raw: number[][] = Array.from({ length: p }, () => new Array<number>(m).fill(0));
  const standardised: number[][] = Array.from({ length: p }, () => new Array<number>(m).fill(0));
  const scale = Math.sqrt(dfWithin); // y^T y = 1 gives v^T W v = 1, so v^T S v = 1 / df.
  order.forEach((col, q) => {
    const y = evd.eigenvectorMatrix.getColumn(col);
    const v = lit
      .mmul(Matrix.columnVector(y))
      .getColumn(0)
      .map((a) => a * scale);
    const std = v.map((a, j) => a * Math.sqrt(pooled[j][j]));
    let big = 0;
    for (const s of std) if (Math.abs(s) > Math.abs(big)) big = s;
    const sign = big < 0 ? -1 : 1;
    for (let j = 0; j < p; j++) {
      raw[j][q] = v[j] * sign;
      standardised[j][q] = std[j] * sign;
    }
  });
  const total = eigenvalues.reduce((a, v) => a + v, 0);
  const percentOfVariance = eigenvalues.map((v) => (total > 0 ? (v / total) * 100 : 0));
  const cumulativePercent: number[] = [];
  let acc = 0;
  for (const v of percentOfVariance) cumulativePercent.push((acc += v));
  const rawConstants = Array.from(
    { length: m },
    (_, q) => -grandMean.reduce((s, g, j) => s + g * raw[j][q], 0),
  );
  const centroids = means.map((mk) =>
    Array.from(
      { length: m },
      (_, q) => rawConstants[q] + mk.reduce((s, v, j) => s + v * raw[j][q], 0),
    ),
  );
  return {
    eigenvalues,
    percentOfVariance,
    cumulativePercent,
    canonicalCorrelations: eigenvalues.map((v) => Math.sqrt(v / (1 + v))),
    raw,
    rawConstants,
    standardised,
    centroids,
  };
}

/** Inverse of a lower-triangular matrix by forward substitution. */
function forwardInverse(l: Matrix): Matrix {
  const p = l.rows;
  const inv = new Matrix(p, p);
  for (let c = 0; c < p; c++) {
    for (let i = c; i < p; i++) {
      let s = i === c ? 1 : 0;
      for (let j = c; j < i; j++) s -= l.get(i, j) * inv.get(j, c);
      inv.set(i, c, s / l.get(i, i));
    }
  }
  return inv;
}
