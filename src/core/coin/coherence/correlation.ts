/**
 * Pearson and Spearman correlations over pairwise-complete units (R's
 * `cor(x, y, use = "pairwise.complete.obs", method = ...)`). Spearman is Pearson on the
 * average ranks (ties averaged) of the pairwise-complete values. NaN with fewer than 3 pairs
 * or no variance.
 */
import { averageRanks } from '../../stats/rank.ts';

export type CorrelationMethod = 'pearson' | 'spearman';

function pearsonArrays(x: number[], y: number[]): number {
  const n = x.length;
  if (n < 3) return NaN;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += x[i];
    my += y[i];
  }
  mx /= n;
  my /= n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = x[i] - mx;
    const dy = y[i] - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  return sxx > 0 && syy > 0 ? sxy / Math.sqrt(sxx * syy) : NaN;
}

export function correlation(
  x: ArrayLike<number>,
  y: ArrayLike<number>,
  method: CorrelationMethod = 'pearson',
): number {
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < x.length; i++) {
    if (x[i] === x[i] && y[i] === y[i]) {
      a.push(x[i]);
      b.push(y[i]);
    }
  }
  if (method === 'spearman') return pearsonArrays(averageRanks(a), averageRanks(b));
  return pearsonArrays(a, b);
}

/** The full correlation matrix of the columns (row-major k x k, 1 on the diagonal). */
export function correlationMatrix(
  columns: readonly ArrayLike<number>[],
  method: CorrelationMethod = 'pearson',
): number[][] {
  const k = columns.length;
  const m = Array.from({ length: k }, () => new Array<number>(k).fill(1));
  for (let i = 0; i < k; i++) {
    for (let j = i + 1; j < k; j++) {
      const r = correlation(columns[i], columns[j], method);
      m[i][j] = r;
      m[j][i] = r;
    }
  }
  return m;
}
