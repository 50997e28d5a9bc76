/**
 * Agglomerative hierarchical clustering on Euclidean distances, returning R's form.
 *
 * `hclust(X, "ward")` equals R's `hclust(dist(X), method = "ward.D2")` (heights on the
 * Euclidean scale, equal to SciPy's `linkage(X, "ward")`); "complete", "average" and
 * "single" equal R's `hclust(dist(X), method)`. Feed it standardised data (docs/methods.md
 * section 3: R's `scale(X)`) to reproduce `hclust(dist(scale(X)), "ward.D2")`.
 *
 * Ward runs on centroids in O(n p) memory by the nearest-neighbour chain (ward.ts, the
 * algorithm of fastcluster's `linkage_vector`), whatever n, its distance scans in
 * WebAssembly SIMD for large n (wardKernel.ts); R's own algorithm on a condensed
 * matrix (wardMatrix.ts) gives the same merges, heights (to rounding) and order and is kept
 * for tests and for comparison (`wardAlgorithm: 'matrix'`): it needs n^2 / 2 doubles and was
 * not faster (bench/results/ward.md). The other linkages
 * build a condensed distance matrix and refuse more than MAX_MATRIX_OBSERVATIONS
 * observations with a `too-many-observations` ClusterError.
 */
import { ClusterError } from './clusterError.ts';
import { assertMatrixSize, condensedDistances, toRowMajor } from './distance.ts';
import { type HclustTree, toHclustTree } from './hclustTree.ts';
import { lanceWilliamsNnChain } from './lanceWilliams.ts';
import { wardNnChain } from './ward.ts';
import { wardMatrixNnList } from './wardMatrix.ts';
import type { WardHelper } from './wardSplit.ts';

export type LinkageMethod = 'ward' | 'complete' | 'average' | 'single';

/**
 * How Ward is computed: 'auto' (default) runs ward.ts, its distances in WebAssembly from
 * KERNEL_MIN_OBSERVATIONS observations on (wardKernel.ts); 'centroids' runs ward.ts with the
 * WebAssembly kernel whenever it compiles, 'centroids-js' with the JavaScript loop only;
 * 'matrix' runs wardMatrix.ts (at most MAX_MATRIX_OBSERVATIONS), so that tests and benchmarks
 * can run every path on the same data.
 */
export type WardAlgorithm = 'auto' | 'matrix' | 'centroids' | 'centroids-js';

export interface HclustOptions {
  wardAlgorithm?: WardAlgorithm;
  /**
   * A thread that may take half of each long search of Ward's chain (wardSplit.ts; the CLI's
   * helperThread.ts). The tree is the same with or without it.
   */
  helper?: WardHelper;
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
  return hclustRowMajor(x, n, p, method, options);
}

/**
 * hclust() of n observations of p variables given row-major in one Float64Array (x[i p + j]
 * is observation i's variable j; x is only read), the same tree without copying the rows.
 * Callers check that every value is finite (hclust() does it in toRowMajor()).
 */
export function hclustRowMajor(
  x: Float64Array,
  n: number,
  p: number,
  method: LinkageMethod,
  options: HclustOptions = {},
): HclustTree {
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
  if (p === 0) throw new ClusterError('no-variables', 'Clustering needs at least one variable.');
  if (method !== 'ward') {
    return toHclustTree(n, lanceWilliamsNnChain(condensedDistances(x, n, p), n, method));
  }
  if (algorithm === 'matrix') return toHclustTree(n, wardMatrixNnList(x, n, p));
  const loop = algorithm === 'centroids' ? 'wasm' : algorithm === 'centroids-js' ? 'js' : 'auto';
  return toHclustTree(n, wardNnChain(x, n, p, loop, options.helper));
}
