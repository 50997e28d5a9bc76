/**
 * Reads a table file for the import panel in a worker of its own (worker/import.worker.ts),
 * with progress and cancel, and builds a read table again there when the preview's options
 * change (startRebuild); the page's thread only sends and takes in small messages. Where no
 * Worker exists (unit tests, Node) the same work runs in the calling thread.
 */
import type { Result } from '../core/index.ts';
import type { Grid } from '../data/readers/grid.ts';
import {
  buildIndicatorTable,
  type ImportedTable,
  type IndicatorTableOptions,
} from '../data/readers/indicatorTable.ts';
import {
  ROW_SLICE,
  joinBuilt,
  joinSlices,
  type ImportReply,
  type ImportRequest,
  type RebuildRequest,
} from './importProtocol.ts';
import { readForImport, type ImportRead } from './readForImport.ts';

export interface ImportJob {
  /** The reading, or null when it was cancelled. */
  result: Promise<ImportRead | null>;
  /** Stops the reading; the app's state has not been touched. */
  cancel(): void;
}

export interface ImportJobOptions {
  lang: 'ru' | 'kk' | 'en';
  onProgress?: (fraction: number) => void;
  /** Override for tests; by default a module worker where `Worker` exists. */
  makeWorker?: (() => Worker) | null;
}

function defaultMakeWorker(): (() => Worker) | null {
  if (typeof Worker === 'undefined') return null;
  return () => new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
}

export function startImport(
  bytes: Uint8Array,
  fileName: string,
  opts: ImportJobOptions,
): ImportJob {
  const makeWorker = opts.makeWorker === undefined ? defaultMakeWorker() : opts.makeWorker;
  if (!makeWorker) {
    let cancelled = false;
    return {
      result: readForImport(bytes, fileName, opts.lang, opts.onProgress).then((r) =>
        cancelled ? null : r,
      ),
      cancel: () => {
        cancelled = true;
      },
    };
  }
  const worker = makeWorker();
  let settle: (r: ImportRead | null) => void = () => undefined;
  let failed: (e: Error) => void = () => undefined;
  const result = new Promise<ImportRead | null>((resolve, reject) => {
    settle = resolve;
    failed = reject;
  });
  const gridRows: unknown[][] = [];
  const tableRows: unknown[][] = [];
  worker.onmessage = (e: MessageEvent<ImportReply>) => {
    const m = e.data;
    if (m.type === 'progress') opts.onProgress?.(m.fraction);
    else if (m.type === 'rows') (m.target === 'grid' ? gridRows : tableRows).push(m.rows);
    else {
      worker.terminate();
      if (m.type !== 'done') {
        failed(new Error('import worker failed'));
        return;
      }
      settle(joinSlices({ grid: gridRows, table: tableRows }, m.result));
    }
  };
  worker.onerror = () => {
    worker.terminate();
    failed(new Error('import worker stopped'));
  };
  // A copy goes to the worker (transferred, not cloned); the caller keeps its bytes.
  const copy = bytes.slice().buffer;
  const req: ImportRequest = { bytes: copy, fileName, lang: opts.lang };
  worker.postMessage(req, [copy]);
  return {
    result,
    cancel: () => {
      worker.terminate();
      settle(null);
    },
  };
}

/** A table built again with new options, or null when cancelled. */
export interface RebuildJob {
  result: Promise<Result<ImportedTable> | null>;
  cancel(): void;
}

/** Yields to the page between two messages, so that sending a long grid is many short tasks. */
const nextTask = () => new Promise<void>((r) => setTimeout(r, 0));

/**
 * Builds the table of a grid already read with the preview's options (buildIndicatorTable) in
 * a worker: the grid goes over ROW_SLICE rows a message, one message a task, the table comes
 * back the same way. The result's identical issues are folded, as the first reading's are.
 */
export function startRebuild(
  grid: Grid,
  options: IndicatorTableOptions,
  opts: ImportJobOptions,
): RebuildJob {
  const { onProgress: _drop, ...plain } = options;
  void _drop;
  const makeWorker = opts.makeWorker === undefined ? defaultMakeWorker() : opts.makeWorker;
  if (!makeWorker) {
    let cancelled = false;
    return {
      result: nextTask().then(() =>
        cancelled ? null : buildIndicatorTable(grid, { ...plain, lang: opts.lang }),
      ),
      cancel: () => {
        cancelled = true;
      },
    };
  }
  const worker = makeWorker();
  let done = false;
  let settle: (r: Result<ImportedTable> | null) => void = () => undefined;
  let failed: (e: Error) => void = () => undefined;
  const result = new Promise<Result<ImportedTable> | null>((resolve, reject) => {
    settle = resolve;
    failed = reject;
  });
  const tableRows: unknown[][] = [];
  const finish = () => {
    done = true;
    worker.terminate();
  };
  worker.onmessage = (e: MessageEvent<ImportReply>) => {
    const m = e.data;
    if (m.type === 'progress') opts.onProgress?.(m.fraction);
    else if (m.type === 'rows') tableRows.push(m.rows);
    else if (m.type === 'built') {
      finish();
      settle(joinBuilt(tableRows, m.result));
    } else {
      finish();
      failed(new Error('import worker failed'));
    }
  };
  worker.onerror = () => {
    finish();
    failed(new Error('import worker stopped'));
  };
  void (async () => {
    for (let i = 0; i < grid.rows.length && !done; i += ROW_SLICE) {
      const m: RebuildRequest = { type: 'grid-rows', rows: grid.rows.slice(i, i + ROW_SLICE) };
      worker.postMessage(m);
      await nextTask();
    }
    if (done) return;
    const last: RebuildRequest = {
      type: 'rebuild',
      grid: { ...grid, rows: [] },
      options: plain,
      lang: opts.lang,
    };
    worker.postMessage(last);
  })();
  return {
    result,
    cancel: () => {
      finish();
      settle(null);
    },
  };
}
