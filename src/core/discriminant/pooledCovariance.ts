/**
 * Group means and the pooled within-group covariance matrix of linear discriminant analysis
 * (Fisher 1936; SPSS DISCRIMINANT "Pooled within-groups matrices"):
 *
 *   m_k = mean of group k,   W = sum_k sum_{i in k} (x_i - m_k)(x_i - m_k)^T,   S = W / (n - g)
 *
 * and the between-group matrix B = sum_k n_k (m_k - m)(m_k - m)^T with m the grand mean.
 */
import { Matrix } from 'ml-matrix';
import { DiscriminantError } from './discriminantError.ts';

export interface GroupStats {
  /** Index into `levels` for each observation. */
  index: Int32Array;
  counts: number[];
  means: number[][];
  grandMean: number[];
  /** Within-group SSCP, p x p. */
  w: number[][];
  /** Between-group SSCP, p x p. */
  b: number[][];
  /** Pooled within-group covariance W / (n - g). */
  pooled: number[][];
}

/** Sums of squares and cross-products for rows x with group index per row. */
export function groupStats(
  x: readonly (readonly number[])[],
  index: Int32Array,
  g: number,
): GroupStats {
  const n = x.length;
  const p = x[0].length;
  const counts = new Array<number>(g).fill(0);
  const means = Array.from({ length: g }, () => new Array<number>(p).fill(0));
  const grandMean = new Array<number>(p).fill(0);
  for (let i = 0; i < n; i++) {
    counts[index[i]]++;
    for (let j = 0; j < p; j++) {
      means[index[i]][j] += x[i][j];
      grandMean[j] += x[i][j];
    }
  }
  for (let k = 0; k < g; k++) for (let j = 0; j < p; j++) means[k][j] /= counts[k];
  for (let j = 0; j < p; j++) grandMean[j] /= n;
  const w = Array.from({ length: p }, () => new Array<number>(p).fill(0));
  const d = new Array<number>(p);
  for (let i = 0; i < n; i++) {
    const m = means[index[i]];
    for (let j = 0; j < p; j++) d[j] = x[i][j] - m[j];
    for (let j = 0; j < p; j++) for (let l = j; l < p; l++) w[j][l] += d[j] * d[l];
  }
  const b = Array.from({ length: p }, () => new Array<number>(p).fill(0));
  for (let k = 0; k < g; k++) {
    for (let j = 0; j < p; j++) d[j] = means[k][j] - grandMean[j];
    for (let j = 0; j < p; j++) for (let l = j; l < p; l++) b[j][l] += counts[k] * d[j] * d[l];
  }
  for (let j = 0; j < p; j++)
    for (let l = 0; l < j; l++) {
      w[j][l] = w[l][j];
      b[j][l] = b[l][j];
    }
  const pooled = w.map((r) => r.map((v) => v / (n - g)));
  return { index, counts, means, grandMean, w, b, pooled };
}

/**
 * Cholesky factor L (S = L L^T) of a covariance matrix; throws `singular-pooled-covariance`
 * when S is not positive definite or a variable is (almost) a linear combination of the
 * others: L_jj^2 / S_jj is the share of variable j's variance not explained by the earlier
 * ones, and below 1e-10 the inverse would be numerical noise.
 */
export function choleskyOrFail(
  s: readonly (readonly number[])[],
  names: readonly string[],
): Matrix {
  const p = s.length;
  const fail = (j: number) =>
    new DiscriminantError(
      'singular-pooled-covariance',
      `The pooled within-group covariance matrix is singular: variable ${names[j]} is constant within groups or a linear combination of other variables. Remove it.`,
      [
        {
          code: 'singular-pooled-covariance',
          severity: 'error',
          message: `Variable ${names[j]} is constant within groups or a linear combination of other variables, so the groups cannot be separated by it. Remove it.`,
          where: { column: names[j] },
          params: { variable: names[j] },
        },
      ],
    );
  for (let j = 0; j < p; j++) if (!(s[j][j] > 0)) throw fail(j);
  // Cholesky-Banachiewicz, column by column, so that the first variable whose pivot vanishes
  // is the one named (ml-matrix's decomposition only says "not positive definite").
  const l = new Matrix(p, p);
  for (let j = 0; j < p; j++) {
    let d = s[j][j];
    for (let k = 0; k < j; k++) d -= l.get(j, k) ** 2;
    if (!(d > 0) || d / s[j][j] < 1e-10) throw fail(j);
    const ljj = Math.sqrt(d);
    l.set(j, j, ljj);
    for (let i = j + 1; i < p; i++) {
      let v = s[i][j];
      for (let k = 0; k < j; k++) v -= l.get(i, k) * l.get(j, k);
      l.set(i, j, v / ljj);
    }
  }
  return l;
}
