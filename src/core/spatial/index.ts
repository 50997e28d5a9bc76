/** Public API of the spatial statistics (docs/methods.md section 8; spdep and GeoDa conventions). */
export type { PolygonalGeometry, Position, Ring, SpatialUnit } from './boundaryGeometry.ts';
export {
  cardinalities,
  islandIndices,
  restyle,
  subsetWeights,
  summariseWeights,
  symmetrise,
  weightsFromNeighbours,
  weightsKindLabel,
  type SpatialWeights,
  type WeightsKind,
  type WeightsStyle,
  type WeightsSummary,
} from './spatialWeights.ts';
export { contiguityNeighbours, DEFAULT_SNAP, type ContiguityRule } from './contiguity.ts';
export { centroids, unitCentroid } from './centroid.ts';
export { greatCircleKm } from './greatCircle.ts';
export { knnNeighbours } from './knn.ts';
export { distanceBandNeighbours, minimumConnectingBand } from './distanceBand.ts';
export { joinIslandsToNearest, type IslandPolicy } from './islands.ts';
export {
  buildWeights,
  parseWeightsKind,
  type BuiltWeights,
  type WeightsOptions,
} from './buildWeights.ts';
export { readGal, writeGal } from './galFile.ts';
export { readGwt, writeGwt } from './gwtFile.ts';
export { spatialLag } from './spatialLag.ts';
export { moranTest, weightSums, type MoranTest, type WeightSums } from './moran.ts';
export { moranPermutationTest, type MoranPermutation } from './moranPermutation.ts';
export { bivariateMoran, type BivariateMoran } from './bivariateMoran.ts';
export { localMoran, lisaQuadrant, type LisaQuadrant, type LocalMoran } from './localMoran.ts';
export {
  binomial,
  localMoranPermutation,
  pValueFloor,
  type LocalPermutation,
} from './localMoranPermutation.ts';
export { pAdjust, type PAdjustMethod } from './pAdjust.ts';
export { getisOrdZ, includeSelf } from './getisOrd.ts';
export { componentCount, schc, type SchcResult } from './schc.ts';
export { minimumSpanningTree, type MstEdge } from './minimumSpanningTree.ts';
export { skater, type SkaterOptions, type SkaterResult } from './skater.ts';
export { maxp, type MaxpOptions, type MaxpResult } from './maxp.ts';
export {
  spatialClusterAnalysis,
  type SpatialClusterAnalysis,
  type SpatialClusterMethod,
  type SpatialClusterOptions,
} from './spatialClusterAnalysis.ts';
export {
  spatialAnalysis,
  type SpatialAnalysis,
  type SpatialAnalysisOptions,
} from './spatialAnalysis.ts';
