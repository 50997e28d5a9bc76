/**
 * The analysis as data (docs/architecture.md, "The spec"): one versioned, JSON-serialisable
 * document that holds the whole study: which data (a bundled table and year, or the user's
 * file named by its name and SHA-256), the index tree with the user's own labels, every
 * method choice, the map settings and the view. The store, the worker, the link, the project
 * file, saved analyses, exports and the CLI all read and write this one shape.
 *
 * Version 2. Older documents are migrated on reading (core/specMigrate.ts); validation lives
 * in core/specValidate.ts. Sections are added without breaking old links: a section a
 * document does not carry takes its default (SECTION_DEFAULTS in specValidate.ts), so a
 * helper adding e.g. `spatial` adds its type here, its checker and default there, and bumps
 * nothing.
 */

export const SPEC_VERSION = 2 as const;

export type Normalisation =
  'ratio-to-max' | 'min-max' | 'z-score' | 'rank' | 'distance-to-target' | 'goalposts';
export type Aggregation = 'arithmetic' | 'geometric' | 'harmonic' | 'generalised' | 'copeland';
export const AGGREGATIONS: readonly Aggregation[] = [
  'arithmetic',
  'geometric',
  'harmonic',
  'generalised',
  'copeland',
];
export type Direction = 'higher' | 'lower';
export type Linkage = 'ward' | 'complete' | 'average' | 'single';
export type Standardisation = 'z' | 'none';
export type Rotation = 'varimax' | 'none';
export type VarimaxConvention = 'r' | 'spss';
export type Lang = 'ru' | 'kk' | 'en';

/**
 * A calendar year of the data: one of the bundled innovation tables' years (YEARS), or any
 * year of a user's table or panel (MIN_YEAR..MAX_YEAR, issue 11).
 */
export type Year = number;
/** Years of the bundled innovation tables (seed 004). */
export const YEARS: readonly Year[] = [2010, 2014];
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;

export interface IndicatorSpec {
  /** Column id in the data in use: `S_D` in a bundled table, the user's header in theirs. */
  id: string;
  /** The user's own name for it (as imported); absent for a bundled indicator (translated). */
  label?: string;
  /** Unit as imported, e.g. `%`, `млн тенге`; absent for a bundled indicator. */
  unit?: string;
  /** Weight inside its group (relative; normalised to sum 1 within the group). */
  weight: number;
  direction: Direction;
  /** For `distance-to-target` only: the target value in the indicator's unit. */
  target?: number;
  /**
   * For `goalposts` only: the worst and best plausible values in the indicator's unit
   * (`low` < `high`; the direction says which end is best), as COINr's iMeta goalposts.
   * An end may be absent while the user types; rate() then names the indicator.
   */
  goalposts?: Goalposts;
  /**
   * Data treatment of this indicator before normalisation (issue 9 item 3; absent = the
   * rating's default in `RatingSpec.treatment`): how gaps are filled, how outliers are
   * treated, and which column of the data it is divided by (core/composite/treatRating.ts).
   */
  impute?: ImputeSpec;
  outliers?: OutlierSpec;
  /** Column id of the data this indicator is divided by (per capita, per GRP...). */
  denominator?: string;
}

/**
 * Filling gaps (COINr `Impute()`): the mean or median of the units present, of the units in
 * the same group (`by`: a column of the data holding each unit's group), or linear
 * interpolation between the years of a panel (COINr `impute_panel`).
 */
export const IMPUTE_METHODS = [
  'none',
  'mean',
  'median',
  'group-mean',
  'group-median',
  'interpolate',
] as const;
export type ImputeMethod = (typeof IMPUTE_METHODS)[number];
export interface ImputeSpec {
  method: ImputeMethod;
  /** For `group-mean` and `group-median`: the column of the data with each unit's group. */
  by?: string;
}

/**
 * Outlier treatment (COINr `Treat()`): `coinr` = COINr's default rule (winsorise up to 5
 * points while |skewness| >= 2 and kurtosis >= 3.5, else log); `winsorise` = winsorise
 * exactly `points` points (COINr `forced_win`); `log` = ln x; `boxcox` with `lambda`.
 */
