import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { KZ_2014 } from '../../../src/data/boundaries/index.ts';
import { lookupRegion } from '../../../src/data/regions/lookup.ts';
import { dataKey, mapUnits } from '../../../src/views/map/mapUnits.ts';
import { setUnitNames } from '../../../src/data/units/unitNames.ts';
import { regionName } from '../../../src/views/map/regionName.ts';

const current = JSON.parse(
  readFileSync(
    fileURLToPath(
      new URL('../../fixtures/readers/regions-current-synthetic.geojson', import.meta.url),
    ),
    'utf8',
  ),
) as FeatureCollection<Polygon | MultiPolygon>;

describe('mapUnits()', () => {
  it('mapUnits() labels the bundled 16 regions and draws the two cities as symbols', () => {
    const units = mapUnits(KZ_2014, 'ru');
    expect(units).toHaveLength(16);
    expect(
      units
        .filter((u) => u.small)
        .map((u) => u.id)
        .sort(),
    ).toEqual(['KZ-ALA', 'KZ-AST']);
    const ala = units.find((u) => u.id === 'KZ-ALA')!;
    expect(ala.label).toBe('Алматы');
    // Almaty city's label sits at the city, inside the bundled Almaty Region polygon's box.
    expect(ala.lon).toBeCloseTo(76.9, 0);
    expect(ala.lat).toBeCloseTo(43.25, 0);
  });
  it("mapUnits() gives today's names and three cities for a 20-unit boundary set", () => {
    // The importer keys features by today's ISO code, matched from their names.
    const withIds = {
      ...current,
      features: current.features.map((f) => ({
        ...f,
        id: lookupRegion(String(f.properties?.name_kk), 'current').region!.code.current,
      })),
    };
    const units = mapUnits(withIds, 'en', 'current');
    expect(units).toHaveLength(20);
    expect(units.map((u) => u.label)).toEqual(
      expect.arrayContaining(['Abai', 'Zhetisu', 'Ulytau', 'Shymkent', 'Turkistan']),
    );
    expect(units.map((u) => u.label)).not.toContain('South Kazakhstan');
    expect(
      units
        .filter((u) => u.small)
        .map((u) => u.id)
        .sort(),
    ).toEqual(['KZ-71', 'KZ-75', 'KZ-79']);
    // Almaty Region's label follows its centre of today (Konaev, not Taldykorgan).
    const alm = units.find((u) => u.id === 'KZ-19')!;
    expect(alm.lon).toBeCloseTo(77.1, 0);
  });
});

describe("mapUnits() on the user's own units (issue 11, item 4)", () => {
  it('labels a unit with its own name at its centre (an RFC 7946 ring, not its antipode), and regionName() falls back to it', () => {
    // Two 1 x 0.6 degree rectangles, counter-clockwise as RFC 7946 asks.
    const rect = (id: string, x0: number): FeatureCollection<Polygon>['features'][number] => ({
      type: 'Feature',
      id,
      properties: {},
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [x0, 45],
            [x0 + 1, 45],
            [x0 + 1, 45.6],
            [x0, 45.6],
            [x0, 45],
          ],
        ],
      },
    });
    const fc: FeatureCollection<Polygon> = {
      type: 'FeatureCollection',
      features: [rect('431010000', 61), rect('431020000', 62)],
    };
    setUnitNames({
      keyProperty: 'KATO',
      nameProperty: 'name_ru',
      units: [
        { code: '431010000', name: 'Аральский район', feature: 1 },
        { code: '431020000', name: 'Казалинский район', feature: 2 },
      ],
    });
    try {
      const u = mapUnits(fc, 'ru');
      expect(u.map((x) => x.label)).toEqual(['Аральский район', 'Казалинский район']);
      expect(u[0].lon).toBeCloseTo(61.5, 2);
      expect(u[0].lat).toBeCloseTo(45.3, 2);
      // Two equal halves of the map: neither is "too small to see".
      expect(u.map((x) => x.small)).toEqual([false, false]);
      expect(regionName('431020000', { lang: 'kk' })).toBe('Казалинский район');
      expect(regionName('KZ-AKM', { lang: 'ru' })).toBe('Акмолинская область');
    } finally {
      setUnitNames(null);
    }
    expect(regionName('431020000', { lang: 'ru' })).toBe('431020000');
  });
});

describe('dataKey()', () => {
  const values = new Map<string, number | null>([
    ['KZ-AKM', 1],
    ['KZ-VOS', 2],
    ['KZ-11', 3],
  ]);
  it('dataKey() prefers the unit’s own code', () => {
    expect(dataKey('KZ-11', values)).toBe('KZ-11');
  });
  it('dataKey() bridges an unchanged unit between its 2014 and today’s codes', () => {
    expect(dataKey('KZ-AKM', new Map([['KZ-11', 5]]))).toBe('KZ-11');
    expect(dataKey('KZ-15', new Map([['KZ-AKT', 5]]))).toBe('KZ-AKT');
  });
  it('dataKey() never colours a unit whose territory changed with the other scheme’s figure', () => {
    // Today's East Kazakhstan (KZ-63) lost Abai: 2014's KZ-VOS figure is not its figure.
    expect(dataKey('KZ-63', values)).toBeUndefined();
    expect(dataKey('KZ-62', values)).toBeUndefined();
  });
});
