/**
 * Ward's minimum-variance clustering by the nearest-neighbour chain, computing every
 * dissimilarity from cluster centroids and sizes instead of storing an n x n matrix:
 *
 *   d(A, B)^2 = 2 |A| |B| / (|A| + |B|) * ||c_A - c_B||^2
 *
 * (Ward 1963; Murtagh & Legendre 2014, J. Classif. 31:274, "Ward2"). d(A, B) is the height
 * R's `hclust(dist(X), "ward.D2")` and SciPy's `linkage(X, "ward")` report; for two single
 * observations it is their Euclidean distance, and d^2 / 2 is the increase in the
 * within-cluster sum of squares caused by the merge. Memory O(n p); time O(n^2 p). This is
 * the algorithm of fastcluster's `linkage_vector(X, "ward")` (Müllner 2013, J. Stat. Softw.
 * 53(9); Müllner 2011, arXiv:1109.2378, Figure 5).
 *
 * Nearest-neighbour chain (Benzécri 1982; Murtagh 1983): follow nearest neighbours from a
 * cluster until two clusters are each other's nearest neighbours, merge them, and continue
 * from the rest of the chain. Ward's criterion is reducible, so this yields the merges of the
 * global-minimum algorithm R uses. Ties: chains start at observation 1's cluster (the smallest
 * representative, which is never merged away); a search prefers the chain's previous
 * element, then the smallest representative, which is R's HCLUST preference for small
 * indices (see hclustTree.ts).
 *
 * Speed (none of it changes a computed distance, so results equal a plain scan):
 * - active clusters are packed at positions 0..m-1 (a merged-away cluster's place is taken
 *   by the last one), so a search reads one contiguous array;
 * - each full search remembers the K nearest clusters and the K-th distance. Reducibility,
 *   d(A + B, C) >= min(d(A, C), d(B, C)) for Ward, means that a cluster unchanged since that
 *   search is still at least that far; so a later search of the same cluster (typically
 *   after the merge at the top of the chain took away its nearest neighbour) only needs
 *   the remembered clusters that are unchanged and the few clusters made since, whenever
 *   the best of them is closer than the K-th distance. This takes the full searches from
 *   3 to about 2.2 per merge (bench/results/ward.md);
 * - from KERNEL_MIN_OBSERVATIONS on, a full search computes its m distances in WebAssembly
 *   with two f64 lanes (wardKernel.ts): 2.5-3x less CPU than the JavaScript loop at 5,000 and
 *   20,000 x 20 (bench/results/ward.md); the JavaScript loop sums in the same order, so both
 *   give the same bits and the same tree;
 * - for up to 64 variables the kernel first rules rows out from a single-precision copy of
 *   the centroids, four lanes and four rows at a time, by a proven lower bound
 *   (wardFloat32Bound.ts), and computes the exact double-precision value only for the few
 *   rows the bound cannot rule out: the same rows and values as the exact scan, half the
 *   bytes read per row (5,000 x 20: the kernel's instructions 2.14 -> 1.23 G;
 *   bench/results/ward.md); from 8 variables the copy holds 16-bit integers instead, summed
 *   exactly (wardInt16Bound.ts): 5,000 x 20 chain ~106 -> ~86 ms, 20,000 x 20 ~1.39 -> ~0.99 s;
 * - in the JavaScript loop, a distance is abandoned once a partial sum shows it cannot be
 *   among the K nearest;
 * - given a helper thread (the CLI's, from SPLIT_MIN_OBSERVATIONS observations), a full search
 *   of at least SPLIT_MIN_ROWS clusters is split between the two threads (wardSplit.ts): the
 *   same rows and values again, 20,000 x 20 in about 25 % less time (bench/results/ward.md).
 */
import type { RawMerge } from './hclustTree.ts';
import { wardKernel, wardSqPair as wardSq, type WardKernel } from './wardKernel.ts';
import {
  SPLIT_MIN_OBSERVATIONS,
  SPLIT_MIN_ROWS,
  type WardHelper,
  serveWardSplit,
} from './wardSplit.ts';

/** Nearest clusters each full search remembers. */
const K = 4;
/** A repeated search uses what it remembers only if at most this many merges happened since. */
const MAX_MERGES_SINCE = 24;

/**
 * Which loop computes a full search's distances: 'wasm' the WebAssembly SIMD kernel
 * (wardKernel.ts) whenever it compiles, 'js' the JavaScript loop, 'auto' the kernel from
 * KERNEL_MIN_OBSERVATIONS on. Both give the same bits, hence the same tree.
 */
export type WardLoop = 'auto' | 'wasm' | 'js';

