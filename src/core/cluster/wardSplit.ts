/**
 * Two threads for one full search of Ward's nearest-neighbour chain (ward.ts; issue 14): the
 * main thread looks at positions 0 .. mid-1 of the m active clusters and a helper thread, at
 * the same time, at mid .. m-1, both with the WebAssembly kernel's filtered select
 * (wardKernel.ts) over one shared memory. Each half keeps its own running K-th distance,
 * which is never below the one a single pass would have at the same row (it has seen a subset
 * of the rows), so each half hands back a superset of the rows one pass would, in order, with
 * the same exact values; ward.ts's scanKernel() then takes the same steps over them, so the
 * tree is the same bit for bit.
 *
 * Hand-over, through a control block in the kernel's shared memory (CTRL, byte offsets; each
 * field group in its own 64-byte line): the main thread writes the job, then its number (seq);
 * the helper, spinning on seq, claims the job by compare-and-swap of `claim` from seq - 1 to
 * seq, runs it into its own rows and publishes `done`. The main thread, after its own half,
 * looks at `done`, and if the job is not done tries the same compare-and-swap: if the helper
 * has not claimed it (asleep, descheduled, not started yet) the main thread runs the second
 * half itself; so it never waits for a helper that is not running, only for one already at
 * work. A helper that sees no job for a while sleeps (memory.atomic.wait32), and the main
 * thread wakes it with the next job. The split point follows which side waited.
 *
 * The helper's loop is WebAssembly too (wardKernel.ts serveBody(), export `w`): no JavaScript
 * runs per job in the helper, so it has no garbage to collect and no code to warm up.
 */
import type { WardKernel } from './wardKernel.ts';

/** A search of fewer rows is not shared: the hand-over would cost more than it saves. */
export const SPLIT_MIN_ROWS = 2048;

/**
 * Fewer observations get no helper: starting a thread (~50-70 ms of the other core, and
 * page faults that slow the main thread's own) costs more than it saves below this
 * (BENCHMARKS.md, Ward).
 */
export const SPLIT_MIN_OBSERVATIONS = 10000;

/** Byte offsets in the control block (at a 64-byte boundary of the kernel's memory). */
export const CTRL = {
  /** i32: the last job's number (1, 2, ...); -1: stop. The helper spins on this line. */
  seq: 0,
  /** The job: i32 pa, start, end, pprev; f64 na, prevD. */
  pa: 64,
  start: 68,
  end: 72,
  pprev: 76,
  na: 80,
  prevD: 88,
  /** i32: the last job claimed, by either thread. */
  claim: 128,
  /** i32: the last job the helper finished (minus it: the helper failed), and its row count. */
  done: 192,
  count: 196,
  /** i32: 1 once the helper is running; 1 while the helper sleeps. */
  ready: 256,
  sleep: 260,
  bytes: 320,
} as const;

/** What a helper thread needs: the module, the shared memory and the arguments of `w`. */
export interface WardSplitShare {
  module: object;
  memory: { buffer: ArrayBuffer | SharedArrayBuffer };
  /** The control block's byte offset. */
  ctrl: number;
  /** `w`'s arguments: ctrl, sizesAt, out2At, idx2At, cent32At, scale, offset, rnbAt. */
  args: number[];
  /** CTRL.ready, CTRL.done and CTRL.claim as Int32Array indices from ctrl. */
  ready: number;
  done: number;
  claim: number;
}

/**
 * A thread that can run a function for the chain: run(source, data) runs `source`, the text of
 * a function of one argument that refers to nothing outside itself (serveWardSplit below), on
 * `data`, which holds a WebAssembly.Module and a shared WebAssembly.Memory. The CLI's is a
 * worker_threads Worker (src/cli/helperThread.ts).
 */
export interface WardHelper {
  run(source: string, data: WardSplitShare): void;
}

