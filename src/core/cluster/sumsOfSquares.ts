/**
 * Sums of squares of a partition (the decomposition behind Ward's criterion and k-means):
 *
 *   TSS = sum_i ||x_i - mean||^2,  WSS_g = sum_{i in g} ||x_i - c_g||^2,
 *   BSS = sum_g |g| ||c_g - mean||^2,  TSS = WSS + BSS.
 *
 * Same values as R's `kmeans()` components totss / withinss / tot.withinss / betweenss for
 * the same partition; checked against a base-R computation (test/fixtures/cluster).
 */
import { ClusterError } from './clusterError.ts';
import { toRowMajor } from './distance.ts';

export interface SumsOfSquares {
  /** Groups in increasing label order. */
  groups: number[];
  /** Size of each group, aligned with `groups`. */
  sizes: number[];
  /** Within-group sum of squares of each group, aligned with `groups`. */
  within: number[];
  withinTotal: number;
  between: number;
  total: number;
}

/** Within, between and total sums of squares of `data` grouped by `labels`. */
export function sumsOfSquares(
  data: ReadonlyArray<ArrayLike<number>>,
  labels: ReadonlyArray<number>,
): SumsOfSquares {
  const { x, n, p } = toRowMajor(data);
  if (labels.length !== n) {
    throw new ClusterError(
      'labels-length',
      `There are ${labels.length} group labels for ${n} observations.`,
    );
  }
  const groups = [...new Set(labels)].sort((a, b) => a - b);
  const index = new Map(groups.map((g, i) => [g, i]));
  const k = groups.length;
  const sums = new Float64Array(k * p);
  const sizes = new Array<number>(k).fill(0);
  const mean = new Float64Array(p);
  for (let i = 0; i < n; i++) {
    const g = index.get(labels[i]) as number;
    sizes[g]++;
    for (let j = 0; j < p; j++) {
      sums[g * p + j] += x[i * p + j];
      mean[j] += x[i * p + j];
    }
  }
  for (let j = 0; j < p; j++) mean[j] /= n;
  for (let g = 0; g < k; g++) for (let j = 0; j < p; j++) sums[g * p + j] /= sizes[g];
  // Deviations from the centroids (not sum-of-squares shortcuts), for accuracy.
  const within = new Array<number>(k).fill(0);
  let total = 0;
  for (let i = 0; i < n; i++) {
    const g = index.get(labels[i]) as number;
    for (let j = 0; j < p; j++) {
      const v = x[i * p + j];
      within[g] += (v - sums[g * p + j]) ** 2;
      total += (v - mean[j]) ** 2;
    }
  }
  let between = 0;
  for (let g = 0; g < k; g++) {
    let s = 0;
    for (let j = 0; j < p; j++) s += (sums[g * p + j] - mean[j]) ** 2;
    between += sizes[g] * s;
  }
  const withinTotal = within.reduce((a, b) => a + b, 0);
  return { groups, sizes, within, withinTotal, between, total };
}
