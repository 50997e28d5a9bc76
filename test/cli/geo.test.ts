import { describe, expect, it } from 'vitest';
import type { FeatureCollection, Polygon, Position } from 'geojson';
import { runCli } from '../../src/cli/main.ts';

async function run(argv: string[]) {
  let out = '';
  let err = '';
  const code = await runCli(argv, { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

function signedArea(ring: Position[]): number {
  let s = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    s += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
  }
  return s;
}

describe('atlas geo', () => {
  it('atlas geo prints a FeatureCollection of 16 features whose ids are ISO codes', async () => {
    const r = await run(['geo']);
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    const fc = JSON.parse(r.out) as FeatureCollection;
    expect(fc.type).toBe('FeatureCollection');
    expect(fc.features.map((f) => f.id)).toEqual([
      'KZ-AKM',
      'KZ-AKT',
      'KZ-ALA',
      'KZ-ALM',
      'KZ-AST',
      'KZ-ATY',
      'KZ-KAR',
      'KZ-KUS',
      'KZ-KZY',
      'KZ-MAN',
      'KZ-PAV',
      'KZ-SEV',
      'KZ-VOS',
      'KZ-YUZ',
      'KZ-ZAP',
      'KZ-ZHA',
    ]);
    expect(fc.features[1].properties).toEqual({
      code: 'KZ-AKT',
      name_en: 'Aktobe Region',
      ne_id: 'KZ.AT',
      ne_name: 'Aqtöbe',
    });
  });

  it('atlas geo --winding d3 turns exterior rings clockwise', async () => {
    const rfc = JSON.parse((await run(['geo'])).out) as FeatureCollection<Polygon>;
    const d3 = JSON.parse(
      (await run(['geo', '--winding', 'd3'])).out,
    ) as FeatureCollection<Polygon>;
    const akmRfc = rfc.features[0].geometry.coordinates[0];
    const akmD3 = d3.features[0].geometry.coordinates[0];
    expect(signedArea(akmRfc)).toBeGreaterThan(0);
    expect(signedArea(akmD3)).toBeLessThan(0);
    expect(akmD3).toEqual([...akmRfc].reverse());
  });

  it('atlas geo --format csv prints code, name and bounding box per unit', async () => {
    const r = await run(['geo', '--format', 'csv']);
    expect(r.code).toBe(0);
    const lines = r.out.trimEnd().split('\n');
    expect(lines[0]).toBe('code,name_en,ne_id,min_lon,min_lat,max_lon,max_lat');
    expect(lines).toHaveLength(17);
    for (const line of lines.slice(1)) {
      const [code, , , ...box] = line.split(',');
      expect(code).toMatch(/^KZ-[A-Z]{3}$/);
      const [x0, y0, x1, y1] = box.map(Number);
      expect(x0).toBeLessThan(x1);
      expect(y0).toBeLessThan(y1);
      expect(x0).toBeGreaterThanOrEqual(46.4);
      expect(x1).toBeLessThanOrEqual(87.4);
    }
  });

  it('atlas geo --winding bad is a usage error (exit 2)', async () => {
    const r = await run(['geo', '--winding', 'cw']);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/--winding must be rfc7946 or d3/);
  });
});
