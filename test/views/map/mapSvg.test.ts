/**
 * mapSvg(): the map's figure export. References: Mercator's formulas worked by hand
 * (x = lambda, y = ln tan(pi/4 + phi/2)) for the corners of a rectangle, and the bundled
 * boundaries (16 regions of 2014).
 */
import { describe, expect, it } from 'vitest';
import type { FeatureCollection, Polygon } from 'geojson';
import { KZ_2014 } from '../../../src/data/boundaries/index.ts';
import { fitProjection, mapSvg } from '../../../src/views/map/mapSvg.ts';
import { baikonurArea } from '../../../src/data/boundaries/baikonur.ts';

// One rectangle from 50E 40N to 60E 50N: middle latitude 45, cos 45 = 0.70711.
const rect: FeatureCollection<Polygon> = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      id: 'R',
      properties: {},
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [50, 40],
            [60, 40],
            [60, 50],
            [50, 50],
            [50, 40],
          ],
        ],
      },
    },
  ],
};

const meta = {
  title: 'Test',
  spec: { version: 1 },
  extra: { language: 'en' },
  created: '2026-01-01T00:00:00.000Z',
} as never;

describe('mapSvg', () => {
  it('fitProjection() is Mercator fitted into the box: corners keep Mercator proportions', () => {
    // Corners: dx = 10 deg = 0.174533 rad; dy = ln tan(70 deg) - ln tan(65 deg) = 0.247784.
    const p = fitProjection(rect, 200, 100, 10);
    const [x0, y0] = p.point(50, 50);
    const [x1, y1] = p.point(60, 40);
    expect((x1 - x0) / (y1 - y0)).toBeCloseTo(0.174533 / 0.247784, 4);
    // Centred in x (x is linear in longitude), inside the padded box.
    expect(p.point(55, 45)[0]).toBeCloseTo(100, 6);
    for (const [x, y] of [p.point(50, 50), p.point(60, 40)]) {
      expect(x).toBeGreaterThanOrEqual(10 - 1e-9);
      expect(x).toBeLessThanOrEqual(190 + 1e-9);
      expect(y).toBeGreaterThanOrEqual(10 - 1e-9);
      expect(y).toBeLessThanOrEqual(90 + 1e-9);
    }
  });

  it('fitProjection() draws RFC 7946 and d3-wound rings alike (never the globe minus the unit)', () => {
    const p = fitProjection(rect, 200, 100, 10);
    const ring = rect.features[0].geometry.coordinates[0];
    const reversed: Polygon = { type: 'Polygon', coordinates: [[...ring].reverse()] };
    const a = p.path(rect.features[0].geometry);
    expect(a).toMatch(/^M[\d.]+,[\d.]+(L[\d.]+,[\d.]+)+Z$/);
    expect(p.path(reversed).length).toBeGreaterThan(10);
    expect(p.path(reversed)).not.toMatch(/M-/);
  });

  it('mapSvg() is a figure: title, subtitle, one path per region, legend, labels, source, spec', () => {
    const { svg, width, height } = mapSvg({
      features: KZ_2014,
      fill: (id) => (id === 'KZ-ALA' ? '#08306b' : '#c6dbef'),
      noData: '#d9dde3',
      width: 800,
      height: 500,
      title: 'Index, 2014',
      subtitle: 'Normalisation: ratio to maximum',
      legend: [
        { colour: '#08306b', label: 'B++ 60.0 – 70.0 (1)' },
        { colour: '#c6dbef', label: 'C 10.0 – 20.0 (15)' },
      ],
      labels: [{ id: 'KZ-ALA', text: 'Almaty', lon: 76.9, lat: 43.25 }],
      selected: ['KZ-AST'],
      meta,
    });
    expect(width).toBeGreaterThan(800);
    expect(height).toBeGreaterThan(500);
    expect(svg.split('<path ').length - 1).toBe(16);
    for (const f of KZ_2014.features) expect(svg).toContain(`data-region="${f.id}"`);
    expect(svg).toMatch(/fill="#08306b" stroke="#ffffff"[^>]*data-region="KZ-ALA"/);
    expect(svg).toMatch(/stroke="#111" stroke-width="2.5" data-region="KZ-AST"/);
    expect(svg).toContain('>Index, 2014</text>');
    expect(svg).toContain('>Normalisation: ratio to maximum</text>');
    expect(svg).toContain('>B++ 60.0 – 70.0 (1)</text>');
    expect(svg).toContain('>Almaty</text>');
    expect(svg).toMatch(/data-role="source">[^<]*Boundaries: Natural Earth/);
    expect(svg).toContain('<metadata');
    expect(svg).not.toMatch(/NaN|undefined|Infinity/);
  });

  it("mapSvg() draws Baikonur's area hatched, outside the regions, named in the legend and explained in a caption", () => {
    const area = baikonurArea(KZ_2014)!;
    const { svg } = mapSvg({
      features: KZ_2014,
      fill: () => '#c6dbef',
      noData: '#d9dde3',
      width: 800,
      height: 500,
      title: 'Index, 2014',
      legend: [{ colour: '#c6dbef', label: 'C (16)' }],
      labels: [{ id: 'KZ-ALA', text: 'Almaty', lon: 76.9, lat: 43.25 }],
      baikonur: { area, name: 'Baikonur', note: 'Leased to Russia until 2050.' },
      meta,
    });
    // Still one path per region: the area is not a region and carries no data-region.
    expect(svg.match(/data-region=/g)).toHaveLength(16);
    expect(svg).toMatch(/<pattern id="atlas-baikonur-hatch"/);
    expect(svg).toMatch(
      /<path d="M[^"]+" fill="url\(#atlas-baikonur-hatch\)"[^>]*data-area="baikonur"><title>Baikonur: Leased to Russia until 2050.<\/title>/,
    );
    expect(svg).toMatch(
      /<rect [^>]*fill="url\(#atlas-baikonur-hatch\)"[^>]*\/><text [^>]*>Baikonur<\/text>/,
    );
    expect(svg).toContain('data-caption="baikonur">Baikonur: Leased to Russia until 2050.</text>');
    expect(svg).not.toMatch(/NaN|undefined|Infinity/);
  });

  it('mapSvg() draws the overlays that are on: site markers and group outlines, with legend entries', () => {
    const { svg } = mapSvg({
      features: KZ_2014,
      fill: () => '#c6dbef',
      noData: '#d9dde3',
      width: 800,
      height: 500,
      title: 'T',
      legend: [],
      sites: [{ key: 'almaty', lon: 76.9, lat: 43.25 }],
      siteLegend: 'Proposed IT-cluster sites',
      outlines: [
        {
          id: 3,
          colour: '#009E73',
          lines: [
            [
              [70, 45],
              [72, 46],
            ],
          ],
          badges: [{ lon: 71, lat: 45 }],
        },
      ],
      outlineLegend: (n) => `Group ${n}`,
      meta,
    });
    expect(svg).toMatch(/<circle [^>]*fill="#ffd23f"[^>]*data-site="almaty"/);
    expect(svg).toContain('>Proposed IT-cluster sites</text>');
    expect(svg).toMatch(/stroke="#009E73"[^>]*data-group="3"/);
    expect(svg).toContain('>Group 3</text>');
  });

  it('mapSvg() escapes text, so a region name cannot inject markup', () => {
    const { svg } = mapSvg({
      features: rect,
      fill: () => '#fff',
      noData: '#ddd',
      width: 300,
      height: 200,
      title: '<script>alert(1)</script>',
      legend: [{ colour: '"><x', label: 'a & b' }],
      labels: [{ id: 'R', text: '</text><script>', lon: 55, lat: 45 }],
      meta,
    });
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(svg).toContain('a &amp; b');
    expect(svg).not.toContain('"><x');
  });

  it('mapSvg() fills a region without a colour with the no-data grey', () => {
    const { svg } = mapSvg({
      features: rect,
      fill: () => '',
      noData: '#d9dde3',
      width: 300,
      height: 200,
      title: 'T',
      legend: [],
      meta,
    });
    expect(svg).toContain('fill="#d9dde3"');
  });
});
