/**
 * The compute controller (ARCHITECTURE.md, "Flow of one interaction"): when the spec, the
 * year or the data change, it runs the core through the worker client and puts the results
 * in the store. The rating runs at once (microseconds for 16 regions); a stale answer (the
 * spec moved on meanwhile) is dropped. The sensitivity of ranks (core/sensitivity) follows
 * for the year in view; while a slider moves, queued sensitivity runs that a newer edit has
 * overtaken are skipped, so only the latest weights are sampled.
 */
import type { Issue } from '../core/issue.ts';
import type { RatingSpec } from '../core/spec.ts';
import { tableToMatrix } from '../data/tableMatrix.ts';
import type { TableDataset } from '../data/types.ts';
import type { ComputeClient } from '../worker/client.ts';
import type { RatingOutput } from '../worker/protocol.ts';
import { tableIn, type AnyDataset } from './resultsSlice.ts';
import type { AppState, AppStore } from './store.ts';
import { activeUserDataset, mappedTable } from './userData.ts';
import { YEARS, type Year } from './viewState.ts';

/** Datasets the map and rating views read. */
export const CORE_DATASETS = [
  'innovation-2010',
  'innovation-2014',
  'innovation-published',
  'it-cluster-sites',
  'region-groups-published',
] as const;

export type DatasetLoader = (ids: readonly string[]) => Promise<Record<string, AnyDataset>>;

export const datasetIdOf = (year: Year): string => `innovation-${year}`;

/** The indicator ids of a rating spec, in spec order. */
export const indicatorIds = (r: RatingSpec): string[] =>
  r.groups.flatMap((g) => g.indicators.map((i) => i.id));

/**
 * The table the rating of year `y` reads, and the file name its issues cite. A user table in
 * use replaces the bundled data: it stands for its own year only.
 */
function ratingTable(s: AppState, y: Year): { ds: TableDataset; file: string } | undefined {
  const user = activeUserDataset(s.userData);
  if (user) return y === user.year ? { ds: mappedTable(user), file: user.fileName } : undefined;
  const ds = tableIn(s.data, datasetIdOf(y));
  return ds ? { ds, file: datasetIdOf(y) } : undefined;
}

export interface ComputeConnection {
  disconnect: () => void;
  /** Resolves when the work scheduled so far has landed in the store (for tests). */
  idle: () => Promise<void>;
}

const failure = (e: unknown): Issue => ({
  code: 'compute-failed',
  severity: 'error',
  message: e instanceof Error ? e.message : String(e),
});

export function connectCompute(
  store: AppStore,
  client: ComputeClient,
  load?: DatasetLoader,
): ComputeConnection {
  let seq = 0;
  let pending: Promise<void> = Promise.resolve();

  const runRating = async () => {
    const my = ++seq;
    const s = store.getState();
    const rating = s.spec.rating;
    const ids = indicatorIds(rating);
    if (ids.length === 0) {
      store.getState().setResults({ status: 'ready', rating: {}, issues: [] });
      return;
    }
    store.getState().setResults({ status: 'running' });
    try {
      const out: Partial<Record<Year, RatingOutput>> = {};
      const issues: Issue[] = [];
      for (const y of YEARS) {
        const input = ratingTable(s, y);
        if (!input) continue;
        const { ds, file } = input;
        const r = await client.run('rating', { matrix: tableToMatrix(ds, ids), spec: rating });
        out[y] = r;
        issues.push(...r.issues.map((i) => ({ ...i, where: { ...i.where, file } })));
      }
      if (my !== seq) return;
      store.getState().setResults({ status: 'ready', rating: out, issues });
    } catch (e) {
      if (my !== seq) return;
      store.getState().setResults({ status: 'error', issues: [failure(e)] });
    }
  };

  // Sensitivity for the year in view. `wanted` counts requests: a queued run that a newer
  // request has overtaken returns at once, and an answer that arrives late is dropped.
  let wanted = 0;
  const runSensitivity = async (token: number) => {
    if (token !== wanted) return;
    const s = store.getState();
    const year = s.view.year;
    const ids = indicatorIds(s.spec.rating);
    const input = ratingTable(s, year);
    if (ids.length === 0 || !input) {
      store.getState().setResults({
        sensitivity: null,
        sensitivityYear: null,
        sensitivityStatus: 'ready',
      });
      return;
    }
    store.getState().setResults({ sensitivityStatus: 'running', progress: 0 });
    try {
      const out = await client.run(
        'sensitivity',
        {
          matrix: tableToMatrix(input.ds, ids),
          spec: s.spec.rating,
          sensitivity: s.spec.sensitivity,
        },
        (f) => {
          if (token === wanted) store.getState().setResults({ progress: f });
        },
      );
      if (token !== wanted) return;
      const issues = out.issues.map((i) => ({ ...i, where: { ...i.where, file: input.file } }));
      store.getState().setResults({
        sensitivity: { ...out, issues },
        sensitivityYear: year,
        sensitivityStatus: 'ready',
        progress: null,
      });
    } catch (e) {
      if (token !== wanted) return;
      store.getState().setResults({
        sensitivity: null,
        sensitivityYear: null,
        sensitivityStatus: 'error',
        progress: null,
        issues: [...store.getState().results.issues, failure(e)],
      });
    }
  };

  const scheduleSensitivity = () => {
    const token = ++wanted;
    pending = pending.then(() => runSensitivity(token));
  };

  const schedule = () => {
    pending = pending.then(runRating);
    scheduleSensitivity();
  };

  const unsub = store.subscribe((s, p) => {
    if (
      s.spec.rating !== p.spec.rating ||
      s.data.datasets !== p.data.datasets ||
      activeUserDataset(s.userData) !== activeUserDataset(p.userData)
    )
      schedule();
    else if (s.spec.sensitivity !== p.spec.sensitivity || s.view.year !== p.view.year)
      scheduleSensitivity();
  });

  if (load) {
    store.getState().setData({ status: 'running' });
    pending = load(CORE_DATASETS)
      .then((datasets) => store.getState().setData({ status: 'ready', datasets }))
      .catch((e) => store.getState().setData({ status: 'error', issues: [failure(e)] }));
  } else schedule();

  return {
    disconnect: unsub,
    idle: async () => {
      // Drain: a run may schedule another through the subscription.
      let p: Promise<void>;
      do {
        p = pending;
        await p;
      } while (p !== pending);
    },
  };
}
