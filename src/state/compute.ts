/**
 * The compute controller (docs/architecture.md, "Flow of one interaction"): when the spec, the
 * year or the data change, it runs the core through the worker client and puts the results
 * in the store.
 *
 * Timing, so that a slider step stays inside one frame (issue 4, bench/results/ui.md):
 * - Edits only mark what is stale; one run follows the edits of the current task (`defer`),
 *   so several store updates from one event, or a burst of edits, cost one run.
 * - The rating lands first, in the step's own frame; the sensitivity (in this thread for 16
 *   regions, a few milliseconds; in the worker for large inputs) starts once that frame has
 *   been painted (`afterPaint`) and lands a frame or more later. Only one sensitivity run is
 *   in flight, and when it ends stale (the weights moved on) the latest spec is sampled next.
 *   The rating never waits for it. (Until session 9 an in-thread sensitivity ran inside the
 *   input event and landed with the rating; that doubled a 16-region step's work, p50 ~10 ms,
 *   and a worker run started there competed with the step's render for the second core.)
 * - "Computing" shows only for runs that last longer than BUSY_DELAY_MS, so quick runs do
 *   not re-render the views twice.
 */
import {
  interpolates,
  treatmentColumns,
  treeIndicators,
  type Issue,
  type RatingSpec,
} from '../core/index.ts';
import { ratingMatrix } from '../data/tableMatrix.ts';
import type { TableDataset } from '../data/types.ts';
import type { ComputeClient } from '../worker/client.ts';
import type { Matrix, RatingOutput, SensitivityOutput, TaskInput } from '../worker/protocol.ts';
import { tableIn, type AnyDataset, type Results } from './resultsSlice.ts';
import type { AppState, AppStore } from './store.ts';
import { activeUserDataset } from './study.ts';
import { dataYears, tableOfYear } from './dataYears.ts';
import type { Year } from './viewState.ts';

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

/** Runs that take longer than this show "computing" (a shorter flash would only flicker). */
export const BUSY_DELAY_MS = 120;

/** The indicator ids of a rating spec, in spec order. */
export const indicatorIds = (r: RatingSpec): string[] => treeIndicators(r).map((i) => i.id);

// The matrices read from tables, per input object: rebuilt only when the data, the chosen
// indicators or what their treatment reads change, not on every weight step (for 3,000 rows
// they cost several milliseconds).
const matrixCache = new WeakMap<TableDataset, { key: string; m: Matrix }>();
function matrixOf(
  ds: TableDataset,
  rating: RatingSpec,
  panel: readonly { year: Year; table: TableDataset }[] | undefined,
  year: Year,
): Matrix {
  const inds = treeIndicators(rating);
  const key = [
    inds.map((i) => i.id).join('|'),
    treatmentColumns(inds, rating.treatment).join('|'),
    panel && interpolates(inds, rating.treatment) ? year : '',
  ].join('#');
  const hit = matrixCache.get(ds);
  if (hit && hit.key === key) return hit.m;
  const m = ratingMatrix(ds, rating, panel, year);
  matrixCache.set(ds, { key, m });
  return m;
}

/**
 * The table the rating of year `y` reads, and the file name its issues cite: what the spec's
 * data name. A user table stands for its own year only; a user table this machine does not
 * have gives no rating (the views ask for the file), never the bundled data.
 */
export function ratingTable(
  s: AppState,
  y: Year,
): { ds: TableDataset; file: string; panel?: { year: Year; table: TableDataset }[] } | undefined {
  if (s.spec.data.table.source === 'user') {
    const user = activeUserDataset(s);
    // A single table stands for the year in the spec; a panel for each of its years.
    const ds = user
      ? user.panel
        ? tableOfYear(user, y)
        : y === s.spec.data.year
          ? user.table
          : null
      : null;
    if (!user || !ds) return undefined;
    return user.panel
      ? { ds, file: user.fileName, panel: user.panel }
      : { ds, file: user.fileName };
  }
  const ds = tableIn(s.data, datasetIdOf(y));
  return ds ? { ds, file: datasetIdOf(y) } : undefined;
}

/** Equal issue lists (code, severity, message, place and values, in order). */
export function sameIssues(a: readonly Issue[], b: readonly Issue[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++)
    if (a[i] !== b[i] && JSON.stringify(a[i]) !== JSON.stringify(b[i])) return false;
  return true;
}

