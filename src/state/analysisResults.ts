/**
 * What the analysis controller (state/analysisCompute.ts) computed for #/clustering,
 * #/factors and #/specialisation, each with its own status, the basis it was computed from
 * (so a view never pairs a result with other data) and the progress of a long run. Also the
 * one input that is not in the spec or the address: a matrix file loaded on
 * #/specialisation itself. Only the controller writes results; components read them.
 */
import type { Issue } from '../core/index.ts';
import type { EmploymentFile } from '../data/readers/readMatrixFile.ts';
import type { IoTable } from '../data/readers/ioTable.ts';
import type { ClusterOutput, FactorsOutput, SpecialisationOutput } from '../worker/protocol.ts';
import type { Status } from './resultsSlice.ts';

export interface AnalysisEntry<O, B> {
  status: Status;
  /** What `output` was computed from; null until a run lands. */
  basis: B | null;
  output: O | null;
  /** Fraction done of a run in the worker, 0..1, or null. */
  progress: number | null;
  /** Problems outside the core's own issues: a dataset missing, the worker stopped. */
  issues: Issue[];
}

export interface ClusterBasis {
  /** Dataset id: 'innovation-2014', 'vko-loadings-published' or an imported 'user-<n>'. */
  source: string;
  /** Row keys (region ISO codes or industry ids), aligned with the analysis' observations. */
  keys: string[];
  /** Column ids clustered on, in order. */
  variables: string[];
  /** True where the rows are the regions, so the map and the published grouping apply. */
  regions: boolean;
}

export interface FactorBasis {
  source: string;
  variables: string[];
}

/** A regions x industries matrix read from a file (or an imported table). */

export type { EmploymentFile };

export interface SpecialisationBasis {
  /** 'user-<n>' for an imported table, 'file' for a file loaded on the view. */
  source: string;
  fileName: string;
  warnings: Issue[];
}

export interface AnalysisResults {
  clustering: AnalysisEntry<ClusterOutput, ClusterBasis>;
  factors: AnalysisEntry<FactorsOutput, FactorBasis>;
  specialisation: AnalysisEntry<SpecialisationOutput, SpecialisationBasis>;
}

export type AnalysisName = keyof AnalysisResults;

export interface AnalysisResultsSlice {
  analyses: AnalysisResults;
  /** A matrix loaded on #/specialisation (not an imported table); null = none. */
  specialisationFile: EmploymentFile | null;
  setAnalysis: <K extends AnalysisName>(name: K, p: Partial<AnalysisResults[K]>) => void;
  setSpecialisationFile: (f: EmploymentFile | null) => void;
  /**
   * A national input-output table imported (on Data or on #/specialisation) for the cluster
   * toolkit's regional IO panel; kept for the session only, like the matrix above.
   */
  ioFile: IoFile | null;
  setIoFile: (f: IoFile | null) => void;
}

export interface IoFile {
  io: IoTable;
  fileName: string;
}

export function emptyEntry<O, B>(): AnalysisEntry<O, B> {
  return { status: 'idle', basis: null, output: null, progress: null, issues: [] };
}

type Set = (f: (s: AnalysisResultsSlice) => Partial<AnalysisResultsSlice>) => void;

export function createAnalysisResultsSlice(set: Set): AnalysisResultsSlice {
  return {
    analyses: { clustering: emptyEntry(), factors: emptyEntry(), specialisation: emptyEntry() },
    specialisationFile: null,
    ioFile: null,
    setAnalysis: (name, p) =>
      set((s) => ({ analyses: { ...s.analyses, [name]: { ...s.analyses[name], ...p } } })),
    setSpecialisationFile: (specialisationFile) => set(() => ({ specialisationFile })),
    setIoFile: (ioFile) => set(() => ({ ioFile })),
  };
}
