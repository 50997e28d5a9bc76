/**
 * The tree in R's `hclust` form and the conversion from raw merges to it.
 *
 * R (stats/src/hclust.f, subroutines HCLUST and HCASS2, F. Murtagh) reports:
 * - `merge`: n-1 rows; -j is observation j (1-based), a positive k is the cluster formed at
 *   step k. Within a row a singleton comes before a cluster; two singletons or two clusters
 *   are in increasing order (HCASS2).
 * - `height`: the criterion at each step, non-decreasing for the four linkages offered here.
 * - `order`: HCASS2 starts from the last merge and replaces each cluster by its two parts,
 *   left part first; that is a depth-first walk, left (first column) before right.
 */

export interface HclustTree {
  merge: [number, number][];
  height: number[];
  order: number[];
  n: number;
}

/**
 * One merge as an algorithm found it: the clusters are named by their representative, the
 * smallest 0-based observation index among their members (R's HCLUST names clusters the
 * same way, which is what makes its tie-breaking reproducible here).
 */
export interface RawMerge {
  a: number;
  b: number;
  height: number;
}

/**
 * Converts merges in the order an algorithm found them (e.g. the nearest-neighbour chain)
 * into R's form. The merges are replayed in order of height; among merges of exactly equal
 * height that are both ready (their parts already exist) the one with the smaller pair of
 * representatives (lexicographic: smaller one first, then larger one) goes first. This is
 * R's rule: HCLUST scans i = 1..n for the strictly smallest nearest-neighbour distance and
 * each i's nearest neighbour is the first j > i at that distance. A merge never precedes
 * the merges that formed its parts, even if rounding made a height 1 ulp smaller.
 */
export function toHclustTree(n: number, raw: ReadonlyArray<RawMerge>): HclustTree {
  const m = raw.length;
  if (m !== n - 1) throw new Error(`toHclustTree: expected ${n - 1} merges, got ${m}`);
  // Dependencies: which raw merge last wrote each representative slot.
  const lastWriter = new Int32Array(n).fill(-1);
  const lo = new Int32Array(m);
  const hi = new Int32Array(m);
  const parent = new Int32Array(m).fill(-1);
  const pending = new Int32Array(m);
  for (let t = 0; t < m; t++) {
    const a = Math.min(raw[t].a, raw[t].b);
    const b = Math.max(raw[t].a, raw[t].b);
    lo[t] = a;
    hi[t] = b;
    for (const s of [a, b]) {
      const w = lastWriter[s];
      if (w >= 0) {
        parent[w] = t;
        pending[t]++;
      }
    }
    lastWriter[a] = t;
    lastWriter[b] = -1;
  }
  // Ready merges in a binary heap keyed by (height, lo, hi).
  const heap: number[] = [];
  const less = (x: number, y: number): boolean => {
    const hx = raw[x].height;
    const hy = raw[y].height;
    if (hx !== hy) return hx < hy;
    if (lo[x] !== lo[y]) return lo[x] < lo[y];
    return hi[x] < hi[y];
  };
  const push = (t: number): void => {
    heap.push(t);
    let i = heap.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!less(heap[i], heap[p])) break;
      [heap[i], heap[p]] = [heap[p], heap[i]];
      i = p;
    }
  };
  const pop = (): number => {
    const top = heap[0];
    const last = heap.pop() as number;
    if (heap.length > 0) {
      heap[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let s = i;
        if (l < heap.length && less(heap[l], heap[s])) s = l;
        if (r < heap.length && less(heap[r], heap[s])) s = r;
        if (s === i) break;
        [heap[i], heap[s]] = [heap[s], heap[i]];
        i = s;
      }
    }
    return top;
  };
  for (let t = 0; t < m; t++) if (pending[t] === 0) push(t);

  // Replay: `label[s]` is R's code of the cluster whose representative is s.
  const label = new Int32Array(n);
  for (let i = 0; i < n; i++) label[i] = -(i + 1);
  const merge: [number, number][] = [];
  const height: number[] = [];
  let prev = -Infinity;
  for (let step = 1; step <= m; step++) {
    const t = pop();
    const x = label[lo[t]];
    const y = label[hi[t]];
    merge.push(orderPair(x, y));
    // Keep heights non-decreasing when a rounding inversion forced a parent after its child.
    prev = Math.max(prev, raw[t].height);
    height.push(prev);
    label[lo[t]] = step;
    if (parent[t] >= 0 && --pending[parent[t]] === 0) push(parent[t]);
  }
  return { merge, height, order: leafOrder(merge, n), n };
}

/** HCASS2's order within a row: singleton first; otherwise the smaller code first. */
function orderPair(x: number, y: number): [number, number] {
  if (x < 0 && y < 0) return x > y ? [x, y] : [y, x];
  if (x < 0) return [x, y];
  if (y < 0) return [y, x];
  return x < y ? [x, y] : [y, x];
}

/** R's `order` (HCASS2): depth-first from the last merge, first column before second. */
export function leafOrder(merge: ReadonlyArray<readonly [number, number]>, n: number): number[] {
  const order: number[] = [];
  if (n === 1) return [1];
  const stack: number[] = [merge.length];
  while (stack.length > 0) {
    const node = stack.pop() as number;
    if (node < 0) {
      order.push(-node);
      continue;
    }
    const [l, r] = merge[node - 1];
    stack.push(r, l);
  }
  return order;
}