export interface ComputeConnection {
  disconnect: () => void;
  /** Resolves when the work scheduled so far has landed in the store (for tests). */
  idle: () => Promise<void>;
}

export interface ComputeOptions {
  /**
   * Runs `f` after the edits of the current task. Default queueMicrotask: still inside the
   * input event (the rating of 16 regions, its sensitivity and one React render take a few
   * milliseconds, so the step shows in the next frame), yet after every store update the
   * event made, so a burst of edits costs one run.
   */
  defer?: (f: () => void) => void;
  /**
   * Runs `f` once the frame that shows the current edit has been painted. The sensitivity
   * starts there, not inside the input event: in this thread it doubled a 16-region step's
   * work, and in the worker it ran on the second core while the main thread rendered the step
   * and the browser rasterised it (on two cores that contention was most of the slow slider
   * steps; bench:ui). Its result lands a frame or more after the rating. Default: the next
   * animation frame, then a task after it; where there is no animation frame (Node, tests, a
   * hidden tab, whose frames do not come), at once.
   */
  afterPaint?: (f: () => void) => void;
}

/** Next frame, then a task after it; at once where frames do not come. */
export function afterNextPaint(f: () => void): void {
  if (
    typeof requestAnimationFrame !== 'function' ||
    typeof document === 'undefined' ||
    document.visibilityState === 'hidden'
  )
    return f();
  requestAnimationFrame(() => setTimeout(f, 0));
}

const failure = (e: unknown): Issue => ({
  code: 'compute-failed',
  severity: 'error',
  message: e instanceof Error ? e.message : String(e),
});

interface SensInput {
  token: number;
  year: Year;
  file: string;
  input: TaskInput<'sensitivity'>;
}

