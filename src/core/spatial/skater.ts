/**
 * SKATER (Assunção, Neves, Câmara & Freitas 2006, IJGIS 20:797), as R spdep's `skater()`:
 * the minimum spanning tree of the contiguity graph (edge cost = Euclidean distance of the
 * attribute rows; minimumSpanningTree.ts) is cut, one edge at a time, into k trees.
 *
 * A group's dissimilarity is spdep's `ssw`: the sum over its units of the Euclidean distance
 * to the group's mean (not squared). Every edge of a group is priced by what cutting it
 * saves, ssw(group) - ssw(part 1) - ssw(part 2); each step takes the edge with the largest
 * saving over all groups whose parts meet the size floor (at least `minSize` units, or a sum
 * of `floor.values` of at least `floor.min`: spdep's `crit` and `vec.crit`), and the cut
 * group keeps the part holding the edge's first unit while the other part becomes a new group.
 * Groups are numbered in the order they were made (spdep's `groups`).
 */
import type { Result } from '../issue.ts';
import { fail, ok } from '../issue.ts';
import { euclidean, minimumSpanningTree, type MstEdge } from './minimumSpanningTree.ts';

export interface SkaterOptions {
  k: number;
  minSize?: number;
  floor?: { values: ArrayLike<number>; min: number };
}

export interface SkaterResult {
  /** 1-based group of each unit, spdep's numbering. */
  groups: number[];
  /** Total ssw after each cut (spdep's `ssw`, starting with the whole set). */
  ssw: number[];
  mst: MstEdge[];
  /** Fewer groups than asked when no further cut meets the floor. */
  groupsFound: number;
}

interface Group {
  nodes: number[];
  edges: [number, number][];
  costs: number[];
  /** Floor criterion (size, or sum of the floor variable) of each cut's two parts. */
  crit1: number[];
  crit2: number[];
  ssw: number;
}

