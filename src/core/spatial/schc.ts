/**
 * Spatially constrained hierarchical clustering (SCHC): Ward's criterion where only clusters
 * that share a contiguity link may merge (Murtagh 1985; GeoDa's "SCHC" with Ward linkage).
 * This is scikit-learn's `ward_tree(X, connectivity=...)` (used by
 * `AgglomerativeClustering(linkage="ward", connectivity=...)`), step for step:
 *
 * - the cost of merging linked clusters A and B is the Ward inertia
 *   Delta(A, B) = |A||B| / (|A| + |B|) * ||c_A - c_B||^2, kept in a heap of
 *   (Delta, i, j) triples, ties going to the smaller i, then j;
 * - the cheapest pair whose clusters are both still active merges into a new node
 *   k = n, n+1, ...; the new node is linked to every active cluster either part was linked to;
 * - the reported height is sqrt(2 Delta), the ward.D2 height R and SciPy print, so an
 *   unconstrained run and this one are on the same scale.
 *
 * Unlike plain Ward, heights need not increase (a merge forced by the constraint can be cheaper
 * than an earlier one), so the tree is kept in merge order; cutting into k groups undoes the
 * last k - 1 merges (scikit-learn's `_hc_cut`, and R's `cutree` on merge order).
 * The links must connect all units (one component): islands are dropped or joined first.
 */
import type { Result } from '../issue.ts';
import { fail, ok } from '../issue.ts';
import { leafOrder, type HclustTree } from '../cluster/hclustTree.ts';
import { MinHeap } from './minHeap.ts';

export interface SchcResult {
  /** R's hclust form: merge rows in merge order, heights sqrt(2 Delta), leaf order. */
  tree: HclustTree;
  /** scikit-learn's `children_` (node ids, leaves 0..n-1, merge t creates node n + t). */
  children: [number, number][];
}

/** Number of connected components of an undirected neighbour graph. */
export function componentCount(neighbours: ReadonlyArray<readonly number[]>): number {
  const n = neighbours.length;
  const seen = new Uint8Array(n);
  let parts = 0;
  const stack: number[] = [];
  for (let s = 0; s < n; s++) {
    if (seen[s]) continue;
    parts++;
    seen[s] = 1;
    stack.push(s);
    while (stack.length) {
      const u = stack.pop() as number;
      for (const v of neighbours[u])
        if (!seen[v]) {
          seen[v] = 1;
          stack.push(v);
        }
    }
  }
  return parts;
}

/**
 * SCHC of the rows of `data` (n x p, already standardised as wanted) under the links
 * `neighbours` (made symmetric here).
 */
export function schc(
  data: ReadonlyArray<ArrayLike<number>>,
  neighbours: ReadonlyArray<readonly number[]>,
): Result<SchcResult> {
  const n = data.length;
  if (n !== neighbours.length) throw new RangeError('schc: data and neighbours differ in length');
  if (n < 2) {
    return fail([
      {
        code: 'too-few-units',
        severity: 'error',
        message: 'SCHC needs at least two units.',
        params: { min: 2, count: n },
      },
    ]);
  }
  const parts = componentCount(neighbours.map((row, i) => row.filter((j) => j !== i)));
  if (parts > 1) {
    return fail([
      {
        code: 'weights-not-connected',
        severity: 'error',
        message: `The neighbour links split the units into ${parts} separate groups; contiguity-constrained clustering needs every unit reachable. Join islands to their nearest unit or use k-nearest-neighbour weights.`,
        params: { count: parts },
      },
    ]);
  }
  const p = n > 0 ? data[0].length : 0;
  const nodes = 2 * n - 1;
  const size = new Float64Array(nodes);
  const sums = new Float64Array(nodes * p);
  for (let i = 0; i < n; i++) {
    size[i] = 1;
    for (let c = 0; c < p; c++) sums[i * p + c] = data[i][c];
  }
  const inertia = (a: number, b: number): number => {
    let s = 0;
    for (let c = 0; c < p; c++) {
      const d = sums[a * p + c] / size[a] - sums[b * p + c] / size[b];
      s += d * d;
    }
    return ((size[a] * size[b]) / (size[a] + size[b])) * s;
  };
  // Links (symmetric, without self), as lists that grow with new nodes.
  const linkSets = neighbours.map((row) => new Set(row));
  neighbours.forEach((row, i) => row.forEach((j) => linkSets[j].add(i)));
  const links: number[][] = linkSets.map((s, i) =>
    [...s].filter((j) => j !== i).sort((a, b) => a - b),
  );
  const heap = new MinHeap();
  for (let i = 0; i < n; i++) for (const j of links[i]) if (j < i) heap.push(inertia(i, j), i, j);
  const parent = new Int32Array(nodes);
  for (let i = 0; i < nodes; i++) parent[i] = i;
  const active = new Uint8Array(nodes).fill(1);
  const children: [number, number][] = [];
  const height: number[] = [];
  const visited = new Int32Array(nodes).fill(-1);
  const root = (u: number): number => {
    while (parent[u] !== u) u = parent[u];
    return u;
  };
  for (let k = n; k < nodes; k++) {
    let top: [number, number, number] | null;
    for (;;) {
      top = heap.pop();
      if (!top) throw new Error('schc: the heap ran dry on a connected graph');
      if (active[top[1]] && active[top[2]]) break;
    }
    const [inert, i, j] = top;
    parent[i] = k;
    parent[j] = k;
    active[i] = 0;
    active[j] = 0;
    children.push([j, i]);
    height.push(Math.sqrt(2 * inert));
    size[k] = size[i] + size[j];
    for (let c = 0; c < p; c++) sums[k * p + c] = sums[i * p + c] + sums[j * p + c];
    const col: number[] = [];
    visited[k] = k;
    for (const src of [i, j])
      for (const u of links[src]) {
        const r = root(u);
        if (visited[r] !== k) {
          visited[r] = k;
          col.push(r);
        }
      }
    links.push(col);
    for (const r of col) {
      links[r].push(k);
      heap.push(inertia(k, r), k, r);
    }
  }
  const code = (u: number) => (u < n ? -(u + 1) : u - n + 1);
  const merge = children.map(([a, b]): [number, number] => {
    const x = code(a);
    const y = code(b);
    // R's convention within a row: singletons first, then by number.
    if (x < 0 && y < 0) return x > y ? [x, y] : [y, x];
    if (x < 0) return [x, y];
    if (y < 0) return [y, x];
    return x < y ? [x, y] : [y, x];
  });
  return ok({ tree: { merge, height, order: leafOrder(merge, n), n }, children });
}
