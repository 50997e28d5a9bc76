import { describe, expect, it } from 'vitest';
import { contiguityNeighbours } from '../../../src/core/spatial/contiguity.ts';
import type { SpatialUnit } from '../../../src/core/spatial/boundaryGeometry.ts';
import { indexLists, readUnits, spdep } from './fixtures.ts';

describe('contiguityNeighbours()', () => {
  for (const set of ['kz16', 'grid'] as const) {
    for (const rule of ['queen', 'rook'] as const) {
      it(`equals spdep poly2nb(queen = ${rule === 'queen'}) on ${set}`, () => {
        const units = readUnits(set);
        const ref = indexLists(spdep[set].ids, spdep[set][rule].neighbours);
        expect(contiguityNeighbours(units, rule)).toEqual(ref);
      });
    }
  }

  it('tells queen from rook on the grid (corner contacts)', () => {
    const units = readUnits('grid');
    const q = contiguityNeighbours(units, 'queen');
    const r = contiguityNeighbours(units, 'rook');
    // g08 (row 2, column 2) touches 8 squares at edges or corners, 4 along edges.
    expect(q[7]).toHaveLength(8);
    expect(r[7]).toHaveLength(4);
  });

  it('gets the enclaves right: Almaty city only in Almaty region, Astana only in Akmola', () => {
    const units = readUnits('kz16');
    const ids = units.map((u) => u.id);
    const nb = contiguityNeighbours(units, 'queen');
    const of = (id: string) => nb[ids.indexOf(id)].map((j) => ids[j]);
    expect(of('KZ-ALA')).toEqual(['KZ-ALM']);
    expect(of('KZ-AST')).toEqual(['KZ-AKM']);
    expect(of('KZ-ALM')).toContain('KZ-ALA');
    expect(of('KZ-AKM')).toContain('KZ-AST');
  });

  it("Baikonur's hole in Kyzylorda adds no neighbour, and a unit filling it touches only Kyzylorda", () => {
    const units = readUnits('kz16');
    const ids = units.map((u) => u.id);
    const kzy = units[ids.indexOf('KZ-KZY')];
    if (kzy.geometry.type !== 'Polygon') throw new Error('Kyzylorda is a Polygon in the bundle');
    expect(kzy.geometry.coordinates).toHaveLength(2);
    const hole = kzy.geometry.coordinates[1];
    const baikonur: SpatialUnit = {
      id: 'Baikonur',
      geometry: { type: 'Polygon', coordinates: [[...hole].reverse()] },
    };
    const nb = contiguityNeighbours([...units, baikonur], 'rook');
    expect(nb[units.length].map((j) => [...ids, 'Baikonur'][j])).toEqual(['KZ-KZY']);
    expect(contiguityNeighbours(units, 'rook')[ids.indexOf('KZ-KZY')]).toEqual(
      nb[ids.indexOf('KZ-KZY')].filter((j) => j !== units.length),
    );
  });

  it('matches vertices within the tolerance the user sets', () => {
    const sq = (x: number, y: number, dx = 0): SpatialUnit => ({
      id: `${x},${y}`,
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [x + dx, y],
            [x + 1 + dx, y],
            [x + 1 + dx, y + 1],
            [x + dx, y + 1],
            [x + dx, y],
          ],
        ],
      },
    });
    const units = [sq(0, 0), sq(1, 0, 1e-6)];
    expect(contiguityNeighbours(units, 'rook', 0)).toEqual([[], []]);
    expect(contiguityNeighbours(units, 'rook')).toEqual([[], []]);
    expect(contiguityNeighbours(units, 'rook', 1e-5)).toEqual([[1], [0]]);
    expect(contiguityNeighbours([sq(0, 0), sq(1, 0)], 'rook', 0)).toEqual([[1], [0]]);
  });

  it('finds the same neighbours when every unit moves its own vertices by less than the tolerance', () => {
    // Each unit's copy of a shared vertex is moved by its own amount (up to 5e-9 degrees),
    // so no two units share a point exactly: only the tolerance grid can find the contacts.
    for (const set of ['kz16', 'grid'] as const) {
      const units = readUnits(set);
      const jittered: SpatialUnit[] = units.map((u, k) => {
        const move = (ring: ReadonlyArray<ArrayLike<number>>) =>
          ring.map((pt) => [pt[0] + (k + 1) * 1e-10, pt[1] - (k + 1) * 1.3e-10]);
        const g = u.geometry;
        return {
          id: u.id,
          geometry:
            g.type === 'Polygon'
              ? { type: 'Polygon', coordinates: g.coordinates.map(move) }
              : { type: 'MultiPolygon', coordinates: g.coordinates.map((poly) => poly.map(move)) },
        };
      });
      for (const rule of ['queen', 'rook'] as const) {
        const ref = indexLists(spdep[set].ids, spdep[set][rule].neighbours);
        expect(contiguityNeighbours(jittered, rule, 1e-7)).toEqual(ref);
        expect(contiguityNeighbours(jittered, rule, 0).every((r) => r.length === 0)).toBe(true);
      }
    }
  });
});