export function connectCompute(
  store: AppStore,
  client: ComputeClient,
  load?: DatasetLoader,
  opts: ComputeOptions = {},
): ComputeConnection {
  const defer = opts.defer ?? queueMicrotask;
  const afterPaint = opts.afterPaint ?? afterNextPaint;
  let ratingWanted = 0;
  let sensWanted = 0;
  let ratingDirty = false;
  let sensDirty = false;
  let scheduled = false;
  // Everything in progress; idle() drains it.
  let pending: Promise<void> = Promise.resolve();
  let sensInFlight: Promise<void> | null = null;

  const set = (p: Partial<Results>) => store.getState().setResults(p);

  /** "Computing" after BUSY_DELAY_MS unless `done` comes first. */
  const busy = (field: 'status' | 'sensitivityStatus') => {
    const id = setTimeout(() => set({ [field]: 'running' }), BUSY_DELAY_MS);
    return () => clearTimeout(id);
  };

  /** What the sensitivity of the year in view reads now, or null to clear it. */
  const sensInput = (token: number): SensInput | null => {
    const s = store.getState();
    const year = s.view.year;
    const ids = indicatorIds(s.spec.rating);
    const input = ratingTable(s, year);
    if (ids.length === 0 || !input) return null;
    return {
      token,
      year,
      file: input.file,
      input: {
        matrix: matrixOf(input.ds, s.spec.rating, input.panel, year),
        spec: s.spec.rating,
        sensitivity: s.spec.sensitivity,
      },
    };
  };

  const sensResults = (si: SensInput, out: SensitivityOutput): Partial<Results> => ({
    sensitivity: {
      ...out,
      issues: out.issues.map((i) => ({ ...i, where: { ...i.where, file: si.file } })),
    },
    sensitivityYear: si.year,
    sensitivityStatus: 'ready',
    progress: null,
  });

  const sensFailure = (e: unknown): Partial<Results> => ({
    sensitivity: null,
    sensitivityYear: null,
    sensitivityStatus: 'error',
    progress: null,
    issues: [...store.getState().results.issues, failure(e)],
  });

  const noSens: Partial<Results> = {
    sensitivity: null,
    sensitivityYear: null,
    sensitivityStatus: 'ready',
    progress: null,
  };

  /**
   * The sensitivity (in this thread or the worker, as the client decides): one run at a time,
   * then the latest wanted spec if it moved. It starts after the edit's frame is painted
   * (`afterPaint`), with the spec wanted then.
   */
  const runSensitivity = (first: SensInput): void => {
    const done = busy('sensitivityStatus');
    let si = first;
    const run = new Promise<void>((resolve) => afterPaint(resolve))
      .then(() => {
        // Edits while waiting for the paint: sample what is wanted now (nothing wanted, e.g.
        // every indicator left out: the flush of that edit has said so already).
        if (si.token !== sensWanted) {
          const now = sensInput(sensWanted);
          if (!now) return;
          si = now;
        }
        return client.run('sensitivity', si.input, (f) => {
          if (si.token === sensWanted) set({ progress: f });
        });
      })
      .then(
        (out) => {
          if (out && si.token === sensWanted) set(sensResults(si, out));
        },
        (e) => {
          if (si.token === sensWanted) set(sensFailure(e));
        },
      )
      .finally(() => {
        done();
        sensInFlight = null;
        // Overtaken while it ran: sample the weights now in the store.
        if (si.token !== sensWanted) {
          sensDirty = true;
          schedule();
        }
      });
    sensInFlight = run;
  };

  /** The rating of both years, or the issues that stopped it. */
  const rateAll = async (): Promise<Partial<Results>> => {
    const s = store.getState();
    const rating = s.spec.rating;
    const ids = indicatorIds(rating);
    if (ids.length === 0) return { status: 'ready', rating: {}, issues: [] };
    const out: Partial<Record<Year, RatingOutput>> = {};
    const issues: Issue[] = [];
    for (const y of dataYears(s)) {
      const input = ratingTable(s, y);
      if (!input) continue;
      const { ds, file, panel } = input;
      const r = await client.run('rating', {
        matrix: matrixOf(ds, rating, panel, y),
        spec: rating,
      });
      out[y] = r;
      issues.push(...r.issues.map((i) => ({ ...i, where: { ...i.where, file } })));
    }
    // The same list as before stays the same array, so views listing the issues do not
    // re-render at every weight step (most steps change scores, not what is wrong).
    const before = store.getState().results.issues;
    return { status: 'ready', rating: out, issues: sameIssues(before, issues) ? before : issues };
  };

  const flush = async () => {
    scheduled = false;
    const doRating = ratingDirty;
    const doSens = sensDirty;
    ratingDirty = false;
    sensDirty = false;
    const my = ratingWanted;
    let update: Partial<Results> = {};
    if (doRating) {
      const done = busy('status');
      try {
        update = await rateAll();
      } catch (e) {
        update = { status: 'error', issues: [failure(e)] };
      } finally {
        done();
      }
      if (my !== ratingWanted) return; // a newer edit has its own flush queued
    }
    let sens: SensInput | null = null;
    if (doSens) {
      const si = sensInput(sensWanted);
      if (!si) update = { ...update, ...noSens };
      else if (sensInFlight)
        sensDirty = true; // picked up when the current run ends
      else sens = si;
    }
    if (Object.keys(update).length > 0) set(update);
    // Not chained into `pending`: the next rating must not wait for it.
    if (sens) runSensitivity(sens);
  };

  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    pending = pending.then(
      () =>
        new Promise<void>((resolve) =>
          defer(() => {
            void flush().finally(resolve);
          }),
        ),
    );
  };

  const wantRating = () => {
    ratingWanted++;
    sensWanted++;
    ratingDirty = true;
    sensDirty = true;
    schedule();
  };
  const wantSensitivity = () => {
    sensWanted++;
    sensDirty = true;
    schedule();
  };

  const unsub = store.subscribe((s, p) => {
    if (
      s.spec.rating !== p.spec.rating ||
      s.spec.data !== p.spec.data ||
      s.data.datasets !== p.data.datasets ||
      s.userData.datasets !== p.userData.datasets
    )
      wantRating();
    else if (s.spec.sensitivity !== p.spec.sensitivity || s.view.year !== p.view.year)
      wantSensitivity();
  });

  if (load) {
    store.getState().setData({ status: 'running' });
    pending = load(CORE_DATASETS)
      .then((datasets) => store.getState().setData({ status: 'ready', datasets }))
      .catch((e) => store.getState().setData({ status: 'error', issues: [failure(e)] }));
  } else wantRating();

  return {
    disconnect: unsub,
    idle: async () => {
      // Drain: a run may schedule another (a stale worker run restarts with the latest spec).
      let p: Promise<void>;
      do {
        p = pending;
        await p;
        if (sensInFlight) await sensInFlight;
      } while (p !== pending || scheduled || sensInFlight);
    },
  };
}
