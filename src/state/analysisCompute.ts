/**
 * The analysis controller (docs/architecture.md, "Flow of one interaction") for #/clustering,
 * #/factors, #/specialisation and #/spatial (whose view joins its input from the map layers and
 * hands it over as `spatialJob`): when the spec's `clustering` or `factors` part, the data a
 * view has chosen (view state, so it is in the address too) or the imported tables change,
 * it builds the task input from the store, runs the core through the worker client
 * (in-thread for small inputs, in the worker for large ones) and puts the result in the
 * store (state/analysisResults.ts). An analysis runs only while its view is open, so a large
 * imported table is not clustered behind the map. Each analysis has its own queue: a run
 * that a newer edit has overtaken is skipped before it starts, and an answer that arrives
 * after a newer edit is dropped.
 *
 * Also here, because the views need the same answer: which columns each analysis uses by
 * default (numericColumns, effectiveVariables, factorVariables).
 */
import { bundledYear, tableOfYear } from './dataYears.ts';
import type { Issue, ClusterMethod, FactorMethod } from '../core/index.ts';
import { regionByCode } from '../data/regions/registry.ts';
import { unitName } from '../data/units/unitNames.ts';
import { tableToMatrix } from '../data/tableMatrix.ts';
import type { Lang, RegionGroup, TableDataset } from '../data/types.ts';
import type { ComputeClient } from '../worker/client.ts';
import type {
  ClusterInput,
  FactorsInput,
  SpecialisationInput,
  TaskName,
} from '../worker/protocol.ts';
import type {
  AnalysisName,
  AnalysisResults,
  ClusterBasis,
  EmploymentFile,
  FactorBasis,
  SpecialisationBasis,
} from './analysisResults.ts';
import type { DatasetLoader } from './compute.ts';
import type { AnyDataset } from './resultsSlice.ts';
import type { AppState, AppStore } from './store.ts';
import type { AnalysisSource, ViewState } from './viewState.ts';
import { activeUserDataset } from './study.ts';
import type { UserDataset } from './userData.ts';

/** Seed 002's published loadings of 20 industries on 7 components (Table 2). */
export const INDUSTRIES_DATASET = 'vko-loadings-published';
/** Seed 003's published grouping of the 16 regions: the reference partition of the ARI. */
export const GROUPS_DATASET = 'region-groups-published';
/** Bundled datasets the three views analyse. */
export const ANALYSIS_DATASETS = [
  'innovation-2010',
  'innovation-2014',
  INDUSTRIES_DATASET,
  GROUPS_DATASET,
] as const;

/** The six indicators of seed 004 (docs/methods.md section 1): the default variables for regions. */
export const INDICATOR_IDS = ['S_D', 'S_F', 'S_E', 'S_A', 'S_B', 'S_C'] as const;

/** Largest k of the mean-silhouette curve the clustering view draws. */
export const SILHOUETTE_K_MAX = 10;

/** Numeric columns of a dataset, in its order. */
export function numericColumns(ds: TableDataset): string[] {
  return ds.columns
    .map((c) => c.id)
    .filter((id) => ds.rows.some((r) => typeof r.cells[id]?.value === 'number'));
}

/**
 * The variables to cluster on: the spec's choice where every id exists in the dataset,
 * otherwise the dataset's default (the six indicators for regions, every numeric column
 * for the industries). A stale choice from another dataset never reaches the core.
 */
export function effectiveVariables(ds: TableDataset, chosen: readonly string[]): string[] {
  const available = numericColumns(ds);
  const kept = chosen.filter((v) => available.includes(v));
  if (kept.length > 0) return kept;
  const indicators = INDICATOR_IDS.filter((v) => available.includes(v));
  return indicators.length > 0 ? [...indicators] : available;
}

/** Numeric columns with a value in every row: the default variables of factor analysis. */
export function completeColumns(ds: TableDataset): string[] {
  return numericColumns(ds).filter((id) =>
    ds.rows.every((r) => {
      const v = r.cells[id]?.value;
      return typeof v === 'number' && Number.isFinite(v);
    }),
  );
}

/**
 * Complete columns without exact repeats: a column equal in every row to an earlier one (seed
 * 004 prints the employed population in both Table 2 and Table 3) is perfectly collinear with
 * it, adds a zero eigenvalue and would load twice on one component, so it is left out.
 */
