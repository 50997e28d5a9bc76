/**
 * Ward's minimum-variance clustering by the nearest-neighbour chain, computing every
 * dissimilarity from cluster centroids and sizes instead of storing an n x n matrix:
 *
 *   d(A, B)^2 = 2 |A| |B| / (|A| + |B|) * ||c_A - c_B||^2
 *
 * (Ward 1963; Murtagh & Legendre 2014, J. Classif. 31:274, "Ward2"). d(A, B) is the height
 * R's `hclust(dist(X), "ward.D2")` and SciPy's `linkage(X, "ward")` report; for two single
 * observations it is their Euclidean distance, and d^2 / 2 is the increase in the
 * within-cluster sum of squares caused by the merge. Memory O(n p); time O(n^2 p).
 *
 * Nearest-neighbour chain (Benzécri 1982; Murtagh 1983; Müllner 2011, arXiv:1109.2378,
 * Figure 5): follow nearest neighbours from a cluster until two clusters are each other's
 * nearest neighbours, merge them, and continue from the rest of the chain. Ward's criterion
 * is reducible, so this yields the merges of the global-minimum algorithm R uses.
 * Ties: a new chain starts at the smallest active representative; a nearest-neighbour
 * search prefers the chain's previous element, then the smallest representative, which is
 * R's HCLUST preference for small indices (see hclustTree.ts).
 *
 * Speed (none of it changes a computed distance, so results equal a plain scan):
 * - clusters are kept sorted by their projection on the data's first principal axis u; as
 *   ||c_A - c_B||^2 >= (u . (c_A - c_B))^2 and the Ward weight is at least 2|A| / (|A| + 1),
 *   the search walks outwards from A in that order and stops when the projected gap alone
 *   rules out every remaining cluster;
 * - a distance is abandoned once a partial sum shows it cannot beat the best so far, and
 *   the first four coordinates are read from a compact copy, since most pairs stop there.
 */
import type { RawMerge } from './hclustTree.ts';

/** Coordinates copied into the compact array the scan reads first. */
const HEAD = 4;

/** Raw Ward merges of n rows of p values in a row-major Float64Array (n * p). */
export function wardNnChain(x: Float64Array, n: number, p: number): RawMerge[] {
  return wardNnChainIfPruned(x, n, p, 0, Infinity) as RawMerge[];
}

/**
 * The same, but gives up and returns null when the first `probeSearches` nearest-neighbour
 * searches visited more than `maxVisitedFraction` of the n clusters each on average: the
 * projection pruning is not working (structureless data) and a matrix is faster (hclust.ts).
 */
