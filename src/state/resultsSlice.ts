/**
 * What the worker computed from the spec, and the bundled datasets loaded so far. Only the
 * compute controller (state/compute.ts) writes here; components read through selectors.
 */
import type { Issue } from '../core/issue.ts';
import type { TableDataset } from '../data/types.ts';
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
  /** Fraction done of a long run, 0..1, or null. */
  progress: number | null;
  issues: Issue[];
}

export interface DataState {
  status: Status;
  datasets: Record<string, TableDataset>;
  issues: Issue[];
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
