/**
 * Agglomerative hierarchical clustering on Euclidean distances, returning R's form.
 *
 * `hclust(X, "ward")` equals R's `hclust(dist(X), method = "ward.D2")` (heights on the
 * Euclidean scale, equal to SciPy's `linkage(X, "ward")`); "complete", "average" and
 * "single" equal R's `hclust(dist(X), method)`. Feed it standardised data (METHODS.md
 * section 3: R's `scale(X)`) to reproduce `hclust(dist(scale(X)), "ward.D2")`.
 *
 * Ward is hybrid: up to WARD_MATRIX_MAX_OBSERVATIONS (a ~150 MB memory budget) it runs the
 * nearest-neighbour chain on a condensed matrix of squared distances (wardMatrix.ts), whose
 * time does not depend on the data's structure; above it, on centroids in O(n p) memory
 * (ward.ts). Both give the same merges, heights (to rounding) and order. The other linkages
 * build a condensed distance matrix and refuse more than MAX_MATRIX_OBSERVATIONS
 * observations with a `too-many-observations` ClusterError.
 */
import { ClusterError } from './clusterError.ts';
import { assertMatrixSize, condensedDistances, toRowMajor } from './distance.ts';
import { type HclustTree, toHclustTree } from './hclustTree.ts';
import { lanceWilliamsNnChain } from './lanceWilliams.ts';
import { wardNnChain } from './ward.ts';
import { WARD_MATRIX_MAX_OBSERVATIONS, wardMatrixNnList } from './wardMatrix.ts';

export type LinkageMethod = 'ward' | 'complete' | 'average' | 'single';

/**
 * How Ward is computed: 'auto' (default) picks 'matrix' up to WARD_MATRIX_MAX_OBSERVATIONS
 * and 'centroids' above. Forcing one exists so tests can check both paths on the same data.
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
  const wardMatrix =
    method === 'ward' &&
    (options.wardAlgorithm === 'matrix' ||
      ((options.wardAlgorithm ?? 'auto') === 'auto' && n <= WARD_MATRIX_MAX_OBSERVATIONS));
  if (method !== 'ward') assertMatrixSize(n, `${method} linkage`);
  if (wardMatrix) assertMatrixSize(n, "Ward's method on a distance matrix");
  const { x, p } = toRowMajor(data);
  if (p === 0) throw new ClusterError('no-variables', 'Clustering needs at least one variable.');
  let raw;
  if (method !== 'ward') raw = lanceWilliamsNnChain(condensedDistances(x, n, p), n, method);
  else raw = wardMatrix ? wardMatrixNnList(x, n, p) : wardNnChain(x, n, p);
  return toHclustTree(n, raw);
}