/** Below this many observations 'auto' keeps to JavaScript (the app's tables of regions). */
export const KERNEL_MIN_OBSERVATIONS = 1000;

/** Raw Ward merges of n rows of p values in a row-major Float64Array (n * p). */
export function wardNnChain(
  x: Float64Array,
  n: number,
  p: number,
  loop: WardLoop = 'auto',
  helper?: WardHelper,
): RawMerge[] {
  const useKernel = loop === 'wasm' || (loop === 'auto' && n >= KERNEL_MIN_OBSERVATIONS);
  // A helper thread takes part only where the chain is long enough to pay for its start.
  const split = helper !== undefined && n >= SPLIT_MIN_OBSERVATIONS;
  const chain = new WardChain(x, n, p, useKernel ? wardKernel(n, p, split) : null);
  const share = split && chain.float32 ? chain.kernel!.startSplit() : null;
  if (!share) return chain.run();
  helper!.run(serveWardSplit.toString(), share);
  try {
    return chain.run();
  } finally {
    wardSearchCounts.shared += chain.kernel!.stopSplit();
  }
}

/**
 * Counts of full and remembered searches of the last run, whether the kernel ran (in single
 * precision first), and how many full searches a helper thread took half of (wardSplit.ts).
 */
export const wardSearchCounts = {
  full: 0,
  remembered: 0,
  kernel: false,
  float32: false,
  shared: 0,
};

class WardChain {
  /** Centroids of the active clusters by position (m x p). */
  private readonly cent: Float64Array;
  /** Sizes by position. */
  private readonly size: Float64Array;
  /** Position -> representative (smallest 0-based observation index in the cluster). */
  private readonly rep: Int32Array;
  /** Representative -> position, -1 once merged away. */
  private readonly posOf: Int32Array;
  /** Representative -> number of merges done when its cluster was made (-1: observation). */
  private readonly madeAt: Int32Array;
  /** Merge t -> representative of the cluster it made. */
  private readonly madeBy: Int32Array;
  /** Representative -> number of merges done at its last full search (-1: none valid). */
  private readonly searchedAt: Int32Array;
  /** Representative r's K nearest at that search: candRep/candD[r K .. r K + K - 1]. */
  private readonly candRep: Int32Array;
  private readonly candD: Float64Array;
  /** Representative -> the K-th smallest distance at that search (Infinity: fewer seen). */
  private readonly kthD: Float64Array;
  /** The best squared distance found by the last scan(). */
  private scanBest = Infinity;
  /** Whether the kernel rules rows out in single precision first (wardFloat32Bound.ts). */
  readonly float32: boolean = false;