export function wardNnChainIfPruned(
  x: Float64Array,
  n: number,
  p: number,
  probeSearches: number,
  maxVisitedFraction: number,
): RawMerge[] | null {
  // Fewer than four variables: pad with zero columns, which change no distance.
  if (p < HEAD) {
    const padded = new Float64Array(n * HEAD);
    for (let i = 0; i < n; i++) for (let c = 0; c < p; c++) padded[i * HEAD + c] = x[i * p + c];
    return wardNnChainIfPruned(padded, n, HEAD, probeSearches, maxVisitedFraction);
  }
  const probeVisits = probeSearches * n * maxVisitedFraction;
  const centroid = new Float64Array(x);
  const size = new Float64Array(n).fill(1);
  const proj = firstAxisProjection(x, n, p);
  let scale = 0;
  for (let i = 0; i < n; i++) scale = Math.max(scale, Math.abs(proj[i]));
  // Absolute slack for rounding in the projections (centroids stay within the data's hull).
  const slack = 1e-9 * scale;

  // Clusters in order of projection. What the scan reads (projection, size, first four
  // coordinates, liveness) is stored by position in that order, so the walk outwards reads
  // memory sequentially; merged-away clusters stay in place as dead until a rebuild.
  const byProj = Int32Array.from({ length: n }, (_, i) => i).sort((a, b) => proj[a] - proj[b]);
  const slotAt = new Int32Array(n);
  const projAt = new Float64Array(n);
  const sizeAt = new Float64Array(n);
  const aliveAt = new Uint8Array(n);
  const headAt = new Float64Array(n * HEAD);
  const pos = new Int32Array(n);
  for (let k = 0; k < n; k++) {
    const s = byProj[k];
    slotAt[k] = s;
    projAt[k] = proj[s];
    sizeAt[k] = 1;
    aliveAt[k] = 1;
    for (let c = 0; c < HEAD; c++) headAt[k * HEAD + c] = x[s * p + c];
    pos[s] = k;
  }
  let m = n;
  let dead = 0;
  const copyPosition = (to: number, from: number): void => {
    slotAt[to] = slotAt[from];
    projAt[to] = projAt[from];
    sizeAt[to] = sizeAt[from];
    aliveAt[to] = aliveAt[from];
    for (let c = 0; c < HEAD; c++) headAt[to * HEAD + c] = headAt[from * HEAD + c];
    pos[slotAt[to]] = to;
  };

  const chain = new Int32Array(n);
  // scratch[0]: best distance of a search; scratch[1]: positions visited by all searches.
  const scratch = new Float64Array(2);
  let searches = 0;
  let len = 0;
  const merges: RawMerge[] = [];

  while (merges.length < n - 1) {
    // Slot 0 is never merged away (the smaller slot survives), so chains start there.
    if (len === 0) chain[len++] = 0;
    const a = chain[len - 1];
    const prev = len > 1 ? chain[len - 2] : -1;
    const na = size[a];
    const oa = a * p;
    let best = Infinity;
    let bestJ = -1;
    if (prev >= 0) {
      best = wardSq(centroid, oa, prev * p, p, na, size[prev]);
      bestJ = prev;
    }
    scratch[0] = best;
    bestJ = nearest(
      a,
      prev,
      bestJ,
      pos[a],
      m,
      p,
      size,
      centroid,
      projAt,
      sizeAt,
      aliveAt,
      slotAt,
      headAt,
      slack,
      scratch,
    );
    best = scratch[0];
    if (++searches === probeSearches && scratch[1] > probeVisits) return null;

    if (bestJ !== prev) {
      chain[len++] = bestJ;
      continue;
    }
    // a and prev are reciprocal nearest neighbours: merge into the smaller slot.
    len -= 2;
    const lo = Math.min(a, prev);
    const hi = Math.max(a, prev);
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
    const pl = (nl * projAt[pos[lo]] + nh * projAt[pos[hi]]) / t;
    aliveAt[pos[hi]] = 0;
    dead++;
    // Move lo to its new place in the projection order (between its parts, so near).
    let k = pos[lo];
    while (k > 0 && projAt[k - 1] > pl) {
      copyPosition(k, k - 1);
      k--;
    }
    while (k < m - 1 && projAt[k + 1] < pl) {
      copyPosition(k, k + 1);
      k++;
    }
    slotAt[k] = lo;
    projAt[k] = pl;
    sizeAt[k] = t;
    aliveAt[k] = 1;
    for (let c = 0; c < HEAD; c++) headAt[k * HEAD + c] = centroid[ol + c];
    pos[lo] = k;
    if (dead * 4 > m) {
      let w = 0;
      for (let q = 0; q < m; q++) if (aliveAt[q]) copyPosition(w++, q);
      m = w;
      dead = 0;
    }
  }
  return merges;
}

/**
 * The hot loop (O(n^2 p) overall, so kept in a small function V8 optimises early): the
 * nearest cluster to `a` in the projection order around its position `ka`, starting from
 * candidate `bestJ` at squared distance scratch[0]; writes the best distance to scratch[0].
 */
