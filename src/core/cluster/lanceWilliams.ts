/**
 * Complete, average and single linkage by the nearest-neighbour chain on a condensed
 * Euclidean distance matrix, updated after each merge of I and J with the Lance-Williams
 * formulas (Lance & Williams 1967) exactly as R's HCLUST (stats/src/hclust.f) writes them:
 *
 *   single:   d(I+J, K) = min(d(I, K), d(J, K))
 *   complete: d(I+J, K) = max(d(I, K), d(J, K))
 *   average:  d(I+J, K) = (|I| d(I, K) + |J| d(J, K)) / (|I| + |J|)   (UPGMA)
 *
 * All three are reducible, so the chain finds R's merges (Müllner 2011, arXiv:1109.2378,
 * Figure 5). Same arithmetic as R, so exact ties stay exact and are broken as in
 * hclustTree.ts: the chain prefers its previous element, then the smallest representative.
 * Memory: n (n - 1) / 2 doubles, refused above MAX_MATRIX_OBSERVATIONS.
 */
import type { RawMerge } from './hclustTree.ts';

export type MatrixLinkage = 'complete' | 'average' | 'single';

/** Raw merges from a condensed distance matrix `d` of n observations (overwritten). */
export function lanceWilliamsNnChain(
  d: Float64Array,
  n: number,
  linkage: MatrixLinkage,
): RawMerge[] {
  const size = new Float64Array(n).fill(1);
  const isActive = new Uint8Array(n).fill(1);
  // Row start of i in the condensed matrix, so (i, j), i < j, is rowStart[i] + j.
  const rowStart = new Float64Array(n);
  for (let i = 0; i < n; i++) rowStart[i] = n * i - (i * (i + 1)) / 2 - i - 1;
  const at = (i: number, j: number): number => (i < j ? rowStart[i] + j : rowStart[j] + i);

  const chain = new Int32Array(n);
  let len = 0;
  let firstActive = 0;
  const merges: RawMerge[] = [];
  while (merges.length < n - 1) {
    if (len === 0) {
      while (!isActive[firstActive]) firstActive++;
      chain[len++] = firstActive;
    }
    const a = chain[len - 1];
    const prev = len > 1 ? chain[len - 2] : -1;
    let best = prev >= 0 ? d[at(a, prev)] : Infinity;
    let bestJ = prev;
    for (let j = 0; j < a; j++) {
      if (isActive[j] === 0 || j === prev) continue;
      const v = d[rowStart[j] + a];
      if (v < best) {
        best = v;
        bestJ = j;
      }
    }
    const base = rowStart[a];
    for (let j = a + 1; j < n; j++) {
      if (isActive[j] === 0 || j === prev) continue;
      const v = d[base + j];
      if (v < best) {
        best = v;
        bestJ = j;
      }
    }
    if (bestJ !== prev) {
      chain[len++] = bestJ;
      continue;
    }
    len -= 2;
    const lo = Math.min(a, prev);
    const hi = Math.max(a, prev);
    merges.push({ a: lo, b: hi, height: best });
    const nl = size[lo];
    const nh = size[hi];
    isActive[hi] = 0;
    for (let k = 0; k < n; k++) {
      if (isActive[k] === 0 || k === lo) continue;
      const il = at(lo, k);
      const dl = d[il];
      const dh = d[at(hi, k)];
      if (linkage === 'single') d[il] = dl < dh ? dl : dh;
      else if (linkage === 'complete') d[il] = dl > dh ? dl : dh;
      else d[il] = (nl * dl + nh * dh) / (nl + nh);
    }
    size[lo] = nl + nh;
  }
  return merges;
}
