/**
 * mapSvg(): the standalone SVG export. References: the projection's formula worked by hand
 * (equirectangular, x scaled by cos of the middle latitude, fitted into the box), and the
 * bundled boundaries (16 regions of 2014).
 */
import { describe, expect, it } from 'vitest';
import type { FeatureCollection, Polygon } from 'geojson';
import { KZ_2014 } from '../../../src/data/boundaries/index.ts';
import { fitProjection, mapSvg, pathData } from '../../../src/views/map/mapSvg.ts';

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
  extra: {},
  created: '2026-01-01T00:00:00.000Z',
} as never;

describe('mapSvg', () => {
  it('fitProjection() fits the box with cos(mid-latitude) on x and keeps the aspect', () => {
    // w = 10 cos45 = 7.0711, h = 10; box 200 x 100 with pad 10: s = min(180/7.0711, 80/10) = 8.
    const p = fitProjection(rect, 200, 100, 10);
    const k = Math.cos((45 * Math.PI) / 180);
    const ox = (200 - 10 * k * 8) / 2;
    expect(p(50, 50)[0]).toBeCloseTo(ox, 9);
    expect(p(50, 50)[1]).toBeCloseTo(10, 9);
    expect(p(60, 40)[0]).toBeCloseTo(ox + 10 * k * 8, 9);
    expect(p(60, 40)[1]).toBeCloseTo(90, 9);
    expect(p(55, 45)).toEqual([100, 50]);
  });

  it('pathData() draws each ring as M...L...Z with one decimal', () => {
    const d = pathData(rect.features[0].geometry, (lon, lat) => [lon * 1.04, -lat]);
    expect(d).toBe('M52,-40L62.4,-40L62.4,-50L52,-50L52,-40Z');
  });

  it('mapSvg() has one filled path per region, the legend, labels and the spec', () => {
    const svg = mapSvg({
      features: KZ_2014,
      fill: (id) => (id === 'KZ-ALA' ? '#08306b' : '#c6dbef'),
      noData: '#d9dde3',
      width: 1000,
      height: 620,
      title: 'Index, 2014',
      legend: [
        { colour: '#08306b', label: 'B++ 60.0 – 70.0 (1)' },
        { colour: '#c6dbef', label: 'C 10.0 – 20.0 (15)' },
      ],
      labels: [{ id: 'KZ-ALA', text: 'Almaty', lon: 76.9, lat: 43.25 }],
      selected: ['KZ-AST'],
      meta,
    });
    expect(svg.split('<path ').length - 1).toBe(16);
    for (const f of KZ_2014.features) expect(svg).toContain(`data-region="${f.id}"`);
    expect(svg).toMatch(/fill="#08306b" stroke="#ffffff"[^>]*data-region="KZ-ALA"/);
    expect(svg).toMatch(/stroke="#111" stroke-width="2.5" data-region="KZ-AST"/);
    expect(svg).toContain('>B++ 60.0 – 70.0 (1)</text>');
    expect(svg).toContain('>Almaty</text>');
    expect(svg).toContain('<metadata');
    expect(svg).not.toMatch(/NaN|undefined|Infinity/);
  });

  it('mapSvg() escapes text, so a region name cannot inject markup', () => {
    const svg = mapSvg({
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
    const svg = mapSvg({
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
