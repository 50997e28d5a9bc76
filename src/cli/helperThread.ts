/**
 * The CLI's helper thread for Ward's chain (src/core/cluster/wardSplit.ts; issue 14): a
 * worker_threads Worker that waits for one function's text and its data, then runs it (the
 * chain sends serveWardSplit, whose WebAssembly loop returns when the chain no longer needs
 * it; the thread then ends). The thread is started at once, so that it comes up (~50-70 ms on
 * the bench machine) while the data are standardised and the chain's first searches run; until
 * it says it is ready the main thread searches alone, so a late or failed helper costs only
 * its start. None is started on one core, or when ATLAS_THREADS=1.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { WardHelper } from '../core/index.ts';

/** The thread's own code: take one { source, data } message, run it, and let the thread end. */
const BOOT = `const { parentPort } = require('node:worker_threads');
parentPort.once('message', (m) => {
  parentPort.close();
  new Function('data', 'return (' + m.source + ')(data);')(m.data);
});`;

/** A started helper thread, or undefined where none is wanted (see above). */
export function helperThread(): WardHelper | undefined {
  if (process.env.ATLAS_THREADS === '1' || availableParallelism() < 2) return undefined;
  return startHelperThread();
}

/** Starts a helper thread whatever the machine (helperThread() decides whether to). */
export function startHelperThread(): WardHelper {
  const worker = new Worker(BOOT, {
    eval: true,
    // Its heap holds a few small objects; the data are in the shared memory.
    resourceLimits: { maxYoungGenerationSizeMb: 1, maxOldGenerationSizeMb: 16 },
    stdout: false,
    stderr: false,
  });
  // Never keeps the process alive (a thread never given work ends with the process).
  worker.unref();
  // A thread that cannot start, or fails, is not the command's error: the chain goes on alone
  // (it never waits for a helper that has not claimed the search; wardSplit.ts).
  worker.on('error', () => {});
  return {
    run(source, data) {
      worker.postMessage({ source, data });
    },
  };
}
