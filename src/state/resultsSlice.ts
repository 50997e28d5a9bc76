/**
 * What the worker computed from the spec, and the bundled datasets loaded so far. Only the
 * compute controller (state/compute.ts) writes here; components read through selectors.
 */
import type { Issue } from '../core/index.ts';
import type { GroupsDataset, SitesDataset, TableDataset } from '../data/types.ts';
import type { RatingOutput, SensitivityOutput } from '../worker/protocol.ts';
import type { Year } from './viewState.ts';

export type Status = 'idle' | 'running' | 'ready' | 'error';

export interface Results {
  status: Status;
  /** The rating under the current spec for each year with data. */
  rating: Partial<Record<Year, RatingOutput>>;
  /** Rank uncertainty under the current spec for the year in view. */
  sensitivity: SensitivityOutput | null;
  sensitivityYear: Year | null;
  /** The sensitivity run goes on after the rating is in, so it has its own status. */
  sensitivityStatus: Status;
  /** Fraction done of a long run, 0..1, or null. */
  progress: number | null;
  issues: Issue[];
}

/** A bundled dataset of any kind (the catalogue's union: tables, sites, groups). */
export type AnyDataset = TableDataset | SitesDataset | GroupsDataset;

export interface DataState {
  status: Status;
  datasets: Record<string, AnyDataset>;
  issues: Issue[];
}

/** The dataset `id` if it is loaded and a table (the rating and map layers read tables). */
export function tableIn(data: DataState, id: string): TableDataset | undefined {
  const ds = data.datasets[id];
  return ds && ds.kind === 'table' ? ds : undefined;
}

/** The dataset `id` if it is loaded and a list of sites (map overlay). */
export function sitesIn(data: DataState, id: string): SitesDataset | undefined {
  const ds = data.datasets[id];
  return ds && ds.kind === 'sites' ? ds : undefined;
}

/** The dataset `id` if it is loaded and a published grouping (map overlay). */
export function groupsIn(data: DataState, id: string): GroupsDataset | undefined {
  const ds = data.datasets[id];
  return ds && ds.kind === 'groups' ? ds : undefined;
}

export interface ResultsSlice {
  results: Results;
  data: DataState;
  setResults: (p: Partial<Results>) => void;
  setData: (p: Partial<DataState>) => void;
}

type Set = (f: (s: ResultsSlice) => Partial<ResultsSlice>) => void;

export function emptyResults(): Results {
  return {
    status: 'idle',
    rating: {},
    sensitivity: null,
    sensitivityYear: null,
    sensitivityStatus: 'idle',
    progress: null,
    issues: [],
  };
}

export function createResultsSlice(set: Set): ResultsSlice {
  return {
    results: emptyResults(),
    data: { status: 'idle', datasets: {}, issues: [] },
    setResults: (p) => set((s) => ({ results: { ...s.results, ...p } })),
    setData: (p) => set((s) => ({ data: { ...s.data, ...p } })),
  };
}
