/**
 * The benchmark's synthetic hexagon grid (bench/ui/hexGrid.ts). Reference: the geometry
 * of a regular hexagon (six equal sides of length R = w / sqrt(3) for column spacing w), and
 * the linear congruential generator's own definition (Numerical Recipes: a = 1664525,
 * c = 1013904223, mod 2^32) recomputed here independently with BigInt.
 */
import { describe, expect, it } from 'vitest';
import { BENCH_INDICATORS, hexGrid, MAX_HEX_CELLS } from '../../../bench/ui/hexGrid.ts';

describe('hexGrid()', () => {
  it('hexGrid(n) makes n cells, each a closed ring of six equal sides, one table row each', () => {
    const { boundaries, table } = hexGrid(500, 7);
    expect(boundaries.features).toHaveLength(500);
    expect(table.rows).toHaveLength(500);
    const ids = new Set(boundaries.features.map((f) => f.id));
    expect(ids.size).toBe(500);
    expect(table.rows.map((r) => r.key)).toEqual(boundaries.features.map((f) => f.id));
    const side0 = Math.hypot(
      boundaries.features[0].geometry.coordinates[0][1][0] -
        boundaries.features[0].geometry.coordinates[0][0][0],
      boundaries.features[0].geometry.coordinates[0][1][1] -
        boundaries.features[0].geometry.coordinates[0][0][1],
    );
    for (const f of boundaries.features) {
      expect(f.geometry.type).toBe('Polygon');
      const ring = f.geometry.coordinates[0];
      expect(ring).toHaveLength(7);
      expect(ring[6]).toEqual(ring[0]);
      for (let k = 0; k < 6; k++) {
        const side = Math.hypot(ring[k + 1][0] - ring[k][0], ring[k + 1][1] - ring[k][1]);
        // Coordinates are rounded to 5 decimals.
        expect(Math.abs(side - side0)).toBeLessThan(3e-5);
      }
      for (const [lon, lat] of ring) {
        expect(lon).toBeGreaterThanOrEqual(46.5);
        expect(lon).toBeLessThanOrEqual(87.3 + 1e-9);
        expect(lat).toBeGreaterThanOrEqual(40.5);
      }
    }
  });

  it('hexGrid() cells tile: neighbours in a row are one column width apart and do not overlap', () => {
    const { boundaries } = hexGrid(40, 1);
    const centre = (i: number) => {
      const ring = boundaries.features[i].geometry.coordinates[0].slice(0, 6);
      return [ring.reduce((a, p) => a + p[0], 0) / 6, ring.reduce((a, p) => a + p[1], 0) / 6];
    };
    const ring0 = boundaries.features[0].geometry.coordinates[0];
    const r = Math.hypot(ring0[0][0] - centre(0)[0], ring0[0][1] - centre(0)[1]);
    const [x0, y0] = centre(0);
    const [x1, y1] = centre(1);
    expect(Math.abs(x1 - x0 - r * Math.sqrt(3))).toBeLessThan(1e-4);
    expect(Math.abs(y1 - y0)).toBeLessThan(1e-4);
  });

  it('hexGrid() is deterministic for a seed and differs between seeds', () => {
    expect(hexGrid(300, 42)).toEqual(hexGrid(300, 42));
    const a = hexGrid(300, 42).table.rows.map((r) => r.cells.S_A.value);
    const b = hexGrid(300, 43).table.rows.map((r) => r.cells.S_A.value);
    expect(a).not.toEqual(b);
  });

  it('hexGrid() values are finite, in [10, 100), and follow the seeded generator', () => {
    const seed = 5;
    const { table } = hexGrid(200, seed);
    expect(table.columns.map((c) => c.id)).toEqual([...BENCH_INDICATORS]);
    let s = BigInt(seed);
    for (const row of table.rows)
      for (const ind of BENCH_INDICATORS) {
        s = (s * 1664525n + 1013904223n) % 2n ** 32n;
        const want = +(10 + (Number(s) / 2 ** 32) * 90).toFixed(3);
        const v = row.cells[ind].value;
        expect(Number.isFinite(v)).toBe(true);
        expect(v).toBeGreaterThanOrEqual(10);
        expect(v).toBeLessThan(100);
        expect(v).toBe(want);
      }
  });

  it('hexGrid() clamps the count to 1..MAX_HEX_CELLS', () => {
    expect(hexGrid(0).table.rows).toHaveLength(1);
    expect(hexGrid(-5).table.rows).toHaveLength(1);
    expect(hexGrid(MAX_HEX_CELLS + 10).boundaries.features).toHaveLength(MAX_HEX_CELLS);
  });
});

describe('benchTree() (issue 9 benchmark case)', () => {
  it('puts 30 indicators under a four-level tree, each once, and the spec accepts it', async () => {
    const { benchIndicators, benchTree } = await import('../../../bench/ui/hexGrid.ts');
    const { defaultSpec, treeIndicators, validateRatingSpec, walkGroups } =
      await import('../../../src/core/index.ts');
    const ids = benchIndicators(30);
    expect(ids).toHaveLength(30);
    const rating = { ...defaultSpec().rating, groups: benchTree(ids, 4) };
    expect(Math.max(...walkGroups(rating).map((v) => v.depth))).toBe(3);
    expect(walkGroups(rating)).toHaveLength(30);
    expect(treeIndicators(rating).map((i) => i.id)).toEqual([...ids]);
    expect(validateRatingSpec(rating).ok).toBe(true);
  });
});
