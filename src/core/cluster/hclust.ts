/**
 * Agglomerative hierarchical clustering on Euclidean distances, returning R's form.
 *
 * `hclust(X, "ward")` equals R's `hclust(dist(X), method = "ward.D2")` (heights on the
 * Euclidean scale, equal to SciPy's `linkage(X, "ward")`); "complete", "average" and
 * "single" equal R's `hclust(dist(X), method)`. Feed it standardised data (METHODS.md
 * section 3: R's `scale(X)`) to reproduce `hclust(dist(scale(X)), "ward.D2")`.
 *
 * Ward is hybrid. Above WARD_MATRIX_MAX_OBSERVATIONS (a ~150 MB memory budget) it runs on
 * centroids in O(n p) memory (ward.ts). Up to it, it starts on centroids too, which is fastest
 * when the data have cluster structure (the projection pruning skips most clusters), and
 * after WARD_PROBE_SEARCHES nearest-neighbour searches switches to R's algorithm on a
 * condensed matrix of squared distances (wardMatrix.ts), whose time does not depend on the
 * structure, if those searches visited more than WARD_PROBE_MAX_VISITED of the clusters on
 * average (structureless data; the crossover measured in bench/results/ward.md). Every path
 * gives the same merges, heights (to rounding) and order, so the choice only affects speed. The other linkages
 * build a condensed distance matrix and refuse more than MAX_MATRIX_OBSERVATIONS
 * observations with a `too-many-observations` ClusterError.
 */
import { ClusterError } from './clusterError.ts';
import { assertMatrixSize, condensedDistances, toRowMajor } from './distance.ts';
import { type HclustTree, toHclustTree } from './hclustTree.ts';
import { lanceWilliamsNnChain } from './lanceWilliams.ts';
import { wardNnChain, wardNnChainIfPruned } from './ward.ts';
import { WARD_MATRIX_MAX_OBSERVATIONS, wardMatrixNnList } from './wardMatrix.ts';

export type LinkageMethod = 'ward' | 'complete' | 'average' | 'single';

/** Searches the centroid path runs before 'auto' judges its pruning. */
export const WARD_PROBE_SEARCHES = 64;
/**
 * Average fraction of the clusters a search may visit for 'auto' to stay on centroids: at
 * 5,000-6,000 x 20 the centroid path was faster below about 0.65 (clustered data visit ~0.5)
 * and the matrix path above about 0.7 (one Gaussian cloud visits ~0.97).
 */
export const WARD_PROBE_MAX_VISITED = 0.7;

/**
 * How Ward is computed: 'auto' (default) as described above; forcing 'matrix' or 'centroids'
 * exists so that tests and benchmarks can run both paths on the same data.
 */
export type WardAlgorithm = 'auto' | 'matrix' | 'centroids';

export interface HclustOptions {
  wardAlgorithm?: WardAlgorithm;
}

/** Clusters the rows of `data` (observations x variables). */
export function hclust(
  data: ReadonlyArray<ArrayLike<number>>,
  method: LinkageMethod,
  options: HclustOptions = {},
): HclustTree {
  const n = data.length;
  if (n < 2) {
    throw new ClusterError(
      'too-few-observations',
      `Clustering needs at least 2 observations; got ${n}.`,
    );
  }
  const algorithm = options.wardAlgorithm ?? 'auto';
  if (method !== 'ward') assertMatrixSize(n, `${method} linkage`);
  if (method === 'ward' && algorithm === 'matrix') {
    assertMatrixSize(n, "Ward's method on a distance matrix");
  }
  const { x, p } = toRowMajor(data);
  if (p === 0) throw new ClusterError('no-variables', 'Clustering needs at least one variable.');
  if (method !== 'ward') {
    return toHclustTree(n, lanceWilliamsNnChain(condensedDistances(x, n, p), n, method));
  }
  if (algorithm === 'matrix') return toHclustTree(n, wardMatrixNnList(x, n, p));
  if (algorithm === 'centroids' || n > WARD_MATRIX_MAX_OBSERVATIONS) {
    return toHclustTree(n, wardNnChain(x, n, p));
  }
  const pruned = wardNnChainIfPruned(x, n, p, WARD_PROBE_SEARCHES, WARD_PROBE_MAX_VISITED);
  return toHclustTree(n, pruned ?? wardMatrixNnList(x, n, p));
}
