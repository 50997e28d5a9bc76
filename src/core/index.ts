/**
 * The public API of the pure core (docs/architecture.md, idea 1). Everything here runs unchanged
 * in Node (tests, the CLI), the browser and a Web Worker. Anything not listed is internal.
 */

// The analysis as data, and its validation.
export * from './spec.ts';
export { validateSpec, validateRatingSpec } from './specValidate.ts';
export { readSpec, parseSpecJson, migrateV1, type MigrationContext } from './specMigrate.ts';
export type { Issue, Result } from './issue.ts';
export { ok, fail } from './issue.ts';
export { IssueError } from './issueError.ts';
export type { IssueParam, IssueParams } from './issue.ts';
export { collapseIssues, COLLAPSE_AFTER } from './collapseIssues.ts';

// Innovation-development rating (seed 004, formulas 1-4) and its sensitivity to weights.
export { rate, type RatingResult } from './composite/rate.ts';
export { pcaWeights, type PcaWeights } from './composite/pcaWeights.ts';
export {
  strengthsWeaknesses,
  type IndicatorRank,
  type StrengthsWeaknesses,
} from './composite/strengths.ts';
export {
  findGroup,
  mapGroups,
  treeIndicators,
  walkGroups,
  type GroupVisit,
} from './composite/ratingTree.ts';
export type { RatingMatrix } from './composite/ratingMatrix.ts';
// Data treatment in the rating (issue 9 item 3, helper treat).
export {
  cellTreatmentCode,
  rowTreatmentCode,
  effectiveTreatment,
  interpolates,
  outlierRule,
  treatmentColumns,
  treatsAnything,
  DEFAULT_BOXCOX_LAMBDA,
  DEFAULT_WIN_POINTS,
  type CellTreatment,
} from './composite/treatRating.ts';
export { classify, sortBands } from './composite/classify.ts';
export {
  classesByQuintile,
  onHundredScale,
  QUINTILES,
  quintileOfRank,
} from './composite/classScale.ts';
export { normaliseColumn, NORMALISERS } from './normalise/normaliseColumn.ts';
export {
  sensitivity,
  type SensitivityResult,
  type SensitivityUnit,
} from './sensitivity/sensitivity.ts';

// Specialisation (docs/methods.md section 2).
export { specialisation, type SpecialisationResult } from './specialisation/specialisation.ts';
export { LQ_CLUSTER_THRESHOLD } from './specialisation/locationQuotient.ts';
export { prepareEmployment, type PreparedEmployment } from './specialisation/prepareEmployment.ts';

// Cluster toolkit (issue 12): cluster strength, shift-share, relatedness and complexity.
export {
  strongClusters,
  STRONG_CLUSTER_DEFAULTS,
  type StrongClusterOptions,
  type StrongClusterResult,
} from './clusters/strongCluster.ts';
export {
  clusterStars,
  CLUSTER_STAR_DEFAULTS,
  type ClusterStarOptions,
  type ClusterStarResult,
} from './clusters/clusterStars.ts';
export { clusterStrength, type ClusterStrengthResult } from './clusters/clusterStrength.ts';
export {
  shiftShare,
  type ShiftShareInput,
  type ShiftShareRow,
  type ShiftShareResult,
} from './clusters/shiftShare.ts';
export { rcaMatrix, type RcaMatrix } from './complexity/rcaMatrix.ts';
export { proximity } from './complexity/proximity.ts';
export { relatednessDensity } from './complexity/relatednessDensity.ts';
export { economicComplexity, type ComplexityResult } from './complexity/economicComplexity.ts';
export { nextIndustries, type NextIndustry } from './complexity/nextIndustries.ts';
export { relatedness, type RelatednessResult } from './complexity/relatedness.ts';

// Discriminant analysis of the user's groups of industries (issue 12, item 5): the measures.
export {
  industryPosition,
  INDUSTRY_POSITION_MEASURES,
  type IndustryPosition,
} from './clusters/industryPosition.ts';
export { chiSquareUpperTail } from './stats/chiSquare.ts';

// Hierarchical clustering, factor analysis, discriminant analysis, input-output.
export * from './cluster/index.ts';
export * from './factors/index.ts';
export * from './discriminant/index.ts';
export * from './io/index.ts';

// The one labelled-matrix shape (rows, columns, values with gaps).
export type { LabelledMatrix } from './matrix/labelledMatrix.ts';

// Statistics shared by the methods.
export { mulberry32, type Rng } from './stats/random.ts';
export { zScoreColumns, columnStats } from './stats/zscore.ts';
export { quantile, quantileSorted } from './stats/quantile.ts';
export { averageRanks, minRanksDescending } from './stats/rank.ts';

// Crosswalk between territorial schemes (docs/methods.md, "Today's regions and the crosswalk").
export {
  aggregateUnits,
  allocateUnits,
  type CrosswalkColumnKind,
  type CrosswalkTable,
  type CrosswalkResult,
} from './crosswalk/aggregateUnits.ts';

// COINr-style index of any depth (issue 9, helper coinr): tree, data treatment,
// normalisation, aggregation per level, coherence, uncertainty with Sobol indices.
export { buildIndexTree, codesAtLevel, weightsWithinParent } from './coin/indexTree.ts';
export type { IndexTree, IndexNodeSpec, TreeProblem } from './coin/indexTree.ts';
export type { CoinData } from './coin/coinData.ts';
export { prepareCoin, COIN_IMPUTATIONS, type CoinImputation } from './coin/coinPrepare.ts';
export { coinRate, nodeWeights, type CoinOptions, type CoinResult } from './coin/coinRate.ts';
export {
  coinSensitivity,
  UNCERTAIN_INPUTS,
  type UncertainInput,
  type CoinSensitivityResult,
} from './coin/coinSensitivity.ts';
export {
  COIN_NORMALISATIONS,
  normaliseIndicator,
  type CoinNormalisation,
} from './coin/normalise/coinNormalise.ts';
export {
  COIN_AGGREGATIONS,
  aggregateTree,
  type CoinAggregation,
  type LevelAggregation,
} from './coin/aggregate/aggregateTree.ts';
export { treatColumn, type TreatmentSpec, type TreatMark } from './coin/treat/treatColumn.ts';
export {
  coherenceReport,
  NEAR_DUPLICATE_R,
  type CoherenceReport,
} from './coin/coherence/coherenceReport.ts';
export { sobolIndices, sobolDesign, type SobolIndex } from './coin/sobol/sobolIndices.ts';
export {
  ratingCoherence,
  type RatingCoherence,
  type CoherencePair,
  type NodeCoherence,
} from './coin/coherence/ratingCoherence.ts';

// Spatial statistics: weights, Moran's I, LISA, Getis-Ord, constrained clustering (docs/methods.md section 8).
export * from './spatial/index.ts';
export { normalCdf, normalUpperTail } from './stats/normal.ts';

// Reached from outside the core (the lint wall admits only this file).
export { wardSearchCounts } from './cluster/ward.ts';
export { MAX_RUNS } from './sensitivity/sensitivity.ts';
export { normal } from './stats/random.ts';