export function distinctCompleteColumns(ds: TableDataset): string[] {
  const kept: string[] = [];
  for (const id of completeColumns(ds)) {
    const repeats = kept.some((k) =>
      ds.rows.every((r) => r.cells[k]?.value === r.cells[id]?.value),
    );
    if (!repeats) kept.push(id);
  }
  return kept;
}

/** The spec's factor variables where they exist in the dataset, else the distinct complete columns. */
export function factorVariables(ds: TableDataset, chosen: readonly string[]): string[] {
  const available = numericColumns(ds);
  const kept = chosen.filter((v) => available.includes(v));
  return kept.length > 0 ? kept : distinctCompleteColumns(ds);
}

/**
 * True where every row is a region of the registry or a unit of the user's boundary set in use
 * (data/units/unitNames.ts), so the map and selection apply.
 */
export function rowsAreRegions(ds: TableDataset): boolean {
  return (
    ds.rows.length > 0 &&
    ds.rows.every((r) => regionByCode(r.key) !== undefined || unitName(r.key) !== undefined)
  );
}

/** Published group of each key, or null unless every key belongs to exactly one group. */
export function publishedLabels(
  keys: readonly string[],
  groups: readonly RegionGroup[],
): number[] | null {
  const groupOf = new Map<string, number>();
  for (const g of groups) for (const m of g.members) groupOf.set(m, g.id);
  const out = keys.map((k) => groupOf.get(k));
  return out.every((g): g is number => g !== undefined) ? out : null;
}

/**
 * A table imported on #/data as an employment matrix: rows are regions, every column with a
 * number in some row is an industry, named by its header.
 */
export function matrixFromTable(ds: TableDataset, fileName: string): EmploymentFile {
  const m = tableToMatrix(ds, numericColumns(ds));
  const title = (id: string) => ds.columns.find((x) => x.id === id)?.title.en ?? id;
  return { fileName, ...m, columns: m.columns.map(title), warnings: [] };
}

/** The bundled dataset a view reads for a source and year. */
export const bundledSourceId = (source: AnalysisSource, year: ViewState['year']): string =>
  // A user panel's year (2023) has no bundled table: the latest bundled year stands in.
  source === 'regions' ? `innovation-${bundledYear(year)}` : INDUSTRIES_DATASET;

/** The imported table with `id`, if it still exists. */
export function userTable(s: AppState, id: string | null) {
  return id ? (s.userData.datasets.find((d) => d.id === id) ?? null) : null;
}

/**
 * The table of an imported dataset that the views analyse: for a panel (issue 11) the year on
 * screen, as the rating reads it (state/compute.ts), else the dataset's own table.
 */
function tableInView(s: AppState, d: UserDataset | null): TableDataset | undefined {
  if (!d) return undefined;
  return (d.panel && tableOfYear(d, s.view.year)) || d.table;
}

/**
 * The regions' table of the study: the user's table the spec names when this machine has it,
 * else the bundled innovation table of the year (issue 8: the user's study is carried into
 * every view, never silently replaced by the paper's data).
 */
function regionsSourceId(s: AppState, source: AnalysisSource): string {
  const user = source === 'regions' ? activeUserDataset(s) : null;
  return user?.id ?? bundledSourceId(source, s.view.year);
}

/**
 * The dataset id #/clustering analyses: the chosen imported table, else the regions of the
 * study (regionsSourceId) or seed 002's industries.
 */
export function clusterSourceId(s: AppState): string {
  return userTable(s, s.view.clusterTable)?.id ?? regionsSourceId(s, s.view.clusterSource);
}

/** The dataset id #/factors analyses: the regions of the study or seed 002's industries. */
export function factorSourceId(s: AppState): string {
  return regionsSourceId(s, s.view.factorSource);
}

/** The table behind a source id: an imported one (`user-…`) from the store, else undefined. */
export function userTableById(s: AppState, id: string): TableDataset | undefined {
  return tableInView(s, userTable(s, id));
}

// Names for the core's messages, in the interface language (the core writes English around them).
const rowName = (ds: TableDataset, key: string, lang: Lang): string => {
  const region = regionByCode(key);
  if (region) return region.names[lang];
  const unit = unitName(key);
  if (unit) return unit;
  const row = ds.rows.find((r) => r.key === key);
  return row?.title?.[lang] ?? row?.label ?? key;
};
const columnName = (ds: TableDataset, id: string, lang: Lang): string =>
  ds.columns.find((c) => c.id === id)?.title[lang] ?? id;