export const OUTLIER_METHODS = ['none', 'coinr', 'winsorise', 'log', 'boxcox'] as const;
export type OutlierMethod = (typeof OUTLIER_METHODS)[number];
export interface OutlierSpec {
  method: OutlierMethod;
  /** For `winsorise`: how many points (default 5; 1-100). */
  points?: number;
  /** For `boxcox`: the exponent (default 0.5; -5 to 5). */
  lambda?: number;
}

/** The rating's default treatment; an indicator's own `impute`/`outliers` override it. */
export interface RatingTreatment {
  impute?: ImputeSpec;
  outliers?: OutlierSpec;
}

export interface Goalposts {
  low?: number;
  high?: number;
}

export interface GroupSpec {
  /** Sub-index id, e.g. `receptivity`; also the key of the sub-index in results. */
  id: string;
  /** The user's own name for the group; absent for the paper's groups (translated). */
  label?: string;
  /** Weight of the group in the index (relative; normalised to sum 1). */
  weight: number;
  indicators: IndicatorSpec[];
  /**
   * Sub-groups: the tree is recursive so that a deeper index (issue 9) fits the same shape.
   * The rating of this version aggregates one level; validation refuses sub-groups until the
   * core aggregates them.
   */
  groups?: GroupSpec[];
}

export interface ClassBand {
  label: string;
  /** Inclusive lower bound on the index scale. */
  min: number;
}

export interface RatingSpec {
  groups: GroupSpec[];
  normalisation: Normalisation;
  aggregation: Aggregation;
  /**
   * Bands in any order; a value belongs to the band with the largest `min` <= value. The
   * paper's bands (PAPER_CLASSES) apply only to an index on 0-100; on any other scale the
   * rating classes by quintiles instead (core/composite/classes.ts).
   */
  classes: ClassBand[];
  /**
   * Output scale of `min-max` and `goalposts` as [low, high]; absent = [0, 100]. A range
   * such as [1, 100] keeps a geometric mean off zero (COINr `n_minx(l_u = c(1, 100))`).
   */
  range?: [number, number];
  /**
   * A method per level (issue 9 item 5), from the top: `levels[0]` combines the groups under
   * the index, `levels[d]` the children of the groups d levels down; absent or null = the
   * `aggregation` above.
   */
  levels?: (Aggregation | null)[];
  /** Exponent p of the generalised mean (p != 0); absent = 2. */
  power?: number;
  /**
   * Default data treatment of every indicator (issue 9 item 3); absent = none. Applied
   * before normalisation, in COINr's order: denominate, impute, treat outliers.
   */
  treatment?: RatingTreatment;
}

export interface SensitivitySpec {
  runs: number;
  /** `uniform`: each weight times (1 + U(-noise, noise)); `simplex`: uniform on the simplex. */
  mode: 'uniform' | 'simplex';
  noise: number;
  seed: number;
  /**
   * The sensitivity over every choice (issue 9 item 7; core/coin/coinSensitivity.ts): which
   * choices vary, the number of base samples and the seed. Absent = CHOICES_DEFAULT.
   */
  choices?: ChoicesSpec;
}

/**
 * The choices the sensitivity over every choice can vary (core/coin/coinSensitivity.ts):
 * weights, normalisation, aggregation, imputation, outlier treatment, leaving one indicator out.
 */
export const UNCERTAIN_INPUTS = [
  'weights',
  'normalise',
  'aggregate',
  'impute',
  'treat',
  'exclude',
] as const;
export type UncertainInput = (typeof UNCERTAIN_INPUTS)[number];

export interface ChoicesSpec {
  /** A subset of UNCERTAIN_INPUTS, in that order. */
  vary: UncertainInput[];
  /** Base samples N (the run evaluates N (k + 2) indices); 10 ..= CHOICES_MAX_RUNS. */
  runs: number;
  seed: number;
}

export const CHOICES_MAX_RUNS = 20_000;
export const CHOICES_DEFAULT: ChoicesSpec = {
  vary: [...UNCERTAIN_INPUTS],
  runs: 1000,
  seed: 1,
};

/**
 * A file the user imported, named by what the recipient of a link can check: its name and
 * the SHA-256 of its bytes (hex). Local ids (`user-1`) never leave the machine.
 */
export interface FileRef {
  fileName: string;
  /** 64 lower-case hex digits. */
  sha256: string;
}

/**
 * What #/clustering and #/factors analyse: the regions (the innovation table in use) or seed
 * 002's industries (their published loadings).
 */