  constructor(
    x: Float64Array,
    private readonly n: number,
    private readonly p: number,
    readonly kernel: WardKernel | null,
  ) {
    if (kernel) {
      kernel.cent.set(x);
      kernel.size.fill(1);
      this.cent = kernel.cent;
      this.size = kernel.size;
      this.float32 = kernel.prepareFilter();
    } else {
      this.cent = new Float64Array(x);
      this.size = new Float64Array(n).fill(1);
    }
    this.rep = new Int32Array(n);
    this.posOf = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      this.rep[i] = i;
      this.posOf[i] = i;
    }
    this.madeAt = new Int32Array(n).fill(-1);
    this.madeBy = new Int32Array(n);
    this.searchedAt = new Int32Array(n).fill(-1);
    this.candRep = new Int32Array(n * K);
    this.candD = new Float64Array(n * K);
    this.kthD = new Float64Array(n);
  }

  run(): RawMerge[] {
    const { n, p, cent, size, rep, posOf, madeAt, madeBy, searchedAt } = this;
    const chain = new Int32Array(n);
    const raw: RawMerge[] = [];
    let len = 0;
    let m = n;
    let merges = 0;
    let full = 0;
    let remembered = 0;
    wardSearchCounts.shared = 0;
    while (m > 1) {
      // Representative 0 is never merged away (the smaller representative survives).
      if (len === 0) chain[len++] = 0;
      const a = chain[len - 1];
      const prev = len > 1 ? chain[len - 2] : -1;
      const pa = posOf[a];
      const na = size[pa];
      let prevD = Infinity;
      if (prev >= 0) {
        const pp = posOf[prev];
        prevD = wardSq(cent, pa * p, pp * p, p, na, size[pp]);
      }
      let best = prevD;
      let bestRep = prev;
      const since = searchedAt[a];
      let known = false;
      if (since >= 0 && merges - since <= MAX_MERGES_SINCE) {
        best = this.recall(a, prev, prevD, since, merges);
        bestRep = this.recalledRep;
        known = best < this.kthD[a];
      }
      if (known) remembered++;
      else {
        full++;
        const pprev = prev >= 0 ? posOf[prev] : -1;
        const q = this.kernel
          ? this.scanKernel(m, pa, pprev, prevD, a)
          : this.scan(m, pa, pprev, prevD, a);
        best = this.scanBest;
        bestRep = rep[q];
        searchedAt[a] = merges;
      }
      if (bestRep !== prev) {
        chain[len++] = bestRep;
        continue;
      }
      // a and prev are reciprocal nearest neighbours: merge into the smaller representative.
      len -= 2;
      const lo = a < prev ? a : prev;
      const hi = a < prev ? prev : a;
      raw.push({ a: lo, b: hi, height: Math.sqrt(best) });
      const pl = posOf[lo];
      const ph = posOf[hi];
      const nl = size[pl];
      const nh = size[ph];
      const t = nl + nh;
      const ol = pl * p;
      const oh = ph * p;
      for (let c = 0; c < p; c++) cent[ol + c] = (nl * cent[ol + c] + nh * cent[oh + c]) / t;
      size[pl] = t;
      // After the size: the kernel mirrors the centroid and the size's reciprocal.
      if (this.float32) this.kernel!.rowChanged(pl);
      madeAt[lo] = merges;
      madeBy[merges] = lo;
      searchedAt[lo] = -1;
      merges++;
      posOf[hi] = -1;
      m--;
      // Below this the searches are too short to share: free the helper's core.
      if (m === SPLIT_MIN_ROWS - 1 && this.float32)
        wardSearchCounts.shared += this.kernel!.stopSplit();
      if (ph !== m) {
        cent.copyWithin(oh, m * p, m * p + p);
        if (this.float32) this.kernel!.rowMoved(m, ph);
        size[ph] = size[m];
        rep[ph] = rep[m];
        posOf[rep[ph]] = ph;
      }
    }
    wardSearchCounts.full = full;
    wardSearchCounts.remembered = remembered;
    wardSearchCounts.kernel = this.kernel !== null;
    wardSearchCounts.float32 = this.float32;
    return raw;
  }

  private recalledRep = -1;

  /**
   * The nearest of what a's last full search (after `since` merges) remembered and is
   * unchanged, the clusters made since, and the chain's previous element (at prevD).
   * Returns its distance (and sets recalledRep); valid as a's nearest neighbour only if
   * below kthD[a], since every other cluster is unchanged and was at least that far.
   */
  private recall(a: number, prev: number, prevD: number, since: number, merges: number): number {
    const { p, cent, size, posOf, madeAt, madeBy, candRep, candD } = this;
    const pa = posOf[a];
    const oa = pa * p;
    const na = size[pa];
    let best = prevD;
    let bestRep = prev;
    const base = a * K;
    for (let c = 0; c < K; c++) {
      const j = candRep[base + c];
      if (j < 0 || j === prev || posOf[j] < 0 || madeAt[j] >= since) continue;
      const d = candD[base + c];
      if (d < best || (d === best && j < bestRep && bestRep !== prev)) {
        best = d;
        bestRep = j;
      }
    }
    for (let t = since; t < merges; t++) {
      const j = madeBy[t];
      // Made at merge t and not merged again since (then it is counted at that later t).
      if (j === prev || j === a || posOf[j] < 0 || madeAt[j] !== t) continue;
      const pj = posOf[j];
      const d = wardSq(cent, oa, pj * p, p, na, size[pj]);
      if (d < best || (d === best && j < bestRep && bestRep !== prev)) {
        best = d;
        bestRep = j;
      }
    }
    this.recalledRep = bestRep;
    return best;
  }

  /**
   * The hot loop (O(n^2 p) overall): a full search of cluster a (at position pa) over the m
   * active clusters, starting from the previous chain element at position pprev (distance
   * prevD; -1 and Infinity if none). Returns the best position, sets scanBest, and stores
   * a's K nearest and the K-th distance.
   */
  private scan(m: number, pa: number, pprev: number, prevD: number, a: number): number {
    const { p, cent, size, rep, candRep, candD } = this;
    const oa = pa * p;
    const na = size[pa];
    const twoNa = 2 * na;
    const cb = a * K;
    let best = prevD;
    let bestQ = pprev;
    // The previous chain element wins ties; otherwise the smaller representative.
    let bestRep = pprev >= 0 ? -1 : 0x7fffffff;
    let cnt = 0;
    let kth = Infinity;
    // Early exit threshold, with a margin so that rounding never drops a pair at the K-th.
    let kthMargin = Infinity;
    if (pprev >= 0) {
      candRep[cb] = rep[pprev];
      candD[cb] = prevD;
      cnt = 1;
    }
    for (let q = 0; q < m; q++) {
      if (q === pa || q === pprev) continue;
      const ob = q * p;
      const nb = size[q];
      // w s > kth  <=>  2 na nb s > kth (na + nb): no division unless the pair can count.
      const num = twoNa * nb;
      const lim = kthMargin * (na + nb);
      // Two running sums (even and odd columns), the kernel's order (wardKernel.ts).
      let s0 = 0;
      let s1 = 0;
      let c = 0;
      for (; c + 4 <= p; c += 4) {
        const e0 = cent[oa + c] - cent[ob + c];
        const e1 = cent[oa + c + 1] - cent[ob + c + 1];
        const e2 = cent[oa + c + 2] - cent[ob + c + 2];
        const e3 = cent[oa + c + 3] - cent[ob + c + 3];
        s0 += e0 * e0;
        s1 += e1 * e1;
        s0 += e2 * e2;
        s1 += e3 * e3;
        if (num * (s0 + s1) > lim) break;
      }
      if (c + 4 <= p) continue;
      if (c + 2 <= p) {
        const e0 = cent[oa + c] - cent[ob + c];
        const e1 = cent[oa + c + 1] - cent[ob + c + 1];
        s0 += e0 * e0;
        s1 += e1 * e1;
        c += 2;
      }
      let s = s0 + s1;
      if (c < p) {
        const e = cent[oa + c] - cent[ob + c];
        s += e * e;
      }
      // Same expression as wardSq(), so equal distances compare equal.
      const d = (num / (na + nb)) * s;
      if (d > kth) continue;
      const r = rep[q];
      if (d < best || (d === best && r < bestRep)) {
        best = d;
        bestQ = q;
        bestRep = r;
      }
      if (d === kth) continue;
      // Into the sorted K nearest (the K-th drops out when full).
      let i = cnt < K ? cnt++ : K - 1;
      while (i > 0 && candD[cb + i - 1] > d) {
        candD[cb + i] = candD[cb + i - 1];
        candRep[cb + i] = candRep[cb + i - 1];
        i--;
      }
      candD[cb + i] = d;
      candRep[cb + i] = r;
      if (cnt === K) {
        kth = candD[cb + K - 1];
        kthMargin = kth * (1 + 1e-12);
      }
    }
    for (let i = cnt; i < K; i++) candRep[cb + i] = -1;
    this.kthD[a] = kth;
    this.scanBest = best;
    return bestQ;
  }

  /**
   * scan() with the distances from the WebAssembly kernel (wardKernel.ts: the same arithmetic
   * as wardSq(), all m at once, no early exit), then the same choice of the best and the K
   * nearest. The kernel's select() hands back only the rows this loop would not skip at once
   * (d above the K-th distance so far, or pa or pprev), in order, so the loop takes the same
   * steps over far fewer rows.
   */
  private scanKernel(m: number, pa: number, pprev: number, prevD: number, a: number): number {
    const { size, rep, candRep, candD } = this;
    const kernel = this.kernel!;
    const rows = this.float32
      ? kernel.selectFiltered(pa, m, size[pa], pprev, prevD)
      : kernel.select(pa, m, size[pa], pprev, prevD);
    const out = kernel.out;
    const idx = kernel.idx;
    const cb = a * K;
    let best = prevD;
    let bestQ = pprev;
    let bestRep = pprev >= 0 ? -1 : 0x7fffffff;
    let cnt = 0;
    let kth = Infinity;
    if (pprev >= 0) {
      candRep[cb] = rep[pprev];
      candD[cb] = prevD;
      cnt = 1;
    }
    for (let k = 0; k < rows; k++) {
      const q = idx[k];
      const d = out[k];
      if (d > kth) continue;
      const r = rep[q];
      if (d < best || (d === best && r < bestRep)) {
        best = d;
        bestQ = q;
        bestRep = r;
      }
      if (d === kth) continue;
      let i = cnt < K ? cnt++ : K - 1;
      while (i > 0 && candD[cb + i - 1] > d) {
        candD[cb + i] = candD[cb + i - 1];
        candRep[cb + i] = candRep[cb + i - 1];
        i--;
      }
      candD[cb + i] = d;
      candRep[cb + i] = r;
      if (cnt === K) kth = candD[cb + K - 1];
    }
    for (let i = cnt; i < K; i++) candRep[cb + i] = -1;
    this.kthD[a] = kth;
    this.scanBest = best;
    return bestQ;
  }
}