/** The cluster task's input for `ds` under `spec`, and the basis the view pairs it with. */
export function clusterJob(
  ds: TableDataset,
  source: string,
  spec: ClusterMethod,
  lang: Lang,
  groups: readonly RegionGroup[] | null,
): { input: ClusterInput; basis: ClusterBasis } {
  const variables = effectiveVariables(ds, spec.variables);
  const keys = ds.rows.map((r) => r.key);
  const regions = rowsAreRegions(ds);
  return {
    input: {
      values: tableToMatrix(ds, variables).values,
      rows: keys.map((k) => rowName(ds, k, lang)),
      columns: variables.map((v) => columnName(ds, v, lang)),
      spec,
      kMax: SILHOUETTE_K_MAX,
      reference: regions && groups ? publishedLabels(keys, groups) : null,
    },
    basis: { source, keys, variables, regions },
  };
}

export function factorsJob(
  ds: TableDataset,
  source: string,
  spec: FactorMethod,
  lang: Lang,
): { input: FactorsInput; basis: FactorBasis } {
  const variables = factorVariables(ds, spec.variables);
  return {
    input: {
      values: tableToMatrix(ds, variables).values,
      variableNames: variables.map((v) => columnName(ds, v, lang)),
      spec,
    },
    basis: { source, variables },
  };
}

/** The matrix #/specialisation measures: the chosen imported table, else a loaded file. */
export function specialisationMatrix(
  s: AppState,
): { matrix: EmploymentFile; source: string } | null {
  const user = userTable(s, s.view.specialisationTable);
  if (user)
    return { matrix: matrixFromTable(tableInView(s, user)!, user.fileName), source: user.id };
  return s.specialisationFile ? { matrix: s.specialisationFile, source: 'file' } : null;
}

export interface AnalysisConnection {
  disconnect: () => void;
  /** Resolves when the work scheduled so far has landed in the store (for tests). */
  idle: () => Promise<void>;
}

export interface AnalysisOptions {
  /** Run every analysis whatever the route (tests of the controller); default false. */
  always?: boolean;
}

const failure = (e: unknown): Issue => ({
  code: 'compute-failed',
  severity: 'error',
  message: e instanceof Error ? e.message : String(e),
});

const missing = (id: string): Issue => ({
  code: 'dataset-missing',
  severity: 'error',
  message: `The dataset "${id}" is not available.`,
  where: { file: id },
});

/** A task to run, the basis its result is paired with, or the issues that stop it. */
type Job =
  | { task: TaskName; input: unknown; basis: unknown }
  | { task: null; issues: Issue[]; idle?: boolean };

