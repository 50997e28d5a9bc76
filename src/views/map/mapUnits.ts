/**
 * What the map draws for each unit of the boundary set in use (bundled 2014 regions or an
 * imported set, e.g. today's 20): its label and where it goes, whether it is too small to see
 * at the national view (Astana, Almaty, Shymkent: drawn again as a symbol in its class colour),
 * and which data row colours it. Unchanged units carry both their 2014 letter code and today's
 * numeric code (docs/methods.md, "Today's regions and the crosswalk to 2014"), so a 2014 table
 * colours today's Akmola (KZ-11) and today's table colours 2014's Akmola (KZ-AKM); a unit whose
 * territory changed (East Kazakhstan without Abai) is never coloured with the other scheme's
 * figure.
 */
import { geoArea, geoCentroid } from 'd3-geo';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { sameTerritory } from '../../data/regions/crosswalk.ts';
import { centreIn, regionByCode, type Scheme } from '../../data/regions/registry.ts';
import { unitName } from '../../data/units/unitNames.ts';
import { d3Winding } from './mapSvg.ts';

type Geom = Polygon | MultiPolygon;

export interface MapUnit {
  /** Feature id (an ISO code of the boundary set's scheme). */
  id: string;
  /** Short name in the interface language; a user unit's own name; else the id. */
  label: string;
  lon: number;
  lat: number;
  /** A city, or a unit under SMALL_SHARE of the map's area: drawn as a symbol too. */
  small: boolean;
}

/** Above this many units the map carries no permanent labels (they would cover it). */
export const MAX_LABELLED_UNITS = 60;

/** Units under this share of the whole map's area are hard to see at the national view. */
export const SMALL_SHARE = 0.002;

/**
 * The units of a feature collection with labels in `lang`. Label positions: the registry's
 * administrative centre in the boundaries' scheme, else the feature's spherical centroid
 * (d3-geo geoCentroid).
 */
export function mapUnits(
  fc: FeatureCollection<Geom>,
  lang: 'ru' | 'kk' | 'en',
  scheme: Scheme = '2014',
): MapUnit[] {
  // d3-geo reads an RFC 7946 ring (counter-clockwise) as the globe minus the unit, whose
  // centroid is the antipode: measure and place in d3's winding (mapSvg.ts, d3Winding).
  const d3f = fc.features.map((f) => ({ ...f, geometry: d3Winding(f.geometry) }) as Feature);
  const areas = d3f.map((f) => geoArea(f));
  const total = areas.reduce((a, b) => a + b, 0) || 1;
  return fc.features.map((f, i) => {
    const id = String(f.id ?? '');
    const region = regionByCode(id);
    const centre = region ? centreIn(region, scheme) : null;
    const [lon, lat] = centre ? [centre.lon, centre.lat] : geoCentroid(d3f[i]);
    return {
      id,
      label: region ? region.shortNames[lang] : (unitName(id) ?? id),
      lon,
      lat,
      // By area only on maps of few units: on a fine grid every cell is small.
      small:
        region?.kind === 'city' ||
        (fc.features.length <= MAX_LABELLED_UNITS && areas[i] / total < SMALL_SHARE),
    };
  });
}

/**
 * The key under which `values` holds a unit's figure: its own id, else (for a unit whose
 * territory did not change between the schemes) any other code it carries. Undefined when the
 * data have no row for it.
 */
export function dataKey(id: string, values: { has(key: string): boolean }): string | undefined {
  if (values.has(id)) return id;
  const region = regionByCode(id);
  if (!region || !sameTerritory(region)) return undefined;
  return region.codes.find((c) => values.has(c));
}
