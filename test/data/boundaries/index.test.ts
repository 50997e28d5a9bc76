import { describe, expect, it } from 'vitest';
import type { Position } from 'geojson';
import { KZ_2014, KZ_2014_CODES, forD3 } from '../../../src/data/boundaries/index.ts';
import type { BoundaryFeature } from '../../../src/data/boundaries/index.ts';
import { centreIn, regionsOf } from '../../../src/data/regions/registry.ts';

// d3-geo is here only as a dependency of @observablehq/plot and has no types installed, so it
// is loaded untyped; it is the independent reference for winding and spherical area.
interface D3Geo {
  geoArea(o: unknown): number;
  geoContains(o: unknown, p: [number, number]): boolean;
}
const d3geo = (await import('d3-geo' as string)) as D3Geo;

const polygons = (f: BoundaryFeature): Position[][][] =>
  f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;

/** Twice the signed planar area (lon, lat): > 0 for counter-clockwise. */
function signedArea(ring: Position[]): number {
  let s = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    s += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
  }
  return s;
}

/** Even-odd ray casting over all rings of a feature (holes included). */
function inside(f: BoundaryFeature, [x, y]: [number, number]): boolean {
  let hit = false;
  for (const poly of polygons(f)) {
    for (const ring of poly) {
      for (let i = 0, j = ring.length - 2; i < ring.length - 1; j = i++) {
        const [xi, yi] = ring[i];
        const [xj, yj] = ring[j];
        if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) hit = !hit;
      }
    }
  }
  return hit;
}

describe('KZ_2014 (bundled Natural Earth boundaries)', () => {
  it('KZ_2014 has 16 features, exactly one per 2014 registry unit, keyed by ISO code', () => {
    const units = regionsOf('2014');
    expect(KZ_2014.type).toBe('FeatureCollection');
    expect(KZ_2014.features).toHaveLength(16);
    expect(KZ_2014_CODES).toEqual(units.map((r) => r.code['2014']));
    KZ_2014.features.forEach((f, i) => {
      expect(f.id).toBe(units[i].code['2014']);
      expect(f.properties.code).toBe(f.id);
      expect(f.properties.ne_id).toBe(units[i].naturalEarthId);
      expect(f.properties.name_en).toBe(units[i].names.en);
    });
  });

  it('KZ_2014 keeps every coordinate inside the bounding box of Kazakhstan, to 4 decimals', () => {
    for (const f of KZ_2014.features) {
      for (const poly of polygons(f)) {
        for (const ring of poly) {
          for (const [lon, lat] of ring) {
            expect(lon).toBeGreaterThanOrEqual(46.4);
            expect(lon).toBeLessThanOrEqual(87.4);
            expect(lat).toBeGreaterThanOrEqual(40.5);
            expect(lat).toBeLessThanOrEqual(55.5);
            expect(Math.round(lon * 1e4) / 1e4).toBe(lon);
            expect(Math.round(lat * 1e4) / 1e4).toBe(lat);
          }
        }
      }
    }
  });

  it('KZ_2014 closes every ring and gives it at least 4 positions', () => {
    for (const f of KZ_2014.features) {
      for (const poly of polygons(f)) {
        for (const ring of poly) {
          expect(ring.length).toBeGreaterThanOrEqual(4);
          expect(ring[ring.length - 1]).toEqual(ring[0]);
        }
      }
    }
  });

  it('KZ_2014 winds exteriors counter-clockwise and holes clockwise (RFC 7946)', () => {
    for (const f of KZ_2014.features) {
      for (const poly of polygons(f)) {
        expect(signedArea(poly[0]), `${f.id} exterior`).toBeGreaterThan(0);
        for (const hole of poly.slice(1)) expect(signedArea(hole), `${f.id} hole`).toBeLessThan(0);
      }
    }
  });

  it('forD3() reverses the winding so that d3-geo sees each region, not the rest of the globe', () => {
    const d3 = forD3(KZ_2014);
    for (const [i, f] of d3.features.entries()) {
      // As written (RFC 7946), d3-geo reads the complement: more than a hemisphere (2 pi sr).
      expect(d3geo.geoArea(KZ_2014.features[i]), `${f.id} raw`).toBeGreaterThan(2 * Math.PI);
      expect(d3geo.geoArea(f), `${f.id} forD3`).toBeLessThan(0.05);
      for (const poly of polygons(f)) expect(signedArea(poly[0])).toBeLessThan(0);
    }
    // forD3 copies: the shared collection is unchanged.
    expect(signedArea(polygons(KZ_2014.features[0])[0][0])).toBeGreaterThan(0);
  });

  it('KZ_2014 covers about the area of Kazakhstan (2,724,900 km2) less Baikonur', () => {
    const R = 6371.0088; // mean Earth radius, km (IUGG)
    const total = forD3(KZ_2014).features.reduce((s, f) => s + d3geo.geoArea(f) * R * R, 0);
    // Natural Earth at this scale is coarse: within 2% of the official area.
    expect(Math.abs(total - 2_724_900) / 2_724_900).toBeLessThan(0.02);
  });

  it('KZ_2014 holds each 2014 centre from the registry inside its own region only', () => {
    for (const r of regionsOf('2014')) {
      const c = centreIn(r, '2014');
      const p: [number, number] = [c.lon, c.lat];
      const hits = KZ_2014.features.filter((f) => inside(f, p)).map((f) => f.id);
      expect(hits, `${r.id} centre ${c.names.en}`).toEqual([r.code['2014']]);
      expect(
        d3geo.geoContains(forD3(KZ_2014).features[KZ_2014_CODES.indexOf(r.code['2014']!)], p),
      ).toBe(true);
    }
  });

  it('KZ_2014 cuts Astana and Almaty city out of their oblasts and leaves Baikonur as a hole', () => {
    const byId = new Map(KZ_2014.features.map((f) => [f.id, f]));
    const sameRing = (a: Position[], b: Position[]) =>
      new Set(a.map((p) => p.join())).size === new Set([...a, ...b].map((p) => p.join())).size;
    const akmHole = polygons(byId.get('KZ-AKM')!)[0][1];
    expect(sameRing(akmHole, polygons(byId.get('KZ-AST')!)[0][0])).toBe(true);
    const almHole = polygons(byId.get('KZ-ALM')!)[0][1];
    expect(sameRing(almHole, polygons(byId.get('KZ-ALA')!)[0][0])).toBe(true);
    // Baikonur (63.3 E, 45.9 N, leased to Russia) is in no feature.
    expect(KZ_2014.features.filter((f) => inside(f, [63.3, 45.9]))).toEqual([]);
    expect(polygons(byId.get('KZ-KZY')!)[0]).toHaveLength(2);
  });
});
