import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { helperThread, startHelperThread } from '../../../src/cli/helperThread.ts';
import type { WardHelper, WardSplitShare } from '../../../src/core/index.ts';
import { wardNnChain, wardSearchCounts } from '../../../src/core/cluster/ward.ts';
import { SPLIT_MIN_OBSERVATIONS } from '../../../src/core/cluster/wardSplit.ts';
import { wardKernel } from '../../../src/core/cluster/wardKernel.ts';
import { mulberry32, normal } from '../../../src/core/stats/random.ts';

// The chain with a helper thread must give the single-threaded chain's merges bit for bit; the
// single-threaded chain is held to R's and SciPy's trees in ward.test.ts and wardKernel.test.ts.
const n = SPLIT_MIN_OBSERVATIONS;
const p = 3;

function mixture(seed: number): Float64Array {
  const rng = mulberry32(seed);
  const centres = Array.from({ length: 6 }, () => Array.from({ length: p }, () => 3 * normal(rng)));
  const x = new Float64Array(n * p);
  for (let i = 0; i < n; i++) {
    const c = centres[Math.floor(rng() * centres.length)];
    for (let j = 0; j < p; j++) x[i * p + j] = c[j] + normal(rng);
  }
  return x;
}

const x = mixture(11);
const alone = wardNnChain(x, n, p);
const aloneCounts = { ...wardSearchCounts };

describe('Ward with a helper thread (wardSplit.ts)', () => {
  it('runs its own checks on a shared-memory kernel here (Node has threads)', () => {
    expect(aloneCounts.float32).toBe(true);
    expect(aloneCounts.shared).toBe(0);
    const k = wardKernel(n, p, true)!;
    k.cent.set(x);
    k.size.fill(1);
    expect(k.prepareFilter()).toBe(true);
    expect(k.startSplit()).not.toBeNull();
    expect(k.stopSplit()).toBe(0);
  });

  // A helper spins while it waits for a search: with one core it would take the main thread's
  // time slices (the CLI starts none there), so these two need a second core.
  const twoCores = availableParallelism() >= 2;

  it.runIf(twoCores)(
    'gives the same merges, bit for bit, with a worker thread taking half of long searches',
    async () => {
      // A thread whatever the machine's cores (the CLI starts one only with two or more).
      const helper = startHelperThread();
      // Let the thread come up first, so that it takes part from the first search.
      await new Promise((r) => setTimeout(r, 300));
      const shared = wardNnChain(x, n, p, 'auto', helper);
      expect(wardSearchCounts.shared).toBeGreaterThan(aloneCounts.full / 4);
      expect(wardSearchCounts.full).toBe(aloneCounts.full);
      expect(shared).toEqual(alone);
    },
  );

  it('gives the same merges when the helper never starts (the main thread does it all)', () => {
    const never: WardHelper = { run: () => {} };
    expect(wardNnChain(x, n, p, 'auto', never)).toEqual(alone);
    expect(wardSearchCounts.shared).toBe(0);
  });

  it('gives the same merges when the helper fails after claiming a search', async () => {
    // A stand-in for a helper that breaks: it says it is ready, claims the first job it sees
    // and reports failure, as serveWardSplit() does when its WebAssembly loop throws.
    const failing = function (share: WardSplitShare) {
      const c = new Int32Array(share.memory.buffer, share.ctrl, 80);
      Atomics.store(c, share.ready, 1);
      for (;;) {
        const s = Atomics.load(c, 0);
        if (s < 0) return;
        if (s > 0 && Atomics.compareExchange(c, share.claim, s - 1, s) === s - 1) {
          Atomics.store(c, share.ready, 0);
          Atomics.store(c, share.done, -s);
          return;
        }
      }
    };
    const real = startHelperThread();
    await new Promise((r) => setTimeout(r, 300));
    const helper: WardHelper = { run: (_source, data) => real.run(failing.toString(), data) };
    expect(wardNnChain(x, n, p, 'auto', helper)).toEqual(alone);
    expect(wardSearchCounts.shared).toBe(0);
  });

  it.runIf(twoCores)(
    'gives the same merges with a thread started with the chain (it joins when it is up)',
    () => {
      // As the CLI does it: the thread boots while the main thread already searches alone.
      expect(wardNnChain(x, n, p, 'auto', startHelperThread())).toEqual(alone);
    },
  );

  it('starts no thread with ATLAS_THREADS=1', () => {
    const before = process.env.ATLAS_THREADS;
    process.env.ATLAS_THREADS = '1';
    try {
      expect(helperThread()).toBeUndefined();
    } finally {
      if (before === undefined) delete process.env.ATLAS_THREADS;
      else process.env.ATLAS_THREADS = before;
    }
  });
});
