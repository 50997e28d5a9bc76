/**
 * baikonurArea(): Baikonur's leased area as the bundled Natural Earth boundaries cut it out of
 * Kyzylorda. References: the leased complex's published area, 6,717 km² (the figure the
 * Kazakhstan-Russia lease of 1994 is cited with, e.g. in the encyclopaedia articles on the
 * Baikonur Cosmodrome), against d3-geo's spherical area (independent of the code under test); and the bundled Kyzylorda polygon's own
 * interior ring, read directly from the file.
 */
import { describe, expect, it } from 'vitest';
import type { FeatureCollection, Polygon } from 'geojson';
import { KZ_2014 } from '../../../src/data/boundaries/index.ts';
import {
  BAIKONUR_POINT,
  baikonurArea,
  ringContains,
} from '../../../src/data/boundaries/baikonur.ts';

interface D3Geo {
  geoArea(o: unknown): number;
  geoContains(o: unknown, p: readonly [number, number]): boolean;
}
const d3geo = (await import('d3-geo' as string)) as D3Geo;

const R = 6371.0088;

const square = (id: string, x0: number, y0: number, x1: number, y1: number, holes = false) => ({
  type: 'Feature' as const,
  id,
  properties: {},
  geometry: {
    type: 'Polygon' as const,
    coordinates: [
      [
        [x0, y0],
        [x1, y0],
        [x1, y1],
        [x0, y1],
        [x0, y0],
      ],
      ...(holes
        ? [
            [
              [63, 45.7],
              [63, 46.1],
              [63.6, 46.1],
              [63.6, 45.7],
              [63, 45.7],
            ],
          ]
        : []),
    ],
  },
});

describe('baikonurArea', () => {
  it("is the bundled Kyzylorda polygon's interior ring around the cosmodrome, counter-clockwise", () => {
    const kzy = KZ_2014.features.find((f) => f.id === 'KZ-KZY')!;
    expect(kzy.geometry.type).toBe('Polygon');
    const hole = (kzy.geometry as Polygon).coordinates[1];
    const b = baikonurArea(KZ_2014)!;
    expect(b).not.toBeNull();
    expect(b.properties).toEqual({ kind: 'baikonur' });
    const ring = b.geometry.coordinates[0];
    expect(ring).toHaveLength(hole.length);
    expect(new Set(ring.map((p) => p.join()))).toEqual(new Set(hole.map((p) => p.join())));
    // Counter-clockwise (RFC 7946 exterior): positive shoelace sum.
    let s = 0;
    for (let i = 0; i + 1 < ring.length; i++)
      s += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
    expect(s).toBeGreaterThan(0);
    expect(ringContains(ring, BAIKONUR_POINT)).toBe(true);
  });

  it('measures within 5 % of the 6,717 km² the lease gives (d3-geo spherical area)', () => {
    const b = baikonurArea(KZ_2014)!;
    // d3-geo wants clockwise exteriors: reverse the RFC 7946 ring for the measurement.
    const cw = {
      ...b,
      geometry: { type: 'Polygon', coordinates: [[...b.geometry.coordinates[0]].reverse()] },
    };
    const km2 = d3geo.geoArea(cw) * R * R;
    expect(km2).toBeGreaterThan(6717 * 0.95);
    expect(km2).toBeLessThan(6717 * 1.05);
    expect(d3geo.geoContains(cw, BAIKONUR_POINT)).toBe(true);
  });

  it("finds the hole in today's Kyzylorda (KZ-43) too, and nothing where Kyzylorda has none", () => {
    const today: FeatureCollection<Polygon> = {
      type: 'FeatureCollection',
      features: [square('KZ-43', 60, 43, 67, 47, true)],
    };
    const b = baikonurArea(today)!;
    expect(b.geometry.coordinates[0]).toHaveLength(5);
    const filled: FeatureCollection<Polygon> = {
      type: 'FeatureCollection',
      features: [square('KZ-43', 60, 43, 67, 47)],
    };
    expect(baikonurArea(filled)).toBeNull();
    // A hole in another region, or in a unit the registry does not know, is not Baikonur.
    const other: FeatureCollection<Polygon> = {
      type: 'FeatureCollection',
      features: [
        square('KZ-AKT', 60, 43, 67, 47, true),
        square('district-1', 60, 43, 67, 47, true),
      ],
    };
    expect(baikonurArea(other)).toBeNull();
  });
});
