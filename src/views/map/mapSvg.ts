/**
 * The choropleth as a figure, for export: the boundaries in d3-geo's Mercator projection (the
 * projection of the map on screen, Leaflet's Web Mercator, so the file looks like the view)
 * fitted to the box, filled with the map's colours, with the overlays that are switched on
 * (region labels, the proposed IT-cluster sites, the published groups' outlines), framed by
 * the one figure serialiser (common/figure.ts): title, subtitle, legend, source line with the
 * boundaries' credit. No tiles, so it works offline.
 */
import { geoArea, geoMercator, geoPath, type GeoProjection } from 'd3-geo';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { escapeXml, type ExportMeta } from '../common/export.ts';
import { figureSvg, type LegendEntry, type SvgFile } from '../common/figure.ts';

type Geom = Polygon | MultiPolygon;

/** Where a point goes on the figure: [x, y] in pixels. */
export interface Projection {
  (lon: number, lat: number): [number, number];
}

/** A fitted projection: points and the SVG path data of polygons. */
export interface MapProjection {
  point: Projection;
  path: (g: Geom) => string;
}

const reverseRings = (rings: Position[][]) => rings.map((r) => [...r].reverse());

/**
 * The geometry in d3-geo's winding (clockwise exteriors on the sphere): a polygon whose
 * spherical area exceeds a hemisphere was given the other way round (RFC 7946 files, the
 * bundled boundaries) and has every ring reversed (d3-geo README, "Spherical Shapes").
 */
export function d3Winding(g: Geom): Geom {
  if (geoArea({ type: 'Feature', properties: {}, geometry: g }) <= 2 * Math.PI) return g;
  return g.type === 'Polygon'
    ? { type: 'Polygon', coordinates: reverseRings(g.coordinates) }
    : { type: 'MultiPolygon', coordinates: g.coordinates.map(reverseRings) };
}

/**
 * d3-geo's Mercator fitted into width x height with `pad` pixels of margin (fitExtent), path
 * data with one decimal (geoPath.digits).
 */
export function fitProjection(
  fc: FeatureCollection<Geom>,
  width: number,
  height: number,
  pad = 10,
): MapProjection {
  const d3fc: FeatureCollection<Geom> = {
    type: 'FeatureCollection',
    features: fc.features.map((f) => ({ ...f, geometry: d3Winding(f.geometry) })),
  };
  const p: GeoProjection = geoMercator();
  if (d3fc.features.length > 0)
    p.fitExtent(
      [
        [pad, pad],
        [Math.max(width - pad, pad + 1), Math.max(height - pad, pad + 1)],
      ],
      d3fc,
    );
  const path = geoPath(p).digits(1);
  return {
    point: (lon, lat) => {
      const xy = p([lon, lat]);
      return xy ? [xy[0], xy[1]] : [width / 2, height / 2];
    },
    path: (g) => path(d3Winding(g)) ?? '',
  };
}

export interface MapSvgInput {
  features: FeatureCollection<Geom>;
  /** Fill per feature id; features without one get `noData`. */
  fill: (id: string) => string;
  noData: string;
  /** Size of the map itself (the figure adds the title above and the legend beside it). */
  width: number;
  height: number;
  title: string;
  /** The method in words. */
  subtitle?: string;
  legend: LegendEntry[];
  legendTitle?: string;
  /**
   * `beside`: the text right of the point (a unit drawn as a symbol); `below`: under it (a site
   * marker sits on the centre, as on screen: map/Overlays.tsx).
   */
  labels?: {
    id: string;
    text: string;
    lon: number;
    lat: number;
    beside?: boolean;
    below?: boolean;
  }[];
  /** Units too small to see (cities): a circle in the unit's colour at its centre. */
  symbols?: { id: string; lon: number; lat: number; fill: string }[];
  /** Point markers switched on (the proposed IT-cluster sites), with their legend entry. */
  sites?: { key: string; lon: number; lat: number }[];
  siteLegend?: string;
  /** Outlines switched on (the published groups), with a number badge at each member. */
  outlines?: {
    id: number;
    colour: string;
    lines: Position[][];
    badges: { lon: number; lat: number }[];
  }[];
  outlineLegend?: (id: number) => string;
  /**
   * Baikonur's area, where the boundaries cut it out of Kyzylorda (data/boundaries/baikonur.ts):
   * hatched grey with a dashed outline, named on the map and in the legend, its status in a
   * caption line under the map.
   */
  baikonur?: { area: Feature<Polygon>; name: string; note: string };
  selected?: string[];
  meta: ExportMeta;
}

const r1 = (x: number) => Math.round(x * 10) / 10;

/** Id of the hatch pattern of Baikonur's area (the live map uses the same: Overlays.tsx). */
const HATCH = 'atlas-baikonur-hatch';

export const SITE_FILL = '#ffd23f';
export const SITE_STROKE = '#111827';

