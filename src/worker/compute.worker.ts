/// <reference lib="webworker" />
/**
 * The compute worker: thin by design. It receives a task and its input, runs the pure core
 * through worker/tasks.ts, posts progress for long runs and then the result (or a message).
 */
import type { Reply, Request, TaskName } from './protocol.ts';
import { runTask } from './tasks.ts';

declare const self: DedicatedWorkerGlobalScope;

self.onmessage = (e: MessageEvent<Request<TaskName>>) => {
  const { id, task, input } = e.data;
  const post = (r: Reply) => self.postMessage(r);
  try {
    let last = 0;
    const output = runTask(task, input, (fraction) => {
      // At most ~50 progress messages per run.
      if (fraction - last >= 0.02 || fraction >= 1) {
        last = fraction;
        post({ id, type: 'progress', done: Math.round(fraction * 1000), total: 1000 });
      }
    });
    post({ id, type: 'result', output });
  } catch (err) {
    post({ id, type: 'error', message: err instanceof Error ? err.message : String(err) });
  }
};
