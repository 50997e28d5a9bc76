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
import type {
  ClusterOutput,
  FactorsOutput,
  FileWeights,
  SpatialInput,
  SpatialOutput,
  SpecialisationOutput,
} from '../worker/protocol.ts';
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

/**
 * What #/spatial asks the controller to compute: the task input the view joined from the
 * boundaries in use and the map layers (views/spatial/spatialModel.ts), and the units it left
 * out for want of a value. The job object itself is the basis its result is paired with.
 */
export interface SpatialJob {
  input: SpatialInput;
  noData: string[];
}

export interface AnalysisResults {
  clustering: AnalysisEntry<ClusterOutput, ClusterBasis>;
  factors: AnalysisEntry<FactorsOutput, FactorBasis>;
  specialisation: AnalysisEntry<SpecialisationOutput, SpecialisationBasis>;
  spatial: AnalysisEntry<SpatialOutput, SpatialJob>;
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
  /** The job #/spatial wants computed (set by the view, run by the controller); null = none. */
  spatialJob: SpatialJob | null;
  setSpatialJob: (j: SpatialJob | null) => void;
  /**
   * Weights read from a GAL or GWT file on #/spatial, kept for the session (the spec's
   * `spatial.weightsFile` names the file; the lists stay here, out of the address).
   */
  spatialWeightsFile: FileWeights | null;
  setSpatialWeightsFile: (f: FileWeights | null) => void;
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
    analyses: {
      clustering: emptyEntry(),
      factors: emptyEntry(),
      specialisation: emptyEntry(),
      spatial: emptyEntry(),
    },
    specialisationFile: null,
    ioFile: null,
    spatialJob: null,
    spatialWeightsFile: null,
    setAnalysis: (name, p) =>
      set((s) => ({ analyses: { ...s.analyses, [name]: { ...s.analyses[name], ...p } } })),
    setSpecialisationFile: (specialisationFile) => set(() => ({ specialisationFile })),
    setIoFile: (ioFile) => set(() => ({ ioFile })),
    setSpatialJob: (spatialJob) => set(() => ({ spatialJob })),
    setSpatialWeightsFile: (spatialWeightsFile) => set(() => ({ spatialWeightsFile })),
  };
}
