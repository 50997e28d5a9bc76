/**
 * Cophenetic distances and the cophenetic correlation (Sokal & Rohlf 1962).
 * The cophenetic distance of i and j is the height of the merge that first puts them in one
 * cluster, condensed in `dist()` order, as R's `cophenetic(tree)`; the correlation is
 * Pearson's r between those and the Euclidean distances of the clustered data, as R's
 * `cor(cophenetic(h), dist(X))`.
 */
import { ClusterError } from './clusterError.ts';
import { assertMatrixSize, toRowMajor } from './distance.ts';
import type { HclustTree } from './hclustTree.ts';

/** Condensed cophenetic distances (pairs i < j in R's `dist()` order). */
export function cophenetic(tree: HclustTree): Float64Array {
  const { n, merge, height } = tree;
  assertMatrixSize(n, 'The cophenetic matrix');
  const out = new Float64Array((n * (n - 1)) / 2);
  // Members of each step's cluster, as linked lists over observations.
  const head = new Int32Array(merge.length);
  const tail = new Int32Array(merge.length);
  const next = new Int32Array(n).fill(-1);
  const span = (code: number): [number, number] =>
    code < 0 ? [-code - 1, -code - 1] : [head[code - 1], tail[code - 1]];
  for (let s = 0; s < merge.length; s++) {
    const [ha, ta] = span(merge[s][0]);
    const [hb, tb] = span(merge[s][1]);
    for (let i = ha; i >= 0; i = next[i]) {
      for (let j = hb; j >= 0; j = next[j]) {
        const lo = i < j ? i : j;
        const hi = i < j ? j : i;
        out[n * lo - (lo * (lo + 1)) / 2 + hi - lo - 1] = height[s];
      }
    }
    next[ta] = hb;
    head[s] = ha;
    tail[s] = tb;
  }
  return out;
}

/** Pearson correlation between cophenetic distances and Euclidean distances of `data`. */
export function copheneticCorrelation(
  tree: HclustTree,
  data: ReadonlyArray<ArrayLike<number>>,
): number {
  const { x, n, p } = toRowMajor(data);
  if (n !== tree.n) {
    throw new ClusterError('labels-length', `The tree has ${tree.n} observations, the data ${n}.`);
  }
  const coph = cophenetic(tree);
  // Two passes (means, then centred sums) keep the result as accurate as R's cor().
  const m = coph.length;
  const dist = new Float64Array(m);
  let t = 0;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      let s = 0;
      for (let k = 0; k < p; k++) {
        const v = x[i * p + k] - x[j * p + k];
        s += v * v;
      }
      dist[t++] = Math.sqrt(s);
    }
  }
  let mc = 0;
  let md = 0;
  for (let i = 0; i < m; i++) {
    mc += coph[i];
    md += dist[i];
  }
  mc /= m;
  md /= m;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < m; i++) {
    const a = coph[i] - mc;
    const b = dist[i] - md;
    sxy += a * b;
    sxx += a * a;
    syy += b * b;
  }
  // All cophenetic (or all original) distances equal: no correlation is defined; 0 avoids NaN.
  return sxx > 0 && syy > 0 ? sxy / Math.sqrt(sxx * syy) : 0;
}
