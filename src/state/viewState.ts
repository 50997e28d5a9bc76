/**
 * What the user is looking at (as opposed to what is computed): route, language, selection,
 * map layer and its classification, palette, year, overlays, presentation mode. Plain data,
 * so that the URL can carry it (state/url.ts) and tests can build it.
 */
import type { Lang } from '../data/types.ts';

// One definition of each, in the spec (core/spec.ts); the view state re-exports them.
export {
  CATEGORICAL_PALETTE_IDS,
  type CategoricalPaletteId,
  CLASS_METHODS,
  PALETTE_IDS,
  YEARS,
  type ClassMethod,
  type PaletteId,
  type Year,
} from '../core/index.ts';
import type { CategoricalPaletteId, ClassMethod, PaletteId, Year } from '../core/index.ts';

export const otherYear = (y: Year): Year => (y === 2014 ? 2010 : 2014);

export interface Classification {
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

/**
 * What #/clustering and #/factors analyse: the 16 regions (the innovation table of `year`)
 * or seed 002's industries (their published loadings).
 */
export type AnalysisSource = 'regions' | 'industries';
export const ANALYSIS_SOURCES: readonly AnalysisSource[] = ['regions', 'industries'];

export interface ViewState {
  /** Route id without the leading '#/', e.g. 'map'. */
  route: string;
  language: Lang;
  /** ISO codes of selected regions, at most MAX_SELECTED, in the order picked. */
  selected: string[];
  /** Map layer id (views/map/layers.ts): 'index', 'sub:receptivity', 'ind:S_D', ... */
  mapLayer: string;
  classification: Classification;
  /** null = the layer's own default (sequential or diverging). */
  palette: PaletteId | null;
  /** Colours of groups (clusters), core/spec.ts CategoricalPaletteId. */
  categorical: CategoricalPaletteId;
  year: Year;
  overlays: Overlays;
  /** What #/clustering clusters when no imported table is chosen. */
  clusterSource: AnalysisSource;
  /** A table imported on #/data that #/clustering clusters instead, or null. */
  clusterTable: string | null;
  /** What #/factors analyses. */
  factorSource: AnalysisSource;
  /** The imported table (#/data) whose specialisation #/specialisation computes, or null. */
  specialisationTable: string | null;
  /** Not put into links: full screen needs a user gesture. */
  presentation: boolean;
}

export const MAX_SELECTED = 4;
export const DEFAULT_ROUTE = 'map';

export function defaultView(): ViewState {
  return {
    route: DEFAULT_ROUTE,
    language: 'ru',
    selected: [],
    mapLayer: 'index',
    classification: { method: 'paper', k: 5, breaks: [] },
    palette: null,
    categorical: 'okabe-ito',
    year: 2014,
    overlays: { sites: false, groups: false, labels: true, basemap: false },
    clusterSource: 'regions',
    clusterTable: null,
    factorSource: 'regions',
    specialisationTable: null,
    presentation: false,
  };
}