/** The choropleth figure: one path per unit, overlays, legend, source line, the spec. */
export function mapSvg(inp: MapSvgInput): SvgFile {
  const proj = fitProjection(inp.features, inp.width, inp.height, 12);
  const at = proj.point;
  const paths = inp.features.features
    .map((f: Feature<Geom>) => {
      const id = String(f.id ?? '');
      const sel = inp.selected?.includes(id);
      return `<path d="${proj.path(f.geometry)}" fill="${escapeXml(inp.fill(id) || inp.noData)}" stroke="${sel ? '#111' : '#ffffff'}" stroke-width="${sel ? 2.5 : 0.8}" data-region="${escapeXml(id)}"/>`;
    })
    .join('');
  const outlines = (inp.outlines ?? [])
    .map((o) => {
      const d = o.lines
        .map((line) =>
          line
            .map(([lon, lat], i) => {
              const [x, y] = at(lon, lat);
              return `${i === 0 ? 'M' : 'L'}${r1(x)},${r1(y)}`;
            })
            .join(''),
        )
        .join('');
      const badges = o.badges
        .map((b) => {
          const [x, y] = at(b.lon, b.lat);
          return (
            `<circle cx="${r1(x)}" cy="${r1(y - 19)}" r="9" fill="${escapeXml(o.colour)}" stroke="#ffffff" stroke-width="1.5"/>` +
            `<text x="${r1(x)}" y="${r1(y - 15)}" text-anchor="middle" font-size="11" font-weight="700" fill="#ffffff">${o.id}</text>`
          );
        })
        .join('');
      return (
        `<path d="${d}" fill="none" stroke="#ffffff" stroke-width="6" stroke-opacity="0.9" stroke-linejoin="round"/>` +
        `<path d="${d}" fill="none" stroke="${escapeXml(o.colour)}" stroke-width="3" stroke-dasharray="8 4" stroke-linejoin="round" data-group="${o.id}"/>` +
        badges
      );
    })
    .join('');
  const symbols = (inp.symbols ?? [])
    .map((c) => {
      const [x, y] = at(c.lon, c.lat);
      const sel = inp.selected?.includes(c.id);
      return `<circle cx="${r1(x)}" cy="${r1(y)}" r="6" fill="${escapeXml(c.fill)}" stroke="#1d2430" stroke-width="${sel ? 2.5 : 1.2}" data-city="${escapeXml(c.id)}"/>`;
    })
    .join('');
  const sites = (inp.sites ?? [])
    .map((s) => {
      const [x, y] = at(s.lon, s.lat);
      return `<circle cx="${r1(x)}" cy="${r1(y)}" r="7" fill="${SITE_FILL}" stroke="${SITE_STROKE}" stroke-width="2.5" data-site="${escapeXml(s.key)}"/>`;
    })
    .join('');
  const labels = (inp.labels ?? [])
    .map((l) => {
      const [x, y] = at(l.lon, l.lat);
      const ty = l.beside ? y + 4 : l.below ? y + 21 : y;
      return `<text x="${r1(l.beside ? x + 9 : x)}" y="${r1(ty)}" text-anchor="${l.beside ? 'start' : 'middle'}" font-size="11" font-weight="600" fill="#1d2430" stroke="#fff" stroke-width="3" paint-order="stroke">${escapeXml(l.text)}</text>`;
    })
    .join('');
  const bk = inp.baikonur;
  let baikonur = '';
  if (bk) {
    const c = bk.area.geometry.coordinates[0];
    const [x, y] = at(
      c.reduce((a, p) => a + p[0], 0) / c.length,
      c.reduce((a, p) => a + p[1], 0) / c.length,
    );
    baikonur =
      `<defs><pattern id="${HATCH}" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)"><rect width="6" height="6" fill="#f3f4f6"/><line x1="0" y1="0" x2="0" y2="6" stroke="#6b7280" stroke-width="1.5"/></pattern></defs>` +
      `<path d="${proj.path(bk.area.geometry)}" fill="url(#${HATCH})" stroke="#4b5563" stroke-width="1" stroke-dasharray="4 3" data-area="baikonur"><title>${escapeXml(`${bk.name}: ${bk.note}`)}</title></path>` +
      (inp.labels?.length
        ? `<text x="${r1(x)}" y="${r1(y + 4)}" text-anchor="middle" font-size="10" font-style="italic" fill="#1d2430" stroke="#fff" stroke-width="3" paint-order="stroke">${escapeXml(bk.name)}</text>`
        : '') +
      `<text x="12" y="${inp.height - 4}" font-size="10" fill="#374151" data-caption="baikonur">${escapeXml(`${bk.name}: ${bk.note}`)}</text>`;
  }
  const legend: LegendEntry[] = [...inp.legend];
  if (bk) legend.push({ colour: `url(#${HATCH})`, stroke: '#4b5563', label: bk.name });
  if (inp.sites?.length && inp.siteLegend)
    legend.push({ colour: SITE_FILL, stroke: SITE_STROKE, shape: 'circle', label: inp.siteLegend });
  for (const o of inp.outlines ?? [])
    if (inp.outlineLegend)
      legend.push({ colour: o.colour, shape: 'line', label: inp.outlineLegend(o.id) });
  const body = [
    `<g data-layer="regions">${paths}</g>`,
    `<g data-layer="baikonur">${baikonur}</g>`,
    `<g data-layer="groups">${outlines}</g>`,
    `<g data-layer="cities">${symbols}</g>`,
    `<g data-layer="sites">${sites}</g>`,
    `<g data-layer="labels">${labels}</g>`,
  ].join('');
  return figureSvg({ markup: body, width: inp.width, height: inp.height }, inp.meta, {
    title: inp.title,
    subtitle: inp.subtitle,
    legend,
    legendTitle: inp.legendTitle,
    legendAt: 'right',
    boundaries: true,
  });
}