export function connectAnalyses(
  store: AppStore,
  client: ComputeClient,
  load: DatasetLoader,
  opts: AnalysisOptions = {},
): AnalysisConnection {
  let datasets: Record<string, AnyDataset> | null = null;
  let loading: Promise<void> | null = null;
  const tableOf = (id: string): TableDataset | undefined => {
    const ds = datasets?.[id];
    return ds && ds.kind === 'table' ? ds : undefined;
  };
  const groups = (): RegionGroup[] | null => {
    const ds = datasets?.[GROUPS_DATASET];
    return ds && ds.kind === 'groups' ? ds.groups : null;
  };

  // What each analysis depends on, as references: a change of any one schedules a run.
  const deps: Record<AnalysisName, (s: AppState) => unknown[]> = {
    clustering: (s) => [
      tableInView(s, userTable(s, s.view.clusterTable)),
      s.view.clusterTable ? null : tableInView(s, userTable(s, clusterSourceId(s))),
      s.view.clusterTable ? null : tableOf(bundledSourceId(s.view.clusterSource, s.view.year)),
      s.spec.clustering,
      s.view.language,
      datasets,
    ],
    factors: (s) => [
      tableInView(s, userTable(s, factorSourceId(s))),
      tableOf(factorSourceId(s)),
      s.spec.factors,
      s.view.language,
      datasets,
    ],
    specialisation: (s) => [
      tableInView(s, userTable(s, s.view.specialisationTable)),
      s.specialisationFile,
      s.spec.clusters.strong,
      s.spec.clusters.stars,
    ],
    spatial: (s) => [s.spatialJob],
  };

  const jobs: Record<AnalysisName, (s: AppState) => Job> = {
    clustering: (s) => {
      const id = clusterSourceId(s);
      const ds = tableInView(s, userTable(s, id)) ?? tableOf(id);
      if (!ds) return { task: null, issues: [missing(id)] };
      const j = clusterJob(ds, id, s.spec.clustering, s.view.language, groups());
      return { task: 'cluster', ...j };
    },
    factors: (s) => {
      const id = factorSourceId(s);
      const ds = tableInView(s, userTable(s, id)) ?? tableOf(id);
      if (!ds) return { task: null, issues: [missing(id)] };
      return { task: 'factors', ...factorsJob(ds, id, s.spec.factors, s.view.language) };
    },
    specialisation: (s) => {
      const m = specialisationMatrix(s);
      if (!m) return { task: null, issues: [], idle: true };
      const { rows, columns, values } = m.matrix;
      const input: SpecialisationInput = {
        rows,
        columns,
        values,
        clusters: { strong: s.spec.clusters.strong, stars: s.spec.clusters.stars },
      };
      const basis: SpecialisationBasis = {
        source: m.source,
        fileName: m.matrix.fileName,
        warnings: m.matrix.warnings,
      };
      return { task: 'specialisation', input, basis };
    },
    spatial: (s) => {
      const j = s.spatialJob;
      if (!j) return { task: null, issues: [], idle: true };
      return { task: 'spatial', input: j.input, basis: j };
    },
  };

  const names = Object.keys(jobs) as AnalysisName[];
  const token = { clustering: 0, factors: 0, specialisation: 0, spatial: 0 };
  const last: Record<AnalysisName, unknown[] | null> = {
    clustering: null,
    factors: null,
    specialisation: null,
    spatial: null,
  };
  const queue: Record<AnalysisName, Promise<void>> = {
    clustering: Promise.resolve(),
    factors: Promise.resolve(),
    specialisation: Promise.resolve(),
    spatial: Promise.resolve(),
  };
  const set = <K extends AnalysisName>(name: K, p: Partial<AnalysisResults[K]>) =>
    store.getState().setAnalysis(name, p);

  const run = async (name: AnalysisName, my: number) => {
    if (my !== token[name]) return; // overtaken while queued
    const job = jobs[name](store.getState());
    if (job.task === null) {
      set(name, {
        status: job.idle ? 'idle' : 'error',
        output: null,
        basis: null,
        progress: null,
        issues: job.issues,
      });
      return;
    }
    set(name, { status: 'running', progress: null });
    try {
      const output = await client.run(job.task, job.input as never, (f) => {
        if (my === token[name]) set(name, { progress: f });
      });
      if (my !== token[name]) return; // a newer edit is on its way
      set(name, {
        status: 'ready',
        output: output as never,
        basis: job.basis as never,
        progress: null,
        issues: [],
      });
    } catch (e) {
      if (my !== token[name]) return;
      set(name, {
        status: 'error',
        output: null,
        basis: null,
        progress: null,
        issues: [failure(e)],
      });
    }
  };

  const ensureData = () => {
    if (loading) return;
    loading = load(ANALYSIS_DATASETS)
      .then((d) => {
        datasets = d;
      })
      .catch((e) => {
        datasets = {};
        for (const n of names) set(n, { status: 'error', issues: [failure(e)] });
      })
      .then(() => check());
  };

  const check = () => {
    const s = store.getState();
    for (const name of names) {
      if (!opts.always && s.view.route !== name) continue;
      // The bundled tables feed clustering and factors; the other two bring their own input.
      if (name !== 'specialisation' && name !== 'spatial' && datasets === null) {
        ensureData();
        if (s.analyses[name].status !== 'running') set(name, { status: 'running' });
        continue;
      }
      const d = deps[name](s);
      const prev = last[name];
      if (prev && prev.length === d.length && prev.every((x, i) => x === d[i])) continue;
      last[name] = d;
      const my = ++token[name];
      queue[name] = queue[name].then(() => run(name, my));
    }
  };

  const unsub = store.subscribe((s, p) => {
    if (
      s.spec !== p.spec ||
      s.view !== p.view ||
      s.userData.datasets !== p.userData.datasets ||
      s.specialisationFile !== p.specialisationFile ||
      s.spatialJob !== p.spatialJob
    )
      check();
  });
  check();

  return {
    disconnect: unsub,
    idle: async () => {
      // Drain the loading and every queue; a run may schedule another through the store.
      for (;;) {
        const snapshot = [loading, ...names.map((n) => queue[n])];
        await Promise.all(snapshot);
        const now = [loading, ...names.map((n) => queue[n])];
        if (now.every((p, i) => p === snapshot[i])) return;
      }
    },
  };
}
