/**
 * Reads a table file for the import panel in a worker of its own (worker/import.worker.ts),
 * with progress and cancel; the page's thread only takes in small messages. Where no Worker
 * exists (unit tests, Node) the same reading runs in the calling thread.
 */
import { joinSlices, type ImportReply, type ImportRequest } from './importProtocol.ts';
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
      if (m.type === 'failed') {
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