function nearest(
  a: number,
  prev: number,
  bestJ: number,
  ka: number,
  m: number,
  p: number,
  size: Float64Array,
  centroid: Float64Array,
  projAt: Float64Array,
  sizeAt: Float64Array,
  aliveAt: Uint8Array,
  slotAt: Int32Array,
  headAt: Float64Array,
  slack: number,
  scratch: Float64Array,
): number {
  const na = size[a];
  const oa = a * p;
  let best = scratch[0];
  let visits = 0;
  // `bound` has a margin so that no early exit drops a pair rounding puts at `best`;
  // `pruneAt` a wider one, for rounding in the projections.
  let bound = best * (1 + 1e-15);
  let pruneAt = best * (1 + 1e-9);
  const wMin = (2 * na) / (na + 1);
  const twoNa = 2 * na;
  const pa = projAt[ka];
  const a0 = headAt[ka * HEAD];
  const a1 = headAt[ka * HEAD + 1];
  const a2 = headAt[ka * HEAD + 2];
  const a3 = headAt[ka * HEAD + 3];
  // Rightwards, then leftwards (one direction at a time keeps branches predictable).
  for (let dir = 1; dir >= -1; dir -= 2) {
    for (let q = ka + dir; q >= 0 && q < m; q += dir) {
      // Projected gaps only grow from here: once one rules a cluster out, stop this side.
      const g = (projAt[q] - pa) * dir - slack;
      if (g > 0 && wMin * g * g > pruneAt) break;
      visits++;
      if (aliveAt[q] === 0) continue;
      const j = slotAt[q];
      if (j === prev) continue;
      const nb = sizeAt[q];
      // w s > bound  <=>  2 na nb s > bound (na + nb): no division on the hot path.
      const num = twoNa * nb;
      const lim = bound * (na + nb);
      const d0 = a0 - headAt[q * HEAD];
      const d1 = a1 - headAt[q * HEAD + 1];
      const d2 = a2 - headAt[q * HEAD + 2];
      const d3 = a3 - headAt[q * HEAD + 3];
      let s = d0 * d0 + d1 * d1 + d2 * d2 + d3 * d3;
      if (num * s > lim) continue;
      const ob = j * p;
      let c = HEAD;
      for (; c + 4 <= p; c += 4) {
        const e0 = centroid[oa + c] - centroid[ob + c];
        const e1 = centroid[oa + c + 1] - centroid[ob + c + 1];
        const e2 = centroid[oa + c + 2] - centroid[ob + c + 2];
        const e3 = centroid[oa + c + 3] - centroid[ob + c + 3];
        s += e0 * e0 + e1 * e1 + e2 * e2 + e3 * e3;
        if (num * s > lim) break;
      }
      if (c + 4 <= p) continue;
      for (; c < p; c++) {
        const e0 = centroid[oa + c] - centroid[ob + c];
        s += e0 * e0;
      }
      // Same expression as wardSq(), so equal distances compare equal.
      const d = (num / (na + nb)) * s;
      // Visiting order is by projection, so ties go explicitly to the smaller representative
      // (the previous chain element, if it ties, is kept: it was the starting best).
      if (d < best || (d === best && j < bestJ && bestJ !== prev)) {
        best = d;
        bestJ = j;
        bound = best * (1 + 1e-15);
        pruneAt = best * (1 + 1e-9);
      }
    }
  }

  scratch[0] = best;
  scratch[1] += visits;
  return bestJ;
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

/**
 * Projections u . x_i on the leading eigenvector u of the scatter matrix (power iteration
 * from a fixed start, so deterministic). Any unit vector gives a valid bound; the leading
 * axis gives the widest spread and so prunes most.
 */
function firstAxisProjection(x: Float64Array, n: number, p: number): Float64Array {
  const mean = new Float64Array(p);
  for (let i = 0; i < n; i++) for (let c = 0; c < p; c++) mean[c] += x[i * p + c];
  for (let c = 0; c < p; c++) mean[c] /= n;
  const scatter = new Float64Array(p * p);
  const row = new Float64Array(p);
  for (let i = 0; i < n; i++) {
    for (let c = 0; c < p; c++) row[c] = x[i * p + c] - mean[c];
    for (let r = 0; r < p; r++) {
      const v = row[r];
      if (v === 0) continue;
      for (let c = 0; c < p; c++) scatter[r * p + c] += v * row[c];
    }
  }
  let u = new Float64Array(p);
  for (let c = 0; c < p; c++) u[c] = 1 + c / p;
  for (let iter = 0; iter < 100; iter++) {
    const next = new Float64Array(p);
    for (let r = 0; r < p; r++) {
      let s = 0;
      for (let c = 0; c < p; c++) s += scatter[r * p + c] * u[c];
      next[r] = s;
    }
    let norm = 0;
    for (let c = 0; c < p; c++) norm += next[c] * next[c];
    norm = Math.sqrt(norm);
    if (!(norm > 0)) break;
    let change = 0;
    for (let c = 0; c < p; c++) {
      next[c] /= norm;
      change = Math.max(change, Math.abs(next[c] - u[c]));
    }
    u = next;
    if (change < 1e-10) break;
  }
  let norm = 0;
  for (let c = 0; c < p; c++) norm += u[c] * u[c];
  norm = Math.sqrt(norm);
  const proj = new Float64Array(n);
  if (!(norm > 0)) return proj;
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let c = 0; c < p; c++) s += x[i * p + c] * (u[c] / norm);
    proj[i] = s;
  }
  return proj;
}
