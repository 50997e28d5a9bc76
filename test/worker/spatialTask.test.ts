/**
 * The `spatial` compute task (src/worker/spatialTask.ts) through the task table, as the worker
 * runs it: on the grid fixture (rook and queen differ) its Moran's I, local Ii and lag equal
 * spdep 1.2-7's (test/fixtures/spatial/spdep_reference.json); weights given as a file's
 * neighbour lists give the same numbers as the contiguity they were written from; large
 * inputs go to the worker, the 16 regions stay in the calling thread.
 */
import { describe, expect, it } from 'vitest';
import { defaultSpatialSpec } from '../../src/core/index.ts';
import { WORKER_THRESHOLD } from '../../src/worker/client.ts';
import type { SpatialInput } from '../../src/worker/protocol.ts';
import { runTask, workOf } from '../../src/worker/tasks.ts';
import { readTable, readUnits, spdep } from '../core/spatial/fixtures.ts';

const grid = readTable('grid');
const units = readUnits('grid');
const column = (name: string) => grid.rows.map((r) => r[grid.columns.indexOf(name)]);

const input = (over: Partial<SpatialInput> = {}): SpatialInput => ({
  units,
  values: column('a'),
  clusterRows: grid.rows,
  second: column('b'),
  spec: { ...defaultSpatialSpec(), weights: 'rook', permutations: 99 },
  fileWeights: null,
  ...over,
});

describe("the 'spatial' task", () => {
  it("equals spdep's moran.test, localmoran and lag.listw on the grid under rook weights", () => {
    const out = runTask('spatial', input());
    expect(out.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(out.ids).toEqual(spdep.grid.ids);
    const ref = spdep.grid.rook.stats.a;
    const a = out.analysis!;
    expect(a.moran.I).toBeCloseTo(ref.moranW.I, 12);
    expect(a.moran.varianceRandomisation).toBeCloseTo(ref.moranW.variance_randomisation, 12);
    a.local.forEach((row, i) => {
      expect(row.Ii).toBeCloseTo(ref.localW.conditional.Ii[i], 11);
      expect(row.lag).toBeCloseTo(ref.lagW[i], 11);
    });
    // Rook: inner cells 4 neighbours, corners 2.
    expect(out.summary!.maxNeighbours).toBe(4);
    expect(out.summary!.minNeighbours).toBe(2);
    expect(out.centroids).toHaveLength(30);
    expect(out.bivariate).not.toBeNull();
    expect(out.bivariate!.I).toBeGreaterThan(-1);
    expect(out.clusters!.labels).toHaveLength(30);
  });

  it('takes the weights from a file: the same neighbours give the same statistics', () => {
    const refNb = spdep.grid.queen.neighbours;
    const fromFile = runTask(
      'spatial',
      input({ fileWeights: { name: 'grid.gal', format: 'gal', neighbours: refNb } }),
    );
    const built = runTask('spatial', input({ spec: { ...input().spec, weights: 'queen' } }));
    expect(fromFile.neighbours).toEqual(built.neighbours);
    expect(fromFile.analysis!.moran.I).toBe(built.analysis!.moran.I);
    expect(fromFile.analysis!.moran.I).toBeCloseTo(spdep.grid.queen.stats.a.moranW.I, 12);
  });

  it('names too few units instead of computing', () => {
    const out = runTask('spatial', input({ units: units.slice(0, 3), values: [1, 2, 3] }));
    expect(out.analysis).toBeNull();
    expect(out.issues.map((i) => i.code)).toEqual(['too-few-units']);
  });

  it('sends 3,000 units with 999 permutations to the worker and keeps 16 in the thread', () => {
    const big = {
      ...input(),
      units: Array.from({ length: 3000 }, () => units[0]),
      clusterRows: Array.from({ length: 3000 }, () => [1, 2, 3]),
      spec: { ...defaultSpatialSpec(), permutations: 999 },
    };
    expect(workOf('spatial', big)).toBeGreaterThan(WORKER_THRESHOLD);
    const small = { ...big, units: units.slice(0, 16), clusterRows: grid.rows.slice(0, 16) };
    expect(workOf('spatial', small)).toBeLessThan(WORKER_THRESHOLD);
  });
});