export type AnalysisSource = 'regions' | 'industries';
export const ANALYSIS_SOURCES: readonly AnalysisSource[] = ['regions', 'industries'];

/** How to cluster (the worker's part of ClusteringSpec). */
export interface ClusterMethod {
  /** Column ids; empty = all numeric columns. */
  variables: string[];
  standardise: Standardisation;
  linkage: Linkage;
  k: number;
}

export interface ClusteringSpec extends ClusterMethod {
  source: AnalysisSource;
  /** An imported table clustered instead of `source`, or null. */
  table: FileRef | null;
}

/** How to extract factors (the worker's part of FactorSpec). */
export interface FactorMethod {
  variables: string[];
  /** null = Kaiser's rule (eigenvalue > 1). */
  nfactors: number | null;
  rotation: Rotation;
  convention: VarimaxConvention;
}

export interface FactorSpec extends FactorMethod {
  source: AnalysisSource;
}

export interface SpecialisationSpec {
  /** The imported table whose specialisation is computed, or null for the bundled one. */
  table: FileRef | null;
}

/**
 * Settings of the cluster toolkit (issue 12) on #/specialisation: the thresholds of the U.S.
 * Cluster Mapping strong-cluster rule and of the European Cluster Observatory stars
 * (core/clusters), the regionalisation of an input-output table (core/io/regionalise.ts) and
 * the industry the star map shows.
 */
export interface ClusterToolkitSpec {
  strong: { lqPercentile: number; sizePercentile: number; lqMin: number };
  stars: { sizeTop: number; lqMin: number; focusTop: number };
  io: { method: 'national' | 'slq' | 'cilq' | 'flq'; delta: number; region: string | null };
  /** Industry of the star map; null = the first. */
  industry: string | null;
  /** Discriminant analysis of the user's groups of industries (item 5). */
  discriminant: IndustryGroupingSpec;
}

/** A measure of an industry's competitive position (core/clusters/industryPosition.ts). */
export type IndustryMeasure = 'lq' | 'focus' | 'density' | 'hoover';

/**
 * The user's groups of industries for discriminant analysis (seed 002's non-core, middle and
 * driver industries), part of the study so that links and project files carry them. Older
 * documents without it read the default: Ward's proposal in 3 groups.
 */
export interface IndustryGroupingSpec {
  /** Region whose industries are compared; null = East Kazakhstan if the matrix has it, else its first region. */
  region: string | null;
  /** The measures describing each industry (at least one to run). */
  variables: IndustryMeasure[];
  /** How many groups Ward's clustering proposes (2..10). */
  k: number;
  /** The user's groups in order, each named and listing its industries; null = Ward's proposal. */
  groups: { name: string; industries: string[] }[] | null;
}

export const MAX_INDUSTRY_GROUPS = 10;

export function defaultIndustryGroupingSpec(): IndustryGroupingSpec {
  return { region: null, variables: ['lq', 'focus', 'density'], k: 3, groups: null };
}

export function defaultClusterToolkitSpec(): ClusterToolkitSpec {
  return {
    strong: { lqPercentile: 0.75, sizePercentile: 0.25, lqMin: 1 },
    stars: { sizeTop: 0.1, lqMin: 2, focusTop: 0.1 },
    io: { method: 'flq', delta: 0.3, region: null },
    industry: null,
    discriminant: defaultIndustryGroupingSpec(),
  };
}

/** One numeric column of a user table as the import left it (unit and direction). */
export interface UserColumn {
  id: string;
  unit: string;
  direction: Direction;
}

/** The bundled innovation table of seed 004 for one year. */
export interface BundledTable {
  source: 'bundled';
  /** Bundled dataset family; the table read is `<dataset>-<year>`. */
  dataset: 'innovation';
}

/**
 * The crosswalk applied to a user table on import (issue 11; docs/methods.md, "Today's regions
 * and the crosswalk to 2014"): the file was recorded in `from`'s units and carried to `to`'s.
 * `additive` columns (counts) were summed over the parts or split by the allocation key
 * `shares`; `weighted` columns (rates) averaged with the `weight` column; any other column kept
 * only where the territory did not change. Column ids as in `columns`.
 */
export interface CrosswalkSpec {
  from: '2014' | 'current';
  to: '2014' | 'current';
  additive: string[];
  weighted: string[];
  weight: string | null;
  /** The allocation key file (each part's share of its 2014 region), when one was given. */
  shares?: FileRef;
}

