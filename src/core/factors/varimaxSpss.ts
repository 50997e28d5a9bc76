/**
 * Varimax rotation as SPSS FACTOR describes it (IBM SPSS Statistics Algorithms, FACTOR,
 * "Orthogonal rotations"; Kaiser 1958; Harman 1976, section 14.4): Kaiser-normalise, then
 * rotate every pair of columns (j, l) by the angle phi that maximises the criterion for
 * that pair, cycling over all pairs:
 *
 *   u_i = b_ij^2 - b_il^2,  v_i = 2 b_ij b_il
 *   A = sum u,  B = sum v,  C = sum (u^2 - v^2),  D = 2 sum u v
 *   tan(4 phi) = (D - 2 A B / p) / (C - (A^2 - B^2) / p)      (phi = atan2(num, den) / 4)
 *   b_j <- b_j cos phi + b_l sin phi,   b_l <- -b_j sin phi + b_l cos phi
 *
 * One iteration is one cycle over all k(k-1)/2 pairs. It stops when the criterion V of the
 * normalised loadings (varimaxCriterion.ts) changes by no more than the convergence value,
 * or after the maximum number of iterations. Defaults are SPSS's FACTOR defaults as its
 * Command Syntax Reference gives them: /CRITERIA RCONVERGE(0.0001) ITERATE(25). SPSS itself
 * could not be run here: this is written from the published algorithm and checked by its
 * invariants and against R's optimum (test/core/factors/varimaxSpss.test.ts).
 *
 * Afterwards, like SPSS's output (and EFAtools' reproduction of it, Grieder & Steiner 2020),
 * columns are ordered by descending sum of squared loadings and a column whose loadings sum
 * to a negative number is reflected.
 */
import { rowNorms, scaleRows } from './kaiserNormalisation.ts';
import { varimaxCriterion } from './varimaxCriterion.ts';
import type { VarimaxResult } from './varimaxR.ts';

export interface VarimaxSpssOptions {
  normalize?: boolean;
  /** RCONVERGE: stop when |V_new - V_old| <= this. Default 1e-4. */
  convergence?: number;
  /** ITERATE: maximum number of cycles over all pairs. Default 25. */
  maxIterations?: number;
}

export const SPSS_RCONVERGE = 1e-4;
export const SPSS_ITERATE = 25;

/** SPSS-style varimax; for k < 2 returns x unchanged with T = I and 0 iterations. */
export function varimaxSpss(
  x: readonly (readonly number[])[],
  opts: VarimaxSpssOptions = {},
): VarimaxResult {
  const normalize = opts.normalize ?? true;
  const eps = opts.convergence ?? SPSS_RCONVERGE;
  const maxIt = opts.maxIterations ?? SPSS_ITERATE;
  const p = x.length;
  const k = p > 0 ? x[0].length : 0;
  const t: number[][] = Array.from({ length: k }, (_, i) =>
    Array.from({ length: k }, (_, j) => (i === j ? 1 : 0)),
  );
  if (k < 2) return { rotated: x.map((r) => [...r]), rotmat: t, iterations: 0, converged: true };
  const sc = normalize ? rowNorms(x) : new Array<number>(p).fill(1);
  const b = normalize ? scaleRows(x, sc, -1) : x.map((r) => [...r]);
  let v = varimaxCriterion(b);
  let iterations = 0;
  let converged = false;
  for (let it = 1; it <= maxIt; it++) {
    iterations = it;
    for (let j = 0; j < k - 1; j++) {
      for (let l = j + 1; l < k; l++) {
        let sa = 0;
        let sb = 0;
        let sc2 = 0;
        let sd = 0;
        for (let i = 0; i < p; i++) {
          const bj = b[i][j];
          const bl = b[i][l];
          const u = bj * bj - bl * bl;
          const w = 2 * bj * bl;
          sa += u;
          sb += w;
          sc2 += u * u - w * w;
          sd += 2 * u * w;
        }
        const num = sd - (2 * sa * sb) / p;
        const den = sc2 - (sa * sa - sb * sb) / p;
        const phi = Math.atan2(num, den) / 4;
        const c = Math.cos(phi);
        const s = Math.sin(phi);
        if (s === 0) continue;
        for (let i = 0; i < p; i++) {
          const bj = b[i][j];
          const bl = b[i][l];
          b[i][j] = bj * c + bl * s;
          b[i][l] = -bj * s + bl * c;
        }
        for (let i = 0; i < k; i++) {
          const tj = t[i][j];
          const tl = t[i][l];
          t[i][j] = tj * c + tl * s;
          t[i][l] = -tj * s + tl * c;
        }
      }
    }
    const vNew = varimaxCriterion(b);
    const change = Math.abs(vNew - v);
    v = vNew;
    if (change <= eps) {
      converged = true;
      break;
    }
  }
  const rotated = normalize ? scaleRows(b, sc, 1) : b;
  // SPSS's presentation: descending sum of squares, columns with a negative sum reflected.
  const ss = Array.from({ length: k }, (_, m) => rotated.reduce((s, r) => s + r[m] * r[m], 0));
  const order = ss.map((_, m) => m).sort((a, c) => ss[c] - ss[a] || a - c);
  const sign = order.map((m) => (rotated.reduce((s, r) => s + r[m], 0) < 0 ? -1 : 1));
  return {
    rotated: rotated.map((r) => order.map((m, q) => r[m] * sign[q])),
    rotmat: t.map((r) => order.map((m, q) => r[m] * sign[q])),
    iterations,
    converged,
  };
}