export function skater(
  data: ReadonlyArray<ArrayLike<number>>,
  neighbours: ReadonlyArray<readonly number[]>,
  options: SkaterOptions,
): Result<SkaterResult> {
  const n = data.length;
  const p = n ? data[0].length : 0;
  const { k } = options;
  if (!Number.isInteger(k) || k < 1 || k > n) {
    return fail([
      {
        code: 'k-out-of-range',
        severity: 'error',
        message: `k must be a whole number from 1 to ${n}; got ${k}.`,
      },
    ]);
  }
  const mst = minimumSpanningTree(data, neighbours, 0);
  if (!mst) {
    return fail([
      {
        code: 'weights-not-connected',
        severity: 'error',
        message:
          'The neighbour links do not connect all units, so they have no spanning tree. Join islands to their nearest unit or use k-nearest-neighbour weights.',
      },
    ]);
  }
  const critMin = options.floor ? options.floor.min : (options.minSize ?? 1);

  const mean = new Float64Array(p);
  const ssw = (nodes: readonly number[]): number => {
    mean.fill(0);
    for (const i of nodes) for (let c = 0; c < p; c++) mean[c] += data[i][c];
    for (let c = 0; c < p; c++) mean[c] /= nodes.length;
    let s = 0;
    for (const i of nodes) s += euclidean(data[i], mean);
    return s;
  };

  // The two parts of a tree (node list + edges) without edge e: part 1 holds edges[e][0].
  const split = (edges: readonly [number, number][], e: number) => {
    const adj = new Map<number, number[]>();
    const add = (a: number, b: number) => {
      const l = adj.get(a);
      if (l) l.push(b);
      else adj.set(a, [b]);
    };
    edges.forEach(([a, b], t) => {
      if (t === e) return;
      add(a, b);
      add(b, a);
    });
    const startNode = edges[e][0];
    const side = new Set<number>([startNode]);
    const stack = [startNode];
    while (stack.length) {
      const u = stack.pop() as number;
      for (const v of adj.get(u) ?? [])
        if (!side.has(v)) {
          side.add(v);
          stack.push(v);
        }
    }
    const nodes1: number[] = [];
    const nodes2: number[] = [];
    const all = new Set<number>();
    for (const [a, b] of edges) {
      all.add(a);
      all.add(b);
    }
    for (const v of all) (side.has(v) ? nodes1 : nodes2).push(v);
    const e1: [number, number][] = [];
    const e2: [number, number][] = [];
    edges.forEach((ed, t) => {
      if (t !== e) (side.has(ed[0]) ? e1 : e2).push(ed);
    });
    return { nodes1, nodes2, e1, e2 };
  };

  // Pricing every edge of a group's tree: the tree is rooted at its first node and laid out
  // in depth-first preorder once (one adjacency list per group), so the far side of each
  // edge is a contiguous run of that order; each edge then costs one pass over the group's
  // rows (the two means, then the two distance sums) and no allocation.
  const localOf = new Int32Array(n);
  const priced = (nodes: number[], edges: [number, number][]): Group => {
    const m = nodes.length;
    const total = ssw(nodes);
    const ne = edges.length;
    const costs = new Float64Array(ne);
    const crit1 = new Float64Array(ne);
    const crit2 = new Float64Array(ne);
    if (ne > 0) {
      for (let i = 0; i < m; i++) localOf[nodes[i]] = i;
      // Adjacency (compressed rows) of the tree on local indices, with edge ids.
      const degree = new Int32Array(m + 1);
      for (const [a, b] of edges) {
        degree[localOf[a] + 1]++;
        degree[localOf[b] + 1]++;
      }
      for (let i = 0; i < m; i++) degree[i + 1] += degree[i];
      const fill = degree.slice(0, m);
      const adjNode = new Int32Array(2 * ne);
      const adjEdge = new Int32Array(2 * ne);
      edges.forEach(([a, b], t) => {
        const la = localOf[a];
        const lb = localOf[b];
        adjNode[fill[la]] = lb;
        adjEdge[fill[la]++] = t;
        adjNode[fill[lb]] = la;
        adjEdge[fill[lb]++] = t;
      });
      // Preorder from local 0: position, subtree size, and the child end of each edge.
      const pos = new Int32Array(m);
      const size = new Int32Array(m).fill(1);
      const order = new Int32Array(m);
      const parent = new Int32Array(m).fill(-1);
      const childOf = new Int32Array(ne);
      const visited = new Uint8Array(m);
      const stack = [0];
      visited[0] = 1;
      let next = 0;
      while (stack.length) {
        const u = stack.pop() as number;
        pos[u] = next;
        order[next++] = u;
        for (let s = degree[u]; s < degree[u + 1]; s++) {
          const v = adjNode[s];
          if (visited[v]) continue;
          visited[v] = 1;
          parent[v] = u;
          childOf[adjEdge[s]] = v;
          stack.push(v);
        }
      }
      for (let t = m - 1; t > 0; t--) {
        const u = order[t];
        size[parent[u]] += size[u];
      }
      // Rows and floor values in preorder.
      const rows = new Float64Array(m * p);
      const critRow = new Float64Array(m);
      for (let t = 0; t < m; t++) {
        const i = nodes[order[t]];
        for (let c = 0; c < p; c++) rows[t * p + c] = data[i][c];
        critRow[t] = options.floor ? options.floor.values[i] : 1;
      }
      const meanIn = new Float64Array(p);
      const meanOut = new Float64Array(p);
      for (let t = 0; t < ne; t++) {
        const c = childOf[t];
        const lo = pos[c];
        const hi = lo + size[c];
        meanIn.fill(0);
        meanOut.fill(0);
        let inCrit = 0;
        let outCrit = 0;
        for (let r = 0; r < m; r++) {
          const inside = r >= lo && r < hi;
          const target = inside ? meanIn : meanOut;
          for (let col = 0; col < p; col++) target[col] += rows[r * p + col];
          if (inside) inCrit += critRow[r];
          else outCrit += critRow[r];
        }
        const nIn = hi - lo;
        const nOut = m - nIn;
        for (let col = 0; col < p; col++) {
          meanIn[col] /= nIn;
          meanOut[col] /= nOut;
        }
        let sIn = 0;
        let sOut = 0;
        for (let r = 0; r < m; r++) {
          const inside = r >= lo && r < hi;
          const target = inside ? meanIn : meanOut;
          let d2 = 0;
          for (let col = 0; col < p; col++) {
            const d = rows[r * p + col] - target[col];
            d2 += d * d;
          }
          if (inside) sIn += Math.sqrt(d2);
          else sOut += Math.sqrt(d2);
        }
        costs[t] = total - (sIn + sOut);
        // Part 1 holds the edge's first unit: the subtree when that unit is the child end.
        const firstIsChild = localOf[edges[t][0]] === c;
        crit1[t] = firstIsChild ? inCrit : outCrit;
        crit2[t] = firstIsChild ? outCrit : inCrit;
      }
    }
    const sorted = Array.from({ length: ne }, (_, t) => t).sort(
      (a, b) => costs[b] - costs[a] || a - b,
    );
    return {
      nodes,
      edges: sorted.map((t) => edges[t]),
      costs: sorted.map((t) => costs[t]),
      crit1: sorted.map((t) => crit1[t]),
      crit2: sorted.map((t) => crit2[t]),
      ssw: total,
    };
  };

  const groups: Group[] = [
    priced(
      Array.from({ length: n }, (_, i) => i),
      mst.map(([a, b]) => [a, b]),
    ),
  ];
  const sswTrace = [groups[0].ssw];
  const notPrune = new Set<number>();
  let candidates = [0];
  const ncuts = k - 1;
  while (groups.length <= ncuts && candidates.length > 0) {
    const dc: [number, number, number][] = [];
    for (const g of candidates) groups[g].costs.forEach((c, t) => dc.push([g, c, t]));
    dc.sort((a, b) => b[1] - a[1]);
    let kk = 0;
    for (;;) {
      if (kk >= dc.length) break;
      const [g, , t] = dc[kk];
      const c1 = groups[g].crit1[t];
      const c2 = groups[g].crit2[t];
      if (c1 < critMin || c2 < critMin) {
        const later = new Set(dc.slice(kk + 1).map((d) => d[0]));
        for (const c of candidates) if (!later.has(c)) notPrune.add(c);
        candidates = groups.map((_, i) => i).filter((i) => !notPrune.has(i));
        kk++;
        if (kk >= dc.length) break;
        continue;
      }
      const s = split(groups[g].edges, t);
      groups[g] = priced(s.nodes1, s.e1);
      groups.push(priced(s.nodes2, s.e2));
      sswTrace.push(groups.reduce((a, gr) => a + gr.ssw, 0));
      candidates = groups.map((_, i) => i).filter((i) => !notPrune.has(i));
      break;
    }
    if (kk >= dc.length) {
      // Every remaining cut broke the floor.
      if (candidates.length > 0 && dc.length === 0) break;
    }
  }
  const labels = new Array<number>(n).fill(0);
  groups.forEach((g, i) => {
    for (const v of g.nodes) labels[v] = i + 1;
  });
  // A group of one unit has no edges: its node list came from the split.
  return ok({ groups: labels, ssw: sswTrace, mst, groupsFound: groups.length });
}
