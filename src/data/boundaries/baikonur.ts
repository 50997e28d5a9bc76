/**
 * Baikonur: the area around the cosmodrome and the town, leased by Kazakhstan to Russia until
 * 2050, is cut out of Kyzylorda region in the bundled Natural Earth boundaries (geo/README.md,
 * "Baikonur") as an interior ring of the Kyzylorda polygon. The map draws that ring as its own
 * marked area rather than leaving an unexplained blank. Its shape is taken from the boundary set
 * on the map itself (never from another source): the interior ring of the Kyzylorda feature that
 * contains the cosmodrome's position. A set without such a hole (many imported files fill it
 * into Kyzylorda) yields nothing, and nothing is drawn.
 */
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { regionByCode } from '../regions/registry.ts';

/** The cosmodrome's launch complex, about 63.3 E, 45.9 N (inside the leased area). */
export const BAIKONUR_POINT: readonly [number, number] = [63.3, 45.9];

/** Leased to Russia until this year (1994 agreement, extended in 2004). */
export const BAIKONUR_LEASE_END = 2050;

/** Even-odd ray test of a point against a closed ring of [lon, lat] positions (planar). */
export function ringContains(
  ring: readonly Position[],
  [x, y]: readonly [number, number],
): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

type Geom = Polygon | MultiPolygon;

/**
 * The Baikonur area of a boundary set as a polygon feature (exterior ring counter-clockwise, as
 * RFC 7946 asks), or null when the Kyzylorda feature has no interior ring around the cosmodrome.
 * The Kyzylorda feature is the one whose id is one of Kyzylorda region's codes (KZ-KZY, KZ-43).
 */
export function baikonurArea(fc: FeatureCollection<Geom>): Feature<Polygon> | null {
  for (const f of fc.features) {
    if (regionByCode(String(f.id ?? ''))?.id !== 'kyzylorda') continue;
    const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    for (const rings of polys) {
      for (const hole of rings.slice(1)) {
        if (!ringContains(hole, BAIKONUR_POINT)) continue;
        const ring = hole.map((p) => [p[0], p[1]]);
        // Shoelace sign: positive = counter-clockwise in lon/lat.
        let area = 0;
        for (let i = 0, j = ring.length - 1; i < ring.length; j = i++)
          area += (ring[j][0] - ring[i][0]) * (ring[j][1] + ring[i][1]);
        return {
          type: 'Feature',
          properties: { kind: 'baikonur' },
          geometry: { type: 'Polygon', coordinates: [area > 0 ? ring : ring.reverse()] },
        };
      }
    }
  }
  return null;
}
