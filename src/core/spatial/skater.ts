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
  const crit = (nodes: readonly number[]): number => {
    if (options.floor) {
      let s = 0;
      for (const i of nodes) s += options.floor.values[i];
      return s;
    }
    return nodes.length;
  };
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

  const priced = (nodes: number[], edges: [number, number][]): Group => {
    const total = ssw(nodes);
    const costs = edges.map((_, e) => {
      const s = split(edges, e);
      return total - (ssw(s.nodes1) + ssw(s.nodes2));
    });
    const order = costs.map((_, t) => t).sort((a, b) => costs[b] - costs[a] || a - b);
    return {
      nodes,
      edges: order.map((t) => edges[t]),
      costs: order.map((t) => costs[t]),
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
      const s = split(groups[g].edges, t);
      const c1 = crit(s.nodes1);
      const c2 = crit(s.nodes2);
      if (c1 < critMin || c2 < critMin) {
        const later = new Set(dc.slice(kk + 1).map((d) => d[0]));
        for (const c of candidates) if (!later.has(c)) notPrune.add(c);
        candidates = groups.map((_, i) => i).filter((i) => !notPrune.has(i));
        kk++;
        if (kk >= dc.length) break;
        continue;
      }
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
