import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBoundaries } from '../../../src/data/readers/readBoundaries.ts';

const fx = (name: string) => readFileSync(join(__dirname, '../../fixtures/readers', name));

describe('readBoundaries()', () => {
  it('readBoundaries() matches the 20 synthetic regions by Russian name and detects the current scheme', async () => {
    const r = await readBoundaries(fx('regions-current-synthetic.geojson'), 'cur.geojson', {
      tableCodes: ['KZ-61', 'KZ-79', 'KZ-YUZ'],
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.scheme).toBe('current');
    expect(r.value.nameProperty).toMatch(/^name_(ru|kk)$/);
    expect(r.value.report.matched).toBe(20);
    expect(new Set(r.value.features.map((f) => f.id)).size).toBe(20);
    expect(r.value.report.join?.matched).toEqual(['KZ-61', 'KZ-79']);
    expect(r.value.report.join?.dataWithoutFeatures).toEqual(['KZ-YUZ']);
    expect(r.value.report.join?.featuresWithoutData).toHaveLength(18);
  });
  it('readBoundaries() closes an open ring with a warning and rejects a 3-position ring by feature', async () => {
    const r = await readBoundaries(fx('broken-unclosed-ring.geojson'), 'ring.geojson');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => [i.code, i.where?.feature])).toEqual([
      ['ring-closed', 2],
      ['short-ring', 3],
    ]);
  });
  it('readBoundaries() flags projected coordinates and non-polygons with the feature number', async () => {
    const r = await readBoundaries(fx('broken-projected.geojson'), 'proj.geojson');
    expect(!r.ok && r.issues.map((i) => [i.code, i.where?.feature])).toEqual([
      ['projected-coordinates', 1],
      ['wrong-geometry-type', 2],
    ]);
    expect(!r.ok && r.issues[0].message).toContain('EPSG:4326');
  });
  it('readBoundaries() reads TopoJSON and uses feature ids as ISO codes', async () => {
    const topo = {
      type: 'Topology',
      objects: {
        kz: {
          type: 'GeometryCollection',
          geometries: [
            {
              type: 'Polygon',
              id: 'KZ-AKM',
              arcs: [[0]],
              properties: { name: '<script>alert(1)</script>' },
            },
          ],
        },
      },
      arcs: [
        [
          [69, 53],
          [70, 53],
          [70, 54],
          [69, 54],
          [69, 53],
        ],
      ],
    };
    const r = await readBoundaries(JSON.stringify(topo), 'kz.topojson');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.format).toBe('topojson');
    expect(r.value.idProperty).toBe('$id');
    expect(r.value.features[0].id).toBe('KZ-AKM');
    expect(r.value.features[0].properties?.name).toBe('<script>alert(1)</script>');
    const bad = await readBoundaries(JSON.stringify({ ...topo, arcs: 5 }), 'bad.topojson');
    expect(!bad.ok && bad.issues[0].code).toBe('bad-arcs');
  });
  it('readBoundaries() reports invalid JSON without throwing', async () => {
    const r = await readBoundaries('{"type": "FeatureCollection", ', 'x.geojson');
    expect(!r.ok && r.issues[0].code).toBe('invalid-json');
  });
});
