/**
 * Minimum spanning tree of the contiguity graph with edge costs = Euclidean distance between
 * the units' attribute rows (R spdep's `nbcosts` then `mstree(nbw, ini = 1)`): Prim's
 * algorithm from the first unit; at each step the cheapest edge from the tree to a unit
 * outside it (ties: the lowest unit index, as R's `which.min`). Edges come back as
 * [from, to, cost] in the order they were added, `from` already in the tree.
 */
export type MstEdge = [number, number, number];

export function euclidean(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let s = 0;
  for (let c = 0; c < a.length; c++) {
    const d = a[c] - b[c];
    s += d * d;
  }
  return Math.sqrt(s);
}

/** null when the graph is not connected. */
export function minimumSpanningTree(
  data: ReadonlyArray<ArrayLike<number>>,
  neighbours: ReadonlyArray<readonly number[]>,
  start = 0,
): MstEdge[] | null {
  const n = data.length;
  const inTree = new Uint8Array(n);
  const from = new Int32Array(n).fill(-1);
  const best = new Float64Array(n).fill(Infinity);
  inTree[start] = 1;
  for (const j of neighbours[start]) {
    from[j] = start;
    best[j] = euclidean(data[start], data[j]);
  }
  const edges: MstEdge[] = [];
  for (let step = 0; step < n - 1; step++) {
    let u = -1;
    let bu = Infinity;
    for (let i = 0; i < n; i++) {
      if (best[i] < bu) {
        bu = best[i];
        u = i;
      }
    }
    if (u < 0) return null;
    inTree[u] = 1;
    edges.push([from[u], u, bu]);
    best[u] = Infinity;
    for (const j of neighbours[u]) {
      if (inTree[j]) continue;
      const c = euclidean(data[u], data[j]);
      if (c < best[j]) {
        best[j] = c;
        from[j] = u;
      }
    }
  }
  return edges;
}