/** A user's indicator table: the file, what it held and how it was read. */
export interface UserTable extends FileRef {
  source: 'user';
  /** Region rows read. */
  rows: number;
  /** ISO timestamp of the import. */
  importedAt: string;
  /** Numeric columns with the units and directions set at import. */
  columns: UserColumn[];
  /** The crosswalk applied on import; absent when the table is in the units it was recorded in. */
  crosswalk?: CrosswalkSpec;
}

/**
 * Which properties of a user boundary file give its units' codes and names, when the file is a
 * set of the user's own units (districts, hexagons: issue 11, item 4) rather than regions.
 * `key` '$id' = the feature's own id; `name` null = the code is the name.
 */
export interface UnitKeys {
  key: string;
  name: string | null;
}

export type BoundarySet = { source: 'bundled' } | ({ source: 'user'; units?: UnitKeys } & FileRef);

export interface DataSpec {
  table: BundledTable | UserTable;
  /**
   * The year in view: a bundled year, the one the user gave their table, or one of the years
   * of their panel.
   */
  year: Year;
  boundaries: BoundarySet;
}

export type ClassMethod = 'quantile' | 'equal' | 'jenks' | 'stddev' | 'paper' | 'custom';
export const CLASS_METHODS: readonly ClassMethod[] = [
  'quantile',
  'equal',
  'jenks',
  'stddev',
  'paper',
  'custom',
];

export type PaletteId = 'viridis' | 'cividis' | 'blues' | 'purples' | 'puor' | 'brbg';
export const PALETTE_IDS: readonly PaletteId[] = [
  'viridis',
  'cividis',
  'blues',
  'purples',
  'puor',
  'brbg',
];

/**
 * Colours of groups (clusters, regions of a regionalisation): `okabe-ito` keeps Okabe and Ito's
 * eight colour-blind-safe colours up to eight groups and switches to Kelly's twenty colours of
 * maximum contrast above; `kelly` uses Kelly's twenty at every k (one colour per group number
 * whatever the cut). Either keeps up to 20 groups apart (views/clustering/clusterColours.ts).
 */
export type CategoricalPaletteId = 'okabe-ito' | 'kelly';
export const CATEGORICAL_PALETTE_IDS: readonly CategoricalPaletteId[] = ['okabe-ito', 'kelly'];

export interface MapClassification {
  method: ClassMethod;
  /** Number of classes for quantile, equal, jenks and stddev. */
  k: number;
  /** Interior breaks for `custom`, ascending. */
  breaks: number[];
}

export interface Overlays {
  /** The five proposed IT-cluster sites of seed 004. */
  sites: boolean;
  /** Seed 003's published grouping of the regions (outlines). */
  groups: boolean;
  labels: boolean;
  /** OpenStreetMap tiles: off by default so the map works offline and sends no requests. */
  basemap: boolean;
}

export interface MapSpec {
  /** Map layer id: 'index', 'sub:<group id>', 'ind:<indicator id>'. */
  layer: string;
  classification: MapClassification;
  /** null = the layer's own default (sequential or diverging). */
  palette: PaletteId | null;
  /** Colours of groups; absent in specs before issue 15 (read as 'okabe-ito'). */
  categorical: CategoricalPaletteId;
  overlays: Overlays;
}

/**
 * Spatial statistics settings (issue 10; docs/methods.md section 8). `weights` as the CLI writes
 * it: queen, rook, knn:K or distance:KM. A spec without this section (every link made before
 * it existed) reads the defaults below.
 */
export interface SpatialSpec {
  /** Column analysed; null = the first numeric column. */
  variable: string | null;
  weights: string;
  style: 'W' | 'B';
  islands: 'drop' | 'nearest';
  permutations: number;
  seed: number;
  adjust: 'none' | 'fdr' | 'bonferroni';
  alpha: number;
  method: 'schc' | 'skater' | 'maxp';
  k: number;
  /** Layer id of the second variable of bivariate Moran's I; null = none. */
  second: string | null;
  /** What the value map of #/spatial draws: the variable, its spatial lag, or Gi* z. */
  layer: SpatialLayer;
  /**
   * Weights imported from a GeoDa GAL or GWT file (its name and format) in place of
   * `weights`; the file's lists live with the session's data, not in the spec. null = none.
   */
  weightsFile: { name: string; format: 'gal' | 'gwt' } | null;
  /**
   * Max-p's floor: each region's total of the data column `variable` (the rating table's own
   * values, e.g. population) at least `min`. null = each unit counts 1 and a region needs at
   * least ceil(n / k) units.
   */
  floor: { variable: string; min: number } | null;
}

