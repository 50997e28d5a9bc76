/**
 * Leave-one-out classification (Lachenbruch & Mickey 1968; SPSS DISCRIMINANT
 * /CLASSIFY=... "Leave-one-out classification"): each observation is classified by the
 * functions fitted to all the others. Instead of refitting, the group mean and the within
 * SSCP are downdated: removing x_i from group k (size n_k),
 *
 *   m_k' = (n_k m_k - x_i) / (n_k - 1),   W' = W - n_k / (n_k - 1) (x_i - m_k)(x_i - m_k)^T,
 *   S' = W' / (n - 1 - g).
 *
 * Priors stay those of the full sample (as MASS::lda(CV = TRUE) does); checked against a
 * full refit in base R (test/fixtures/discriminant).
 */
import { Matrix } from 'ml-matrix';
import { classificationFunctions, classifyOne } from './classificationFunctions.ts';
import { choleskyOrFail } from './pooledCovariance.ts';

/** Predicted group index per observation, or null if some fit without one case is singular. */
export function leaveOneOut(
  x: readonly (readonly number[])[],
  index: Int32Array,
  counts: readonly number[],
  means: readonly (readonly number[])[],
  w: readonly (readonly number[])[],
  priors: readonly number[],
  names: readonly string[],
): number[] | null {
  const n = x.length;
  const g = counts.length;
  const df = n - 1 - g;
  if (df < 1) return null;
  const predicted: number[] = [];
  for (let i = 0; i < n; i++) {
    const k = index[i];
    const nk = counts[k];
    if (nk < 2) return null;
    const d = x[i].map((v, j) => v - means[k][j]);
    const f = nk / (nk - 1);
    // Built from the upper triangle: (f d_a) d_c and (f d_c) d_a can differ in the last bit,
    // and the Cholesky factorisation rejects a matrix that is not exactly symmetric.
    const s = w.map((r) => [...r]);
    for (let a = 0; a < d.length; a++) {
      for (let c = a; c < d.length; c++) {
        s[a][c] = (w[a][c] - f * d[a] * d[c]) / df;
        s[c][a] = s[a][c];
      }
    }
    const mi = means.map((m, kk) =>
      kk === k ? m.map((v, j) => (nk * v - x[i][j]) / (nk - 1)) : [...m],
    );
    let l: Matrix;
    try {
      l = choleskyOrFail(s, names);
    } catch {
      return null;
    }
    const fn = classificationFunctions(l, mi, priors);
    predicted.push(classifyOne(fn, x[i] as number[]).predicted);
  }
  return predicted;
}
