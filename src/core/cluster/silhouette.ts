/**
 * Silhouette widths (Rousseeuw 1987), as R's `cluster::silhouette(labels, dist(X))`:
 *
 *   a(i) = mean distance from i to the other members of its cluster,
 *   b(i) = min over other clusters C of the mean distance from i to C,
 *   s(i) = (b(i) - a(i)) / max(a(i), b(i)),  and s(i) = 0 when i is alone in its cluster.
 *
 * Euclidean distances are computed row by row (O(n) memory, O(n^2 p) time), so no distance
 * matrix is needed.
 */
import { ClusterError } from './clusterError.ts';
import { cutree } from './cutree.ts';
import { distanceRow, toRowMajor } from './distance.ts';
import type { HclustTree } from './hclustTree.ts';

export interface Silhouette {
  /** s(i) per observation. */
  widths: number[];
  /** The nearest other cluster of each observation (its label). */
  neighbour: number[];
  /** Mean width of each cluster, in increasing label order of `groups`. */
  groups: number[];
  groupMeans: number[];
  /** Mean of all widths (R: summary(sil)$avg.width). */
  mean: number;
}

/** Silhouette of `labels` (2 <= number of groups <= n - 1) on Euclidean distances of `data`. */
export function silhouette(
  data: ReadonlyArray<ArrayLike<number>>,
  labels: ReadonlyArray<number>,
): Silhouette {
  const { x, n, p } = toRowMajor(data);
  return silhouetteOf(x, n, p, [labels])[0];
}

/**
 * Mean silhouette width of `cutree(tree, k)` for k = 2..kMax (entries for k = 2 first), to
 * choose a number of groups. One pass over the distances serves every k.
 */
export function silhouetteByK(
  tree: HclustTree,
  data: ReadonlyArray<ArrayLike<number>>,
  kMax: number,
): { k: number; mean: number }[] {
  const { x, n, p } = toRowMajor(data);
  if (n !== tree.n) {
    throw new ClusterError('labels-length', `The tree has ${tree.n} observations, the data ${n}.`);
  }
  const top = Math.min(kMax, n - 1);
  if (!Number.isInteger(kMax) || top < 2) {
    throw new ClusterError(
      'k-out-of-range',
      `kMax must be a whole number from 2 to ${n - 1}; got ${kMax}.`,
    );
  }
  const cuts: number[][] = [];
  for (let k = 2; k <= top; k++) cuts.push(cutree(tree, k));
  return silhouetteOf(x, n, p, cuts).map((s, i) => ({ k: i + 2, mean: s.mean }));
}

function silhouetteOf(
  x: Float64Array,
  n: number,
  p: number,
  partitions: ReadonlyArray<ReadonlyArray<number>>,
): Silhouette[] {
  const prepared = partitions.map((labels) => {
    if (labels.length !== n) {
      throw new ClusterError(
        'labels-length',
        `There are ${labels.length} group labels for ${n} observations.`,
      );
    }
    const groups = [...new Set(labels)].sort((a, b) => a - b);
    if (groups.length < 2 || groups.length > n - 1) {
      throw new ClusterError(
        'k-out-of-range',
        `A silhouette needs from 2 to ${n - 1} groups; got ${groups.length}.`,
      );
    }
    const index = new Map(groups.map((g, i) => [g, i]));
    const g = Int32Array.from(labels, (l) => index.get(l) as number);
    const sizes = new Float64Array(groups.length);
    for (let i = 0; i < n; i++) sizes[g[i]]++;
    return { groups, g, sizes, widths: new Array<number>(n), neighbour: new Array<number>(n) };
  });
  const row = new Float64Array(n);
  const maxK = Math.max(...prepared.map((q) => q.groups.length));
  const sums = new Float64Array(maxK);
  for (let i = 0; i < n; i++) {
    distanceRow(x, n, p, i, row);
    for (const q of prepared) {
      const k = q.groups.length;
      sums.fill(0, 0, k);
      for (let j = 0; j < n; j++) sums[q.g[j]] += row[j];
      const own = q.g[i];
      let b = Infinity;
      let nb = -1;
      for (let c = 0; c < k; c++) {
        if (c === own) continue;
        const mean = sums[c] / q.sizes[c];
        if (mean < b) {
          b = mean;
          nb = c;
        }
      }
      q.neighbour[i] = q.groups[nb];
      if (q.sizes[own] === 1) {
        q.widths[i] = 0;
        continue;
      }
      const a = sums[own] / (q.sizes[own] - 1);
      const m = Math.max(a, b);
      // a = b = 0 (duplicates in every cluster) has no defined width; 0 as for a singleton.
      q.widths[i] = m > 0 ? (b - a) / m : 0;
    }
  }
  return prepared.map((q) => {
    const groupMeans = q.groups.map(() => 0);
    for (let i = 0; i < n; i++) groupMeans[q.g[i]] += q.widths[i];
    for (let c = 0; c < q.groups.length; c++) groupMeans[c] /= q.sizes[c];
    return {
      widths: q.widths,
      neighbour: q.neighbour,
      groups: q.groups,
      groupMeans,
      mean: q.widths.reduce((s, w) => s + w, 0) / n,
    };
  });
}
