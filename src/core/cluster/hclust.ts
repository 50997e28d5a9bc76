/**
 * Agglomerative hierarchical clustering on Euclidean distances, returning R's form.
 *
 * `hclust(X, "ward")` equals R's `hclust(dist(X), method = "ward.D2")` (heights on the
 * Euclidean scale, equal to SciPy's `linkage(X, "ward")`); "complete", "average" and
 * "single" equal R's `hclust(dist(X), method)`. Feed it standardised data (METHODS.md
 * section 3: R's `scale(X)`) to reproduce `hclust(dist(scale(X)), "ward.D2")`.
 * Ward needs O(n p) memory (ward.ts); the others build a condensed distance matrix and refuse
 * more than MAX_MATRIX_OBSERVATIONS observations with a `too-many-observations` ClusterError.
 */
import { ClusterError } from './clusterError.ts';
import { assertMatrixSize, condensedDistances, toRowMajor } from './distance.ts';
import { type HclustTree, toHclustTree } from './hclustTree.ts';
import { lanceWilliamsNnChain } from './lanceWilliams.ts';
import { wardNnChain } from './ward.ts';

export type LinkageMethod = 'ward' | 'complete' | 'average' | 'single';

/** Clusters the rows of `data` (observations x variables). */
export function hclust(data: ReadonlyArray<ArrayLike<number>>, method: LinkageMethod): HclustTree {
  const n = data.length;
  if (n < 2) {
    throw new ClusterError(
      'too-few-observations',
      `Clustering needs at least 2 observations; got ${n}.`,
    );
  }
  if (method !== 'ward') assertMatrixSize(n, `${method} linkage`);
  const { x, p } = toRowMajor(data);
  if (p === 0) throw new ClusterError('no-variables', 'Clustering needs at least one variable.');
  const raw =
    method === 'ward'
      ? wardNnChain(x, n, p)
      : lanceWilliamsNnChain(condensedDistances(x, n, p), n, method);
  return toHclustTree(n, raw);
}
