/**
 * Worker thread of bench/spatial.ts (started through tsx's loader): on each message it runs
 * either local Moran with its conditional permutations alone, or the app's whole `spatial`
 * compute task (src/worker/tasks.ts), and posts back the time taken inside the thread.
 */
import { parentPort } from 'node:worker_threads';
import { localMoran, localMoranPermutation, type SpatialWeights } from '../src/core/index.ts';
import { runTask } from '../src/worker/tasks.ts';
import type { SpatialInput } from '../src/worker/protocol.ts';

type Message =
  | { kind: 'lisa'; w: SpatialWeights; x: number[]; permutations: number }
  | { kind: 'task'; input: SpatialInput };

parentPort!.on('message', (m: Message) => {
  const t0 = performance.now();
  if (m.kind === 'lisa') {
    localMoran(m.w, m.x);
    const p = localMoranPermutation(m.w, m.x, m.permutations, 1).p;
    parentPort!.postMessage({ ms: performance.now() - t0, size: p.length });
  } else {
    const out = runTask('spatial', m.input);
    parentPort!.postMessage({ ms: performance.now() - t0, size: out.ids.length });
  }
});
