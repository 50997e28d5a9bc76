/**
 * Messages between the app and the compute worker, and the task table's types. To add a
 * task: add an entry to TaskMap here and its runner to TASKS in worker/tasks.ts.
 */
import type {
  LabelledMatrix,
  RatingMatrix,
  RatingResult,
  SensitivityResult,
  ClusterAnalysis,
  FactorResult,
  Issue,
  SpecialisationResult,
  ClusterStrengthResult,
  RelatednessResult,
  ClusterToolkitSpec,
  SpatialSpec,
  BivariateMoran,
  SpatialAnalysis,
  SpatialClusterAnalysis,
  SpatialUnit,
  WeightsSummary,
  ClusterMethod,
  FactorMethod,
  RatingSpec,
  SensitivitySpec,
} from '../core/index.ts';

/** Units (rows) by indicators (columns); null = no data. */
export type Matrix = RatingMatrix;

export type RatingOutput = RatingResult;
export type SensitivityOutput = SensitivityResult;

/** Observations (rows) by variables (columns) for clustering and factors; null = no value. */
export type DataRows = (number | null)[][];

/**
 * Observations by variables (a labelled matrix): `rows` and `columns` are the names the core's
 * messages and the dendrogram use (the interface language's region, unit or industry names).
 */
export interface ClusterInput extends LabelledMatrix {
  /** k is clamped to 1..n here, as the cut line allows. */
  spec: ClusterMethod;
  /** Largest k of the mean-silhouette curve (k = 2..min(kMax, n - 1)). */
  kMax: number;
  /** A partition to score the groups against (e.g. seed 003's groups), one label per row. */
  reference: number[] | null;
}

/** Plain data only (structured clone): failures come back as issues, never as a throw. */
export interface ClusterOutput {
  /** null when the data cannot be clustered; `issues` says why. */
  analysis: ClusterAnalysis | null;
  /** Errors (no analysis) or warnings (analysis with caveats). */
  issues: Issue[];
  silhouette: { k: number; mean: number }[];
  /** Adjusted Rand index of the groups against `reference`; null without one. */
  ari: number | null;
  /** Fisher LDA on the clustered data with the cut's groups; null without an analysis. */
  discriminant: DiscriminantCheck | null;
}

/**
 * Seed 002's check of the Ward groups by discriminant analysis, as plain data: how many
 * observations the groups' own discriminant functions put back in their group.
 */
export interface DiscriminantSummary {
  /** Group numbers (cutree's 1..k), ascending: the order of the tables' rows and columns. */
  groups: number[];
  counts: number[];
  /** Resubstitution: row = actual group, column = predicted group. */
  table: number[][];
  percentCorrect: number;
  /** Leave-one-out (each observation classified by functions fitted without it). */
  looTable: number[][] | null;
  looPercentCorrect: number | null;
  /** Eigenvalues of W^-1 B and their % of the sum. */
  eigenvalues: number[];
  percentOfVariance: number[];
}

/** The summary, or why discriminant analysis could not run (e.g. a group of one). */
export type DiscriminantCheck =
  { ok: true; summary: DiscriminantSummary } | { ok: false; issue: Issue };

export interface FactorsInput {
  values: DataRows;
  variableNames: string[];
  spec: FactorMethod;
}

export interface FactorsOutput {
  result: FactorResult | null;
  issues: Issue[];
}

/** Regions (rows) by industries (columns) of employment or output. */
export interface SpecialisationInput extends LabelledMatrix {
  /** Thresholds of the cluster toolkit (issue 12); defaults when absent. */
  clusters?: Pick<ClusterToolkitSpec, 'strong' | 'stars'>;
}

/** The measures plus cluster strength and relatedness (core/clusters, core/complexity). */
export type SpecialisationOutput = SpecialisationResult & {
  /** The matrix measured (for the shift-share and input-output panels). */
  matrix: LabelledMatrix;
  strength: ClusterStrengthResult;
  relatedness: RelatednessResult;
};

