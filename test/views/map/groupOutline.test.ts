/**
 * groupOutline(): the outer boundary of a group of regions. Reference: two unit squares by
 * hand, and test/fixtures/map/group_outline.json (make_group_outline.py: outer edges counted
 * independently in Python on the bundled boundaries, for seed 003's eight groups).
 */
import { describe, expect, it } from 'vitest';
import type { Polygon, Position } from 'geojson';
import { KZ_2014 } from '../../../src/data/boundaries/index.ts';
import { groupOutline } from '../../../src/views/map/groupOutline.ts';
import reference from '../../fixtures/map/group_outline.json';

const square = (x: number, y: number): Polygon => ({
  type: 'Polygon',
  coordinates: [
    [
      [x, y],
      [x + 1, y],
      [x + 1, y + 1],
      [x, y + 1],
      [x, y],
    ],
  ],
});

const edges = (lines: Position[][]) => lines.reduce((a, l) => a + l.length - 1, 0);
const length = (lines: Position[][]) =>
  lines.reduce(
    (a, l) => a + l.slice(1).reduce((b, p, i) => b + Math.hypot(p[0] - l[i][0], p[1] - l[i][1]), 0),
    0,
  );

describe('groupOutline()', () => {
  it('groupOutline() drops the border two members share and closes the contour', () => {
    const lines = groupOutline([square(0, 0), square(1, 0)]);
    expect(lines).toHaveLength(1);
    const [line] = lines;
    expect(line[0]).toEqual(line[line.length - 1]);
    expect(edges(lines)).toBe(6);
    expect(length(lines)).toBeCloseTo(6, 12);
    // The shared edge x = 1, 0 <= y <= 1 is gone: no segment runs along it.
    const along = line.slice(1).some((p, i) => p[0] === 1 && line[i][0] === 1);
    expect(along).toBe(false);
  });

  it('groupOutline() of one region is its own boundary', () => {
    const lines = groupOutline([square(3, 4)]);
    expect(edges(lines)).toBe(4);
    expect(length(lines)).toBeCloseTo(4, 12);
  });

  it('groupOutline() matches the Python edge count for the eight groups of seed 003', () => {
    const byId = new Map(KZ_2014.features.map((f) => [f.id, f.geometry]));
    for (const [id, ref] of Object.entries(reference)) {
      const lines = groupOutline(ref.members.map((m) => byId.get(m)!));
      expect(edges(lines), `group ${id}`).toBe(ref.edges);
      expect(length(lines), `group ${id}`).toBeCloseTo(ref.length, 6);
      expect(lines.length, `group ${id}`).toBeGreaterThanOrEqual(ref.components);
      for (const l of lines) expect(l[0], `group ${id} closed`).toEqual(l[l.length - 1]);
    }
  });
});
