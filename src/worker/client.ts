/**
 * Promise API over the compute tasks. Small inputs (the 16 regions: microseconds of work)
 * run in the calling thread, which avoids a worker round trip and works where no Worker
 * exists (tests, Node). Large inputs go to a module worker, started on first need.
 */
import type { Reply, Request, TaskInput, TaskName, TaskOutput } from './protocol.ts';
import { runTask, workOf } from './tasks.ts';

export interface ComputeClient {
  run<K extends TaskName>(
    task: K,
    input: TaskInput<K>,
    onProgress?: (fraction: number) => void,
  ): Promise<TaskOutput<K>>;
  dispose(): void;
}

/** Work (cells times runs) above which a task goes to the worker. */
export const WORKER_THRESHOLD = 2_000_000;

export interface ClientOptions {
  /** Override for tests; by default a module worker where `Worker` exists. */
  makeWorker?: (() => Worker) | null;
  threshold?: number;
}

function defaultMakeWorker(): (() => Worker) | null {
  if (typeof Worker === 'undefined') return null;
  return () => new Worker(new URL('./compute.worker.ts', import.meta.url), { type: 'module' });
}

export function createComputeClient(opts: ClientOptions = {}): ComputeClient {
  const makeWorker = opts.makeWorker === undefined ? defaultMakeWorker() : opts.makeWorker;
  const threshold = opts.threshold ?? WORKER_THRESHOLD;
  let worker: Worker | null = null;
  let nextId = 1;
  const pending = new Map<
    number,
    { resolve: (x: never) => void; reject: (e: Error) => void; onProgress?: (f: number) => void }
  >();

  const ensureWorker = (): Worker => {
    if (worker) return worker;
    const w = makeWorker!();
    w.onmessage = (e: MessageEvent<Reply>) => {
      const msg = e.data;
      const p = pending.get(msg.id);
      if (!p) return;
      if (msg.type === 'progress') p.onProgress?.(msg.total > 0 ? msg.done / msg.total : 0);
      else {
        pending.delete(msg.id);
        if (msg.type === 'result') p.resolve(msg.output as never);
        else p.reject(new Error(msg.message));
      }
    };
    w.onerror = () => {
      for (const p of pending.values()) p.reject(new Error('The compute worker stopped.'));
      pending.clear();
      worker = null;
    };
    worker = w;
    return w;
  };

  const inThread = <K extends TaskName>(task: K, input: TaskInput<K>) =>
    !makeWorker || workOf(task, input) < threshold;

  return {
    run(task, input, onProgress) {
      if (inThread(task, input)) {
        // Still asynchronous, so callers behave the same on both paths.
        return Promise.resolve().then(() => runTask(task, input, onProgress));
      }
      const id = nextId++;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve: resolve as (x: never) => void, reject, onProgress });
        const req: Request<typeof task> = { id, task, input };
        ensureWorker().postMessage(req);
      });
    },
    dispose() {
      worker?.terminate();
      worker = null;
      for (const p of pending.values()) p.reject(new Error('The compute client was closed.'));
      pending.clear();
    },
  };
}
