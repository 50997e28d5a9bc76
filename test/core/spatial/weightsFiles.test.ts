import { describe, expect, it } from 'vitest';
import { buildWeights } from '../../../src/core/spatial/buildWeights.ts';
import { readGal, writeGal } from '../../../src/core/spatial/galFile.ts';
import { readGwt, writeGwt } from '../../../src/core/spatial/gwtFile.ts';
import {
  summariseWeights,
  weightsFromNeighbours,
} from '../../../src/core/spatial/spatialWeights.ts';
import type { SpatialUnit } from '../../../src/core/spatial/boundaryGeometry.ts';
import { readUnits } from './fixtures.ts';

const queen = () =>
  buildWeights(readUnits('kz16'), {
    kind: { type: 'queen', tolerance: 1e-8 },
    style: 'W',
    islands: 'drop',
  }).weights;

describe('GAL and GWT files', () => {
  it('writes GeoDa GAL and reads it back to the same neighbours', () => {
    const w = queen();
    const text = writeGal(w, 'kz16', 'code');
    expect(text.split('\n')[0]).toBe('0 16 kz16 code');
    expect(text.split('\n')[1]).toBe(`KZ-AKM ${w.neighbours[0].length}`);
    const back = readGal(text, 'kz16.gal', 'W');
    expect(back.ok && back.value.neighbours).toEqual(w.neighbours);
    expect(back.ok && back.value.weights).toEqual(w.weights);
  });

  it('reads a GAL file in the data order and lists every problem with its line', () => {
    const text = '3\na 2\nb c\nb 1\na\nc 1\nd\n';
    const r = readGal(text, 'x.gal', 'B', ['c', 'b', 'a']);
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.issues.map((i) => i.message)).toEqual([
        'Neighbour d of c is not a unit of the file.',
      ]);
    const good = readGal('3\na 2\nb c\nb 1\na\nc 1\na\n', 'x.gal', 'B', ['c', 'b', 'a']);
    expect(good.ok && good.value.neighbours).toEqual([[2], [2], [0, 1]]);
    const bad = readGal('2\na 2\nb\n', 'x.gal');
    expect(!bad.ok && bad.issues.map((i) => i.message)).toEqual([
      'Line 3 lists 1 neighbours of a; line 2 says 2.',
      'The header promises 2 units; the file has 1.',
      'Neighbour b of a is not a unit of the file.',
    ]);
    expect(!bad.ok && bad.issues[0].where?.row).toBe(3);
  });

  it('writes GWT with weights and reads general weights back, row-standardising on request', () => {
    const w = weightsFromNeighbours(
      ['a', 'b', 'c'],
      [[1, 2], [0], [0]],
      { type: 'knn', k: 1 },
      'B',
    );
    const text = writeGwt(w, 'layer', 'id', [[100, 300], [100], [300]]);
    expect(text).toBe('0 3 layer id\na b 100\na c 300\nb a 100\nc a 300\n');
    const r = readGwt(text, 'x.gwt', 'W');
    expect(r.ok && r.value.weights).toEqual([[0.25, 0.75], [1], [1]]);
    const bad = readGwt('0 2 l id\na b x\n', 'x.gwt');
    expect(!bad.ok && bad.issues[0].where?.row).toBe(2);
  });
});

describe('buildWeights() and summariseWeights()', () => {
  const sq = (id: string, x: number): SpatialUnit => ({
    id,
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [x, 0],
          [x + 1, 0],
          [x + 1, 1],
          [x, 1],
          [x, 0],
        ],
      ],
    },
  });
  const units = [sq('a', 0), sq('b', 1), sq('c', 2), sq('island', 5)];

  it('names islands and leaves them out, or joins them to the nearest unit', () => {
    const drop = buildWeights(units, {
      kind: { type: 'rook', tolerance: 1e-8 },
      style: 'W',
      islands: 'drop',
    });
    expect(drop.islands).toEqual(['island']);
    expect(drop.weights.ids).toEqual(['a', 'b', 'c']);
    expect(drop.kept).toEqual([0, 1, 2]);
    const join = buildWeights(units, {
      kind: { type: 'rook', tolerance: 1e-8 },
      style: 'B',
      islands: 'nearest',
    });
    expect(join.weights.neighbours).toEqual([[1], [0, 2], [1, 3], [2]]);
    const s = summariseWeights(join.weights);
    expect(s).toMatchObject({
      units: 4,
      links: 6,
      minNeighbours: 1,
      maxNeighbours: 2,
      islands: [],
    });
    expect(s.histogram).toEqual([0, 2, 2]);
    expect(s.symmetric).toBe(true);
  });
});
