/**
 * The compute controller (ARCHITECTURE.md, "Flow of one interaction"): when the spec, the
 * year or the data change, it runs the core through the worker client and puts the results
 * in the store. The rating runs at once (microseconds for 16 regions); a stale answer (the
 * spec moved on meanwhile) is dropped.
 */
import type { Issue } from '../core/issue.ts';
import type { RatingSpec } from '../core/spec.ts';
import type { TableDataset } from '../data/types.ts';
import type { ComputeClient } from '../worker/client.ts';
import type { Matrix, RatingOutput } from '../worker/protocol.ts';
import type { AppStore } from './store.ts';
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

export type DatasetLoader = (ids: readonly string[]) => Promise<Record<string, TableDataset>>;

export const datasetIdOf = (year: Year): string => `innovation-${year}`;

/** The indicator ids of a rating spec, in spec order. */
export const indicatorIds = (r: RatingSpec): string[] =>
  r.groups.flatMap((g) => g.indicators.map((i) => i.id));

/** Units by indicators from a table dataset: rows keyed by region code, null where missing. */
export function matrixOf(ds: TableDataset, columns: readonly string[]): Matrix {
  return {
    units: ds.rows.map((r) => r.key),
    indicators: [...columns],
    values: ds.rows.map((r) => columns.map((c) => r.cells[c]?.value ?? null)),
  };
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
      // A user table in use replaces the bundled data: it stands for its own year only.
      const user = activeUserDataset(s.userData);
      for (const y of YEARS) {
        const ds = user
          ? y === user.year
            ? mappedTable(user)
            : undefined
          : s.data.datasets[datasetIdOf(y)];
        if (!ds) continue;
        const file = user ? user.fileName : datasetIdOf(y);
        const r = await client.run('rating', { matrix: matrixOf(ds, ids), spec: rating });
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

  const schedule = () => {
    pending = pending.then(runRating);
  };

  const unsub = store.subscribe((s, p) => {
    if (
      s.spec.rating !== p.spec.rating ||
      s.data.datasets !== p.data.datasets ||
      activeUserDataset(s.userData) !== activeUserDataset(p.userData)
    )
      schedule();
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
