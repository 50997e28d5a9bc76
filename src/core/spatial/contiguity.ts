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
 * shared arcs, so queen corner contacts would need a second pass anyway. Here every
 * distinct vertex goes into a hash grid of cell size `tolerance`, and only the 3 x 3 cells
 * around it are searched: O(V) for V vertices.
 */
import { ringsOf, type SpatialUnit } from './boundaryGeometry.ts';

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
  // Distinct vertices of each unit (the closing point of a ring repeats the first).
  const xs: number[] = [];
  const ys: number[] = [];
  const owner: number[] = [];
  for (let u = 0; u < n; u++) {
    const seen = new Set<string>();
    for (const ring of ringsOf(units[u].geometry)) {
      for (const p of ring) {
        const x = p[0];
        const y = p[1];
        const key = `${x},${y}`;
        if (seen.has(key)) continue;
        seen.add(key);
        xs.push(x);
        ys.push(y);
        owner.push(u);
      }
    }
  }
  const m = xs.length;
  // Shared-point counts per pair (i < j), counted once per distinct point of the smaller side.
  const counts = new Map<number, number>();
  const bump = (a: number, b: number, perPoint: Set<number>) => {
    const lo = Math.min(a, b);
    const hi = Math.max(a, b);
    const key = lo * n + hi;
    if (perPoint.has(key)) return;
    perPoint.add(key);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  };
  if (tolerance <= 0) {
    const byPoint = new Map<string, number[]>();
    for (let t = 0; t < m; t++) {
      const key = `${xs[t]},${ys[t]}`;
      const list = byPoint.get(key);
      if (list) list.push(owner[t]);
      else byPoint.set(key, [owner[t]]);
    }
    for (const list of byPoint.values()) {
      if (list.length < 2) continue;
      const perPoint = new Set<number>();
      for (let a = 0; a < list.length; a++)
        for (let b = a + 1; b < list.length; b++) bump(list[a], list[b], perPoint);
    }
  } else {
    const cell = tolerance;
    const grid = new Map<string, number[]>();
    const cx = new Float64Array(m);
    const cy = new Float64Array(m);
    for (let t = 0; t < m; t++) {
      cx[t] = Math.floor(xs[t] / cell);
      cy[t] = Math.floor(ys[t] / cell);
      const key = `${cx[t]},${cy[t]}`;
      const list = grid.get(key);
      if (list) list.push(t);
      else grid.set(key, [t]);
    }
    const tol2 = tolerance * tolerance;
    for (let t = 0; t < m; t++) {
      // Each point of unit owner[t] counts at most once per other unit.
      const perPoint = new Set<number>();
      for (let dx = -1; dx <= 1; dx++) {
        for (let dy = -1; dy <= 1; dy++) {
          const list = grid.get(`${cx[t] + dx},${cy[t] + dy}`);
          if (!list) continue;
          for (const s of list) {
            if (s <= t || owner[s] === owner[t]) continue;
            const ddx = xs[s] - xs[t];
            const ddy = ys[s] - ys[t];
            if (ddx * ddx + ddy * ddy <= tol2) bump(owner[t], owner[s], perPoint);
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