/** Weights read from a GeoDa GAL or GWT file, by unit id (the units in use). */
export interface FileWeights {
  /** The file's name, as the user gave it. */
  name: string;
  format: 'gal' | 'gwt';
  neighbours: Record<string, string[]>;
  /** A GWT file's weights, aligned with `neighbours`; absent for GAL. */
  weights?: Record<string, number[]>;
}

/** The spatial task's input (worker/spatialTask.ts): units with a value, in boundary order. */
export interface SpatialInput {
  units: SpatialUnit[];
  /** The variable's value per unit. */
  values: number[];
  /** The constrained clustering's variables per unit (z-scored in the core). */
  clusterRows: number[][];
  /** A second variable per unit for bivariate Moran's I; null = none. */
  second: (number | null)[] | null;
  spec: SpatialSpec;
  /** Weights from a file instead of the spec's `weights`; null = built from the polygons. */
  fileWeights: FileWeights | null;
  /**
   * Max-p's floor (spec.floor): the floor column's value per unit (null = none), the least
   * total per region and the column's name for messages; absent = each unit counts 1.
   */
  floor?: { values: (number | null)[]; min: number; name: string } | null;
  /** Seed 003's published group of each unit (null where it groups no such region); absent = none. */
  reference?: (number | null)[] | null;
}

export interface SpatialOutput {
  /** Units analysed (islands may be left out), in boundary order. */
  ids: string[];
  values: number[];
  /** Units that had no neighbour (joined to the nearest or left out, as the spec says). */
  islands: string[];
  summary: WeightsSummary | null;
  /** Neighbours (indices into ids) of each analysed unit. */
  neighbours: number[][];
  /** Their weights in the spec's style (the weights in use, as exported to GAL/GWT). */
  weights: number[][];
  /** Centroid [lon, lat] of each analysed unit (the connectivity map's link ends). */
  centroids: [number, number][];
  analysis: SpatialAnalysis | null;
  /** Bivariate Moran's I of the variable with the lag of the second one; null without it. */
  bivariate: BivariateMoran | null;
  clusters: SpatialClusterAnalysis | null;
  /** ARI of the regions against seed 003's grouping over the `units` it groups; null = none. */
  reference: { ari: number; units: number } | null;
  issues: Issue[];
}

/** A spatial output with nothing in it: the start of a failed run, or the view before one. */
export const EMPTY_SPATIAL_OUTPUT: SpatialOutput = {
  ids: [],
  values: [],
  islands: [],
  summary: null,
  neighbours: [],
  weights: [],
  centroids: [],
  analysis: null,
  bivariate: null,
  clusters: null,
  reference: null,
  issues: [],
};

export interface TaskMap {
  rating: { input: { matrix: Matrix; spec: RatingSpec }; output: RatingOutput };
  /** Rank intervals and class shares under sampled weights (core/sensitivity/sensitivity.ts). */
  sensitivity: {
    input: { matrix: Matrix; spec: RatingSpec; sensitivity: SensitivitySpec };
    output: SensitivityOutput;
  };
  /** Hierarchical clustering, silhouette by k and ARI (core/cluster). */
  cluster: { input: ClusterInput; output: ClusterOutput };
  /** Principal-component factor analysis (core/factors/factorAnalysis.ts). */
  factors: { input: FactorsInput; output: FactorsOutput };
  /** LQ, Krugman indices and shares of an employment matrix (core/specialisation). */
  specialisation: { input: SpecialisationInput; output: SpecialisationOutput };
  /** Weights, Moran's I, LISA, Gi*, bivariate Moran, constrained clusters (spatialTask.ts). */
  spatial: { input: SpatialInput; output: SpatialOutput };
}

export type TaskName = keyof TaskMap;
export type TaskInput<K extends TaskName> = TaskMap[K]['input'];
export type TaskOutput<K extends TaskName> = TaskMap[K]['output'];

export interface Request<K extends TaskName> {
  id: number;
  task: K;
  input: TaskInput<K>;
}

export type Reply =
  | { id: number; type: 'progress'; done: number; total: number }
  | { id: number; type: 'result'; output: unknown }
  | { id: number; type: 'error'; message: string };
