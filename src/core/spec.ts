/**
 * The analysis as data (ARCHITECTURE.md, idea 2): one versioned, JSON-serialisable spec
 * shared by the store, the worker, the URL and the CLI. Validation lives in
 * core/specValidate.ts.
 */

export const SPEC_VERSION = 1 as const;

export type Normalisation = 'ratio-to-max' | 'min-max' | 'z-score' | 'rank' | 'distance-to-target';
export type Aggregation = 'arithmetic' | 'geometric';
export type Direction = 'higher' | 'lower';
export type Linkage = 'ward' | 'complete' | 'average' | 'single';
export type Standardisation = 'z' | 'none';
export type Rotation = 'varimax' | 'none';
export type VarimaxConvention = 'r' | 'spss';

export interface IndicatorSpec {
  /** Column id in the dataset, e.g. `S_D`. */
  id: string;
  /** Weight inside its group (relative; normalised to sum 1 within the group). */
  weight: number;
  direction: Direction;
  /** For `distance-to-target` only: the target value in the indicator's unit. */
  target?: number;
}

export interface GroupSpec {
  /** Sub-index id, e.g. `receptivity`; also the key of the sub-index in results. */
  id: string;
  /** Weight of the group in the index (relative; normalised to sum 1). */
  weight: number;
  indicators: IndicatorSpec[];
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
  /** Bands in any order; a value belongs to the band with the largest `min` <= value. */
  classes: ClassBand[];
}

export interface SensitivitySpec {
  runs: number;
  /** `uniform`: each weight times (1 + U(-noise, noise)); `simplex`: uniform on the simplex. */
  mode: 'uniform' | 'simplex';
  noise: number;
  seed: number;
}

export interface ClusteringSpec {
  /** Column ids; empty = all numeric columns. */
  variables: string[];
  standardise: Standardisation;
  linkage: Linkage;
  k: number;
}

export interface FactorSpec {
  variables: string[];
  /** null = Kaiser's rule (eigenvalue > 1). */
  nfactors: number | null;
  rotation: Rotation;
  convention: VarimaxConvention;
}

export interface AnalysisSpec {
  version: typeof SPEC_VERSION;
  dataset: string;
  rating: RatingSpec;
  sensitivity: SensitivitySpec;
  clustering: ClusteringSpec;
  factors: FactorSpec;
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

export function defaultSpec(dataset = 'innovation-2014'): AnalysisSpec {
  return {
    version: SPEC_VERSION,
    dataset,
    rating: paperRatingSpec(),
    sensitivity: { runs: 1000, mode: 'uniform', noise: 0.25, seed: 1 },
    clustering: { variables: [], standardise: 'z', linkage: 'ward', k: 4 },
    factors: { variables: [], nfactors: null, rotation: 'varimax', convention: 'r' },
  };
}
