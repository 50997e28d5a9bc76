/**
 * Ward's minimum-variance clustering by the nearest-neighbour chain, computing every
 * dissimilarity from cluster centroids and sizes instead of storing an n x n matrix:
 *
 *   d(A, B)^2 = 2 |A| |B| / (|A| + |B|) * ||c_A - c_B||^2
 *
 * (Ward 1963; Murtagh & Legendre 2014, J. Classif. 31:274, eq. for "Ward2"). d(A, B) is the
 * height R's `hclust(dist(X), "ward.D2")` and SciPy's `linkage(X, "ward")` report; for two
 * single observations it is their Euclidean distance, and d^2 / 2 is the increase in the
 * within-cluster sum of squares caused by the merge. Memory is O(n p); time O(n^2 p).
 *
 * Nearest-neighbour chain (Benzécri 1982; Murtagh 1983; Müllner 2011, arXiv:1109.2378,
 * Figure 5): follow nearest neighbours from a cluster until two clusters are each other's
 * nearest neighbours, merge them, and continue from the rest of the chain. Ward's criterion
 * is reducible, so this yields exactly the merges of the global-minimum algorithm R uses.
 * Ties: a new chain starts at the smallest active representative; a nearest-neighbour
 * search prefers the chain's previous element, then the smallest representative, which is
 * R's HCLUST preference for small indices (see hclustTree.ts).
 */
import type { RawMerge } from './hclustTree.ts';

/** Raw Ward merges of n rows of p values in a row-major Float64Array (n * p). */
export function wardNnChain(x: Float64Array, n: number, p: number): RawMerge[] {
  const centroid = new Float64Array(x);
  const size = new Float64Array(n).fill(1);
  // Active representatives in increasing order, compacted after each merge, so scans skip
  // merged slots and ties resolve to the smallest representative by scan order.
  let active = new Int32Array(n);
  for (let i = 0; i < n; i++) active[i] = i;
  let nActive = n;
  const isActive = new Uint8Array(n).fill(1);
  let removedSinceCompact = 0;

  const chain = new Int32Array(n);
  let len = 0;
  const merges: RawMerge[] = [];

  while (merges.length < n - 1) {
    if (len === 0) {
      for (let k = 0; k < nActive; k++) {
        if (isActive[active[k]]) {
          chain[len++] = active[k];
          break;
        }
      }
    }
    const a = chain[len - 1];
    const prevInChain = len > 1 ? chain[len - 2] : -1;
    const na = size[a];
    const oa = a * p;
    let best = Infinity;
    let bestJ = -1;
    if (prevInChain >= 0) {
      best = wardSq(centroid, oa, prevInChain * p, p, na, size[prevInChain]);
      bestJ = prevInChain;
    }
    // The scan is the hot loop (O(n^2 p) overall): the distance is inlined and abandoned as
    // soon as a partial sum shows it cannot beat `best` (strictly smaller wins, so the
    // previous chain element and then the smallest representative keep ties). `bound` has a
    // margin so an early exit never drops a pair that rounding puts exactly at `best`.
    let bound = best * (1 + 1e-15);
    for (let k = 0; k < nActive; k++) {
      const j = active[k];
      if (j === a || j === prevInChain || isActive[j] === 0) continue;
      const nb = size[j];
      const w = (2 * na * nb) / (na + nb);
      const ob = j * p;
      let s = 0;
      let c = 0;
      let dropped = false;
      for (; c + 4 <= p; c += 4) {
        const d0 = centroid[oa + c] - centroid[ob + c];
        const d1 = centroid[oa + c + 1] - centroid[ob + c + 1];
        const d2 = centroid[oa + c + 2] - centroid[ob + c + 2];
        const d3 = centroid[oa + c + 3] - centroid[ob + c + 3];
        s += d0 * d0 + d1 * d1 + d2 * d2 + d3 * d3;
        if (w * s > bound) {
          dropped = true;
          break;
        }
      }
      if (dropped) continue;
      for (; c < p; c++) {
        const d0 = centroid[oa + c] - centroid[ob + c];
        s += d0 * d0;
      }
      const d = w * s;
      if (d < best) {
        best = d;
        bestJ = j;
        bound = best * (1 + 1e-15);
      }
    }
    if (bestJ === prevInChain) {
      // a and prevInChain are reciprocal nearest neighbours: merge into the smaller slot.
      len -= 2;
      const lo = Math.min(a, bestJ);
      const hi = Math.max(a, bestJ);
      merges.push({ a: lo, b: hi, height: Math.sqrt(best) });
      const nl = size[lo];
      const nh = size[hi];
      const t = nl + nh;
      const ol = lo * p;
      const oh = hi * p;
      for (let c = 0; c < p; c++) {
        centroid[ol + c] = (nl * centroid[ol + c] + nh * centroid[oh + c]) / t;
      }
      size[lo] = t;
      isActive[hi] = 0;
      removedSinceCompact++;
      if (removedSinceCompact * 4 > nActive) {
        const next = new Int32Array(nActive - removedSinceCompact);
        let w = 0;
        for (let k = 0; k < nActive; k++) if (isActive[active[k]]) next[w++] = active[k];
        active = next;
        nActive = w;
        removedSinceCompact = 0;
      }
    } else {
      chain[len++] = bestJ;
    }
  }
  return merges;
}

/** Squared Ward dissimilarity between the clusters whose centroids start at oa and ob. */
function wardSq(
  c: Float64Array,
  oa: number,
  ob: number,
  p: number,
  na: number,
  nb: number,
): number {
  let s = 0;
  let k = 0;
  // Same summation order as the scan in wardNnChain, so both give identical values.
  for (; k + 4 <= p; k += 4) {
    const d0 = c[oa + k] - c[ob + k];
    const d1 = c[oa + k + 1] - c[ob + k + 1];
    const d2 = c[oa + k + 2] - c[ob + k + 2];
    const d3 = c[oa + k + 3] - c[ob + k + 3];
    s += d0 * d0 + d1 * d1 + d2 * d2 + d3 * d3;
  }
  for (; k < p; k++) {
    const d = c[oa + k] - c[ob + k];
    s += d * d;
  }
  return ((2 * na * nb) / (na + nb)) * s;
}
