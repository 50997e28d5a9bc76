/** Public API of hierarchical clustering (docs/methods.md section 3). */
export {
  hclust,
  hclustRowMajor,
  type HclustOptions,
  type LinkageMethod,
  type WardAlgorithm,
} from './hclust.ts';
export { type HclustTree, leafOrder } from './hclustTree.ts';
export { cutree, cutHeight } from './cutree.ts';
export { agglomerationSchedule, type ScheduleStage } from './agglomerationSchedule.ts';
export { sumsOfSquares, type SumsOfSquares } from './sumsOfSquares.ts';
export { cophenetic, copheneticCorrelation } from './cophenetic.ts';
export { silhouette, silhouetteByK, type Silhouette } from './silhouette.ts';
export { adjustedRandIndex } from './adjustedRandIndex.ts';
export {
  clusterAnalysis,
  clusterTree,
  type ClusterAnalysis,
  type ClusterCut,
  type ClusterOptions,
} from './clusterAnalysis.ts';
export { ClusterError, type ClusterErrorCode } from './clusterError.ts';
export { MAX_MATRIX_OBSERVATIONS, condensedDistances } from './distance.ts';
export { type WardHelper, type WardSplitShare, SPLIT_MIN_OBSERVATIONS } from './wardSplit.ts';
