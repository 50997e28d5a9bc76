/**
 * The choropleth as a standalone SVG, for export: the boundaries in a simple projection
 * (equirectangular with longitude scaled by the cosine of the middle latitude, which keeps
 * Kazakhstan's shape within a few per cent between 40 and 56 degrees N), filled with the
 * map's colours, plus title, legend and labels. No tiles, so it works offline.
 */
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { escapeXml, svgMetadata, type ExportMeta } from '../common/export.ts';

export interface Projection {
  (lon: number, lat: number): [number, number];
}

type Geom = Polygon | MultiPolygon;

const rings = (g: Geom): Position[][] =>
  g.type === 'Polygon' ? g.coordinates : g.coordinates.flat();

/** A projection that fits the collection's bounding box into width x height with padding. */
export function fitProjection(
  fc: FeatureCollection<Geom>,
  width: number,
  height: number,
  pad = 10,
): Projection {
  let x0 = Infinity;
  let x1 = -Infinity;
  let y0 = Infinity;
  let y1 = -Infinity;
  for (const f of fc.features)
    for (const r of rings(f.geometry))
      for (const [lon, lat] of r) {
        x0 = Math.min(x0, lon);
        x1 = Math.max(x1, lon);
        y0 = Math.min(y0, lat);
        y1 = Math.max(y1, lat);
      }
  if (!Number.isFinite(x0)) return () => [width / 2, height / 2];
  const k = Math.cos((((y0 + y1) / 2) * Math.PI) / 180);
  const w = Math.max((x1 - x0) * k, 1e-9);
  const h = Math.max(y1 - y0, 1e-9);
  const s = Math.min((width - 2 * pad) / w, (height - 2 * pad) / h);
  const ox = (width - w * s) / 2;
  const oy = (height - h * s) / 2;
  return (lon, lat) => [ox + (lon - x0) * k * s, oy + (y1 - lat) * s];
}

const r1 = (x: number) => Math.round(x * 10) / 10;

/** SVG path data of a polygon or multipolygon under a projection (rings closed with Z). */
export function pathData(g: Geom, project: Projection): string {
  return rings(g)
    .map(
      (ring) =>
        ring
          .map(([lon, lat], i) => {
            const [x, y] = project(lon, lat);
            return `${i === 0 ? 'M' : 'L'}${r1(x)},${r1(y)}`;
          })
          .join('') + 'Z',
    )
    .join('');
}

export interface MapSvgInput {
  features: FeatureCollection<Geom>;
  /** Fill per feature id; features without one get `noData`. */
  fill: (id: string) => string;
  noData: string;
  width: number;
  height: number;
  title: string;
  subtitle?: string;
  legend: { colour: string; label: string }[];
  /** `beside`: set the text to the right of the point (a unit drawn as a symbol). */
  labels?: { id: string; text: string; lon: number; lat: number; beside?: boolean }[];
  /** Units too small to see (cities): a circle in the unit's colour at its centre. */
  symbols?: { id: string; lon: number; lat: number; fill: string }[];
  selected?: string[];
  meta: ExportMeta;
}

/** A complete SVG document of the choropleth with its legend and the spec in <metadata>. */
export function mapSvg(inp: MapSvgInput): string {
  const legendW = 230;
  const head = 54;
  const proj = fitProjection(inp.features, inp.width - legendW, inp.height - head, 12);
  const at = (lon: number, lat: number) => {
    const [x, y] = proj(lon, lat);
    return [x, y + head] as const;
  };
  const shifted: Projection = (lon, lat) => [...at(lon, lat)] as [number, number];
  const paths = inp.features.features
    .map((f: Feature<Geom>) => {
      const id = String(f.id ?? '');
      const sel = inp.selected?.includes(id);
      return `<path d="${pathData(f.geometry, shifted)}" fill="${escapeXml(inp.fill(id) || inp.noData)}" stroke="${sel ? '#111' : '#ffffff'}" stroke-width="${sel ? 2.5 : 0.8}" data-region="${escapeXml(id)}"/>`;
    })
    .join('');
  const symbols = (inp.symbols ?? [])
    .map((c) => {
      const [x, y] = at(c.lon, c.lat);
      const sel = inp.selected?.includes(c.id);
      return `<circle cx="${r1(x)}" cy="${r1(y)}" r="6" fill="${escapeXml(c.fill)}" stroke="#1d2430" stroke-width="${sel ? 2.5 : 1.2}" data-city="${escapeXml(c.id)}"/>`;
    })
    .join('');
  const labels = (inp.labels ?? [])
    .map((l) => {
      const [x, y] = at(l.lon, l.lat);
      return `<text x="${r1(l.beside ? x + 9 : x)}" y="${r1(l.beside ? y + 4 : y)}" text-anchor="${l.beside ? 'start' : 'middle'}" font-size="11" font-weight="600" fill="#1d2430" stroke="#fff" stroke-width="3" paint-order="stroke">${escapeXml(l.text)}</text>`;
    })
    .join('');
  const lx = inp.width - legendW + 10;
  const legend = inp.legend
    .map(
      (e, i) =>
        `<rect x="${lx}" y="${head + 26 + i * 22}" width="18" height="13" fill="${escapeXml(e.colour)}" stroke="#888" stroke-width="0.5"/>` +
        `<text x="${lx + 26}" y="${head + 37 + i * 22}" font-size="12" fill="#1d2430">${escapeXml(e.label)}</text>`,
    )
    .join('');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${inp.width}" height="${inp.height}" viewBox="0 0 ${inp.width} ${inp.height}" font-family="Segoe UI, Roboto, Arial, sans-serif">`,
    svgMetadata(inp.meta),
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<text x="12" y="24" font-size="17" font-weight="600" fill="#1d2430">${escapeXml(inp.title)}</text>`,
    inp.subtitle
      ? `<text x="12" y="43" font-size="12" fill="#5b6575">${escapeXml(inp.subtitle)}</text>`
      : '',
    `<g>${paths}</g>`,
    `<g>${symbols}</g>`,
    `<g>${labels}</g>`,
    `<g>${legend}</g>`,
    `</svg>`,
  ].join('');
}
