/**
 * Queen and rook contiguity by vertex matching with a tolerance, the rule of R spdep's
 * `poly2nb(pl, queen, snap)`: two units are queen neighbours when at least one boundary point
 * of one lies within `tolerance` (Euclidean, in coordinate units: degrees for lon/lat) of a
 * boundary point of the other, and rook neighbours when at least two distinct points do
 * (spdep: "more than one boundary point"; for boundaries that share their vertices, which
 * is what topology-preserving tools write, that is a shared edge). spdep's default snap is
 * sqrt(.Machine$double.eps) = 1.49e-8; so is ours.
 *
 * Holes are boundaries too: an enclave (Almaty city in Almaty region, Astana in Akmola) whose
 * ring is the hole of the surrounding unit touches it; a hole covered by no unit (Baikonur in
 * Kyzylorda) adds no neighbour.
 *
 * Why vertex matching and not topojson-server + topojson-client's `neighbors`: that path
 * quantises the coordinates (a tolerance the user cannot set in degrees), and it only sees
 * shared arcs, so queen corner contacts would need a second pass anyway.
 *
 * How: every vertex goes through an exact hash of its coordinates (pointTable.ts), which gives
 * the distinct points and the units owning each; a point owned by several units is a contact
 * of each pair of them. With a tolerance above 0 the distinct points (not every vertex) also
 * go into a hash grid of cell size `tolerance`, and each point looks in the 3 x 3 cells around
 * it for other points within the tolerance: O(V) for V vertices. Two units' contact count is
 * the number of (point of one, point of the other) pairs within the tolerance, as spdep's
 * `polypoly` counts them; queen needs one, rook two.
 */
import { ringsOf, type SpatialUnit } from './boundaryGeometry.ts';
import { PointTable } from './pointTable.ts';

export const DEFAULT_SNAP = Math.sqrt(2 ** -52);

export type ContiguityRule = 'queen' | 'rook';

/**
 * Neighbour lists (0-based, ascending) of the units by queen or rook contiguity.
 * `tolerance` >= 0 (0 = exact coordinate equality).
 */
export function contiguityNeighbours(
  units: ReadonlyArray<SpatialUnit>,
  rule: ContiguityRule,
  tolerance: number = DEFAULT_SNAP,
): number[][] {
  const n = units.length;
  // Distinct points, each with the list of its owning units (linked through `next`).
  const points = new PointTable(1024);
  const head: number[] = [];
  const lastOwner: number[] = [];
  const entryOwner: number[] = [];
  const entryNext: number[] = [];
  for (let u = 0; u < n; u++) {
    for (const ring of ringsOf(units[u].geometry)) {
      for (const p of ring) {
        const id = points.add(p[0], p[1]);
        if (id === head.length) {
          head.push(-1);
          lastOwner.push(-1);
        }
        if (lastOwner[id] === u) continue; // a unit's own repeated vertex counts once
        lastOwner[id] = u;
        entryOwner.push(u);
        entryNext.push(head[id]);
        head[id] = entryOwner.length - 1;
      }
    }
  }
  const m = points.size;
  // Contact counts per pair (i < j).
  const counts = new Map<number, number>();
  const bump = (a: number, b: number) => {
    const key = a < b ? a * n + b : b * n + a;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  };
  for (let id = 0; id < m; id++) {
    for (let e = head[id]; e >= 0; e = entryNext[e])
      for (let f = entryNext[e]; f >= 0; f = entryNext[f]) bump(entryOwner[e], entryOwner[f]);
  }
  if (tolerance > 0) {
    const xs = points.xs;
    const ys = points.ys;
    const cells = new PointTable(m);
    const cellHead: number[] = [];
    const pointNext = new Int32Array(m);
    const cx = new Float64Array(m);
    const cy = new Float64Array(m);
    for (let id = 0; id < m; id++) {
      cx[id] = Math.floor(xs[id] / tolerance);
      cy[id] = Math.floor(ys[id] / tolerance);
      const c = cells.add(cx[id], cy[id]);
      if (c === cellHead.length) cellHead.push(-1);
      pointNext[id] = cellHead[c];
      cellHead[c] = id;
    }
    const tol2 = tolerance * tolerance;
    for (let id = 0; id < m; id++) {
      for (let dx = -1; dx <= 1; dx++) {
        for (let dy = -1; dy <= 1; dy++) {
          const c = cells.get(cx[id] + dx, cy[id] + dy);
          if (c < 0) continue;
          for (let q = cellHead[c]; q >= 0; q = pointNext[q]) {
            if (q <= id) continue;
            const ddx = xs[q] - xs[id];
            const ddy = ys[q] - ys[id];
            if (ddx * ddx + ddy * ddy > tol2) continue;
            for (let e = head[id]; e >= 0; e = entryNext[e])
              for (let f = head[q]; f >= 0; f = entryNext[f])
                if (entryOwner[e] !== entryOwner[f]) bump(entryOwner[e], entryOwner[f]);
          }
        }
      }
    }
  }
  const need = rule === 'queen' ? 1 : 2;
  const nb: number[][] = Array.from({ length: n }, () => []);
  for (const [key, c] of counts) {
    if (c < need) continue;
    const i = Math.floor(key / n);
    const j = key % n;
    nb[i].push(j);
    nb[j].push(i);
  }
  for (const row of nb) row.sort((a, b) => a - b);
  return nb;
}
