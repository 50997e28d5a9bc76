/**
 * Varimax rotation exactly as R's `stats::varimax(x, normalize = TRUE, eps = 1e-5)`
 * (R source src/library/stats/R/factanal.R), with ml-matrix's SVD in place of LAPACK:
 *
 *   x <- x / sqrt(rowSums(x^2));  TT <- I;  d <- 0
 *   repeat (at most 1000 times):
 *     z  <- x %*% TT
 *     B  <- t(x) %*% (z^3 - z %*% diag(colSums(z^2)) / p)
 *     B  =  U S V^T  (SVD);  TT <- U V^T
 *     dpast <- d;  d <- sum(S);  stop when d < dpast * (1 + eps)
 *   rotated <- (x %*% TT) * sqrt(rowSums(x^2))
 *
 * Each step is the polar factor of the criterion's gradient (Kaiser 1958's criterion, the
 * SVD form of Horst 1965, ch. 10). U V^T does not depend on the SVD's sign choices, so
 * the iterates, the iteration count and the result match R's to rounding.
 */
import { Matrix, SingularValueDecomposition } from 'ml-matrix';
import { rowNorms, scaleRows } from './kaiserNormalisation.ts';

export interface VarimaxResult {
  /** p x k rotated loadings, x T. */
  rotated: number[][];
  /** k x k orthogonal rotation matrix T. */
  rotmat: number[][];
  iterations: number;
  converged: boolean;
}

export interface VarimaxROptions {
  normalize?: boolean;
  eps?: number;
  maxIterations?: number;
}

/** R's varimax; for k < 2 returns x unchanged with T = I and 0 iterations, as R does. */
export function varimaxR(
  x: readonly (readonly number[])[],
  opts: VarimaxROptions = {},
): VarimaxResult {
  const normalize = opts.normalize ?? true;
  const eps = opts.eps ?? 1e-5;
  const maxIt = opts.maxIterations ?? 1000;
  const p = x.length;
  const k = p > 0 ? x[0].length : 0;
  if (k < 2) {
    return {
      rotated: x.map((r) => [...r]),
      rotmat: Matrix.eye(k, k).to2DArray(),
      iterations: 0,
      converged: true,
    };
  }
  const sc = normalize ? rowNorms(x) : new Array<number>(p).fill(1);
  const xm = new Matrix(normalize ? scaleRows(x, sc, -1) : x.map((r) => [...r]));
  const xt = xm.transpose();
  let tt = Matrix.eye(k, k);
  let d = 0;
  let iterations = 0;
  let converged = false;
  for (let i = 1; i <= maxIt; i++) {
    iterations = i;
    const z = xm.mmul(tt);
    const colSq = new Float64Array(k);
    for (let j = 0; j < p; j++) for (let m = 0; m < k; m++) colSq[m] += z.get(j, m) ** 2;
    const g = new Matrix(p, k);
    for (let j = 0; j < p; j++) {
      for (let m = 0; m < k; m++) {
        const zv = z.get(j, m);
        g.set(j, m, zv * zv * zv - (zv * colSq[m]) / p);
      }
    }
    const b = xt.mmul(g);
    const svd = new SingularValueDecomposition(b);
    tt = svd.leftSingularVectors.mmul(svd.rightSingularVectors.transpose());
    const dpast = d;
    d = svd.diagonal.reduce((s, v) => s + v, 0);
    if (d < dpast * (1 + eps)) {
      converged = true;
      break;
    }
  }
  const z = xm.mmul(tt).to2DArray();
  return {
    rotated: normalize ? scaleRows(z, sc, 1) : z,
    rotmat: tt.to2DArray(),
    iterations,
    converged,
  };
}