/** The main thread's side of the split (one per chain run). */
export class WardSplit {
  private readonly c: Int32Array;
  private readonly d: Float64Array;
  private seq = 0;
  /** The main thread's share of the rows. */
  private fraction = 0.5;
  /** Searches whose second half the helper ran. */
  helped = 0;

  constructor(buffer: ArrayBufferLike, ctrl: number) {
    this.c = new Int32Array(buffer, ctrl, CTRL.bytes >> 2);
    this.d = new Float64Array(buffer, ctrl, CTRL.bytes >> 3);
  }

  /** Whether the helper is running (until then the main thread searches alone). */
  ready(): boolean {
    return Atomics.load(this.c, CTRL.ready >> 2) === 1;
  }

  /** kernel.selectFiltered() of positions 0 .. m-1, shared with the helper. */
  select(
    kernel: WardKernel,
    pa: number,
    m: number,
    na: number,
    pprev: number,
    prevD: number,
  ): number {
    const { c, d } = this;
    const s = ++this.seq;
    const mid = Math.round(m * this.fraction);
    c[CTRL.pa >> 2] = pa;
    c[CTRL.start >> 2] = mid;
    c[CTRL.end >> 2] = m;
    c[CTRL.pprev >> 2] = pprev;
    d[CTRL.na >> 3] = na;
    d[CTRL.prevD >> 3] = prevD;
    Atomics.store(c, CTRL.seq >> 2, s);
    if (Atomics.load(c, CTRL.sleep >> 2) === 1) Atomics.notify(c, CTRL.seq >> 2);
    const first = kernel.filteredRange(pa, 0, mid, na, pprev, prevD, false);
    let done = Atomics.load(c, CTRL.done >> 2);
    let second: number;
    // Done already: no compare-and-swap (it would pull the claim's line from the helper).
    if (done !== s && Atomics.compareExchange(c, CTRL.claim >> 2, s - 1, s) === s - 1) {
      // The helper is not at it: the main thread does the second half too.
      second = kernel.filteredRange(pa, mid, m, na, pprev, prevD, true);
    } else {
      const waited = done !== s;
      while (done !== s && done !== -s) done = Atomics.load(c, CTRL.done >> 2);
      if (done === s) {
        this.helped++;
        second = c[CTRL.count >> 2];
        const f = this.fraction + (waited ? 0.005 : -0.005);
        this.fraction = f < 0.25 ? 0.25 : f > 0.75 ? 0.75 : f;
      } else {
        // The helper failed (and said so): its half here.
        second = kernel.filteredRange(pa, mid, m, na, pprev, prevD, true);
      }
    }
    kernel.appendSecond(first, second);
    return first + second;
  }

  /** Ends the helper's loop (`w` returns; its thread may then end). */
  stop(): void {
    Atomics.store(this.c, CTRL.seq >> 2, -1);
    Atomics.notify(this.c, CTRL.seq >> 2);
  }
}

/**
 * The helper thread's side: instantiates the kernel's module on the shared memory, says it is
 * ready and runs `w` (the WebAssembly loop that takes jobs until told to stop). If `w` fails,
 * the main thread is told (ready 0, done minus the claimed job), so it never waits for it.
 * It refers to nothing outside itself, because it runs from its text in another thread.
 */
export function serveWardSplit(share: WardSplitShare): void {
  const api = (
    globalThis as unknown as {
      WebAssembly: {
        Instance: new (m: object, i: object) => { exports: Record<string, unknown> };
      };
    }
  ).WebAssembly;
  const c = new Int32Array(share.memory.buffer, share.ctrl, 80);
  try {
    const w = new api.Instance(share.module, { e: { m: share.memory } }).exports.w as (
      ...args: number[]
    ) => void;
    Atomics.store(c, share.ready, 1);
    w(...share.args);
  } catch (err) {
    Atomics.store(c, share.ready, 0);
    Atomics.store(c, share.done, -Atomics.load(c, share.claim));
    throw err;
  }
}
