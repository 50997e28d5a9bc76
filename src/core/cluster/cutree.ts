/**
 * Cutting a tree into groups, as R's `cutree()` (stats/src/hclust-utils.c): apply the first
 * n - k merges; groups are numbered 1..k in order of first appearance along the
 * observations (observation 1 is always in group 1).
 */
import { ClusterError } from './clusterError.ts';
import type { HclustTree } from './hclustTree.ts';

/** Group of each observation (1..k) after cutting the tree into k groups. */
export function cutree(tree: HclustTree, k: number): number[] {
  const { n, merge } = tree;
  if (!Number.isInteger(k) || k < 1 || k > n) {
    throw new ClusterError('k-out-of-range', `k must be a whole number from 1 to ${n}; got ${k}.`);
  }
  // Union-find over observations; the first n - k merges join sets.
  const parent = new Int32Array(n);
  for (let i = 0; i < n; i++) parent[i] = i;
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  };
  // A member (0-based observation) of the cluster formed at each step.
  const member = new Int32Array(merge.length);
  const rep = (code: number): number => (code < 0 ? -code - 1 : member[code - 1]);
  for (let s = 0; s < merge.length; s++) {
    const a = rep(merge[s][0]);
    member[s] = a;
    if (s < n - k) parent[find(rep(merge[s][1]))] = find(a);
  }
  const groupOfRoot = new Map<number, number>();
  const labels: number[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const r = find(i);
    let g = groupOfRoot.get(r);
    if (g === undefined) {
      g = groupOfRoot.size + 1;
      groupOfRoot.set(r, g);
    }
    labels[i] = g;
  }
  return labels;
}

/**
 * Groups after cutting at height h: every merge with height <= h is applied, so
 * k = n - #{height <= h}, as R's `cutree(tree, h = h)` (which needs sorted heights).
 */
export function cutHeight(tree: HclustTree, h: number): number[] {
  if (!Number.isFinite(h)) {
    throw new ClusterError('k-out-of-range', `The cut height must be a finite number; got ${h}.`);
  }
  let applied = 0;
  while (applied < tree.height.length && tree.height[applied] <= h) applied++;
  return cutree(tree, tree.n - applied);
}
