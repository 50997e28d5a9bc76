/** Loads the R fixtures of test/fixtures/factors (see README.md there). */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('../../fixtures/factors/', import.meta.url));

export interface RFixture {
  name: string;
  n: number;
  variables: string[];
  nfactors: number;
  kaiser: number;
  correlation: number[][];
  eigenvalues: number[];
  loadings: number[][];
  varimax: number[][];
  rotmat: number[][];
  iterations: number;
  criterion: number;
  varimax_optimum: number[][];
  criterion_optimum: number;
  communalities: number[];
}

export const CASES = ['d30x6', 'd50x10', 'd21x20'] as const;

export function loadFixture(name: string): { fx: RFixture; data: number[][] } {
  const fx = JSON.parse(readFileSync(`${dir}${name}.json`, 'utf8')) as RFixture;
  const lines = readFileSync(`${dir}${name}.csv`, 'utf8').trim().split('\n');
  const data = lines.slice(1).map((l) => l.split(',').slice(1).map(Number));
  return { fx, data };
}

/** Max |a - b| over two matrices after matching b's columns to a's by order and sign. */
export function maxDiffUpToOrderSign(a: number[][], b: number[][]): number {
  const k = a[0].length;
  const used = new Set<number>();
  let worst = 0;
  for (let m = 0; m < k; m++) {
    let best = Infinity;
    let bestC = -1;
    for (let c = 0; c < k; c++) {
      if (used.has(c)) continue;
      for (const s of [1, -1]) {
        const d = Math.max(...a.map((r, j) => Math.abs(r[m] - s * b[j][c])));
        if (d < best) {
          best = d;
          bestC = c;
        }
      }
    }
    used.add(bestC);
    worst = Math.max(worst, best);
  }
  return worst;
}

export function maxAbsDiff(a: ArrayLike<number>[], b: ArrayLike<number>[]): number {
  let worst = 0;
  a.forEach((r, i) => {
    for (let j = 0; j < r.length; j++) worst = Math.max(worst, Math.abs(r[j] - b[i][j]));
  });
  return worst;
}