export type SpatialLayer = 'value' | 'lag' | 'gistar';

export function defaultSpatialSpec(): SpatialSpec {
  return {
    variable: null,
    weights: 'queen',
    style: 'W',
    islands: 'nearest',
    permutations: 999,
    seed: 1,
    adjust: 'none',
    alpha: 0.05,
    method: 'schc',
    k: 4,
    second: null,
    layer: 'lag',
    weightsFile: null,
    floor: null,
  };
}

export const MAX_SELECTED = 4;

export interface ViewSpec {
  /** Route id without '#/', e.g. 'rating'. */
  route: string;
  language: Lang;
  /** ISO codes of selected regions, at most MAX_SELECTED, in the order picked. */
  selected: string[];
}

export interface AnalysisSpec {
  version: typeof SPEC_VERSION;
  data: DataSpec;
  rating: RatingSpec;
  sensitivity: SensitivitySpec;
  clustering: ClusteringSpec;
  factors: FactorSpec;
  specialisation: SpecialisationSpec;
  clusters: ClusterToolkitSpec;
  map: MapSpec;
  view: ViewSpec;
  spatial: SpatialSpec;
}

/** Seed 004, Table 1 (class scale; the paper prints group B with Cyrillic В/V). */
export const PAPER_CLASSES: ClassBand[] = [
  { label: 'A++', min: 90 },
  { label: 'A+', min: 80 },
  { label: 'A', min: 70 },
  { label: 'B++', min: 60 },
  { label: 'B+', min: 50 },
  { label: 'B', min: 40 },
  { label: 'C++', min: 30 },
  { label: 'C+', min: 20 },
  { label: 'C', min: 10 },
  { label: 'D', min: 0 },
];

/** The paper's rating (seed 004, formulas 1-4): ratio to max, 1/3 each, 0.5/0.5. */
export function paperRatingSpec(): RatingSpec {
  const ind = (id: string): IndicatorSpec => ({ id, weight: 1, direction: 'higher' });
  return {
    groups: [
      { id: 'receptivity', weight: 1, indicators: ['S_D', 'S_F', 'S_E'].map(ind) },
      { id: 'activity', weight: 1, indicators: ['S_A', 'S_B', 'S_C'].map(ind) },
    ],
    normalisation: 'ratio-to-max',
    aggregation: 'arithmetic',
    classes: PAPER_CLASSES.map((c) => ({ ...c })),
  };
}

export function defaultDataSpec(year: Year = 2014): DataSpec {
  return {
    table: { source: 'bundled', dataset: 'innovation' },
    year,
    boundaries: { source: 'bundled' },
  };
}

export function defaultMapSpec(): MapSpec {
  return {
    layer: 'index',
    classification: { method: 'paper', k: 5, breaks: [] },
    palette: null,
    categorical: 'okabe-ito',
    overlays: { sites: false, groups: false, labels: true, basemap: false },
  };
}

export function defaultViewSpec(): ViewSpec {
  return { route: 'map', language: 'ru', selected: [] };
}

export function defaultSpec(year: Year = 2014): AnalysisSpec {
  return {
    version: SPEC_VERSION,
    data: defaultDataSpec(year),
    rating: paperRatingSpec(),
    sensitivity: { runs: 1000, mode: 'uniform', noise: 0.25, seed: 1 },
    clustering: {
      variables: [],
      standardise: 'z',
      linkage: 'ward',
      k: 4,
      source: 'regions',
      table: null,
    },
    factors: {
      variables: [],
      nfactors: null,
      rotation: 'varimax',
      convention: 'r',
      source: 'regions',
    },
    specialisation: { table: null },
    clusters: defaultClusterToolkitSpec(),
    map: defaultMapSpec(),
    view: defaultViewSpec(),
    spatial: defaultSpatialSpec(),
  };
}

/** True when the study runs on the paper's own bundled table (published columns apply). */
export const isPaperData = (d: DataSpec): boolean => d.table.source === 'bundled';
