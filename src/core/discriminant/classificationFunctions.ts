/**
 * Fisher's linear classification functions, one per group (SPSS DISCRIMINANT "Classification
 * Function Coefficients"; Huberty 1994, ch. 8):
 *
 *   f_k(x) = c_k + b_k^T x,   b_k = S^-1 m_k,   c_k = -1/2 m_k^T S^-1 m_k + ln(prior_k)
 *
 * with S the pooled within-group covariance. An observation goes to the group with the
 * largest f_k; the posterior is P(k | x) = exp(f_k) / sum_l exp(f_l) (equal covariance
 * normal model).
 */
import type { Matrix } from 'ml-matrix';

export interface ClassificationFunctions {
  /** g x p. */
  coefficients: number[][];
  /** g constants. */
  constants: number[];
}

/** Solves S b = m for each group with the Cholesky factor L of S. */
export function classificationFunctions(
  l: Matrix,
  means: readonly (readonly number[])[],
  priors: readonly number[],
): ClassificationFunctions {
  const coefficients = means.map((m) => cholSolve(l, m));
  const constants = means.map(
    (m, k) => -0.5 * m.reduce((s, v, j) => s + v * coefficients[k][j], 0) + Math.log(priors[k]),
  );
  return { coefficients, constants };
}

/** Solves L L^T y = r by forward then back substitution. */
export function cholSolve(l: Matrix, r: readonly number[]): number[] {
  const p = r.length;
  const z = new Array<number>(p);
  for (let i = 0; i < p; i++) {
    let s = r[i];
    for (let j = 0; j < i; j++) s -= l.get(i, j) * z[j];
    z[i] = s / l.get(i, i);
  }
  const y = new Array<number>(p);
  for (let i = p - 1; i >= 0; i--) {
    let s = z[i];
    for (let j = i + 1; j < p; j++) s -= l.get(j, i) * y[j];
    y[i] = s / l.get(i, i);
  }
  return y;
}

/** Scores f_k(x), posteriors (softmax, computed stably) and the predicted group index. */
export function classifyOne(
  f: ClassificationFunctions,
  x: readonly number[],
): { posterior: number[]; predicted: number } {
  const scores = f.coefficients.map(
    (b, k) => f.constants[k] + b.reduce((s, v, j) => s + v * x[j], 0),
  );
  let best = 0;
  for (let k = 1; k < scores.length; k++) if (scores[k] > scores[best]) best = k;
  const e = scores.map((s) => Math.exp(s - scores[best]));
  const sum = e.reduce((a, v) => a + v, 0);
  return { posterior: e.map((v) => v / sum), predicted: best };
}
