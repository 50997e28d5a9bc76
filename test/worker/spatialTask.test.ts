/**
 * The `spatial` compute task (src/worker/spatialTask.ts) through the task table, as the worker
 * runs it: on the grid fixture (rook and queen differ) its Moran's I, local Ii and lag equal
 * spdep 1.2-7's (test/fixtures/spatial/spdep_reference.json); weights given as a file's
 * neighbour lists give the same numbers as the contiguity they were written from; large
 * inputs go to the worker, the 16 regions stay in the calling thread; max-p meets a floor on a
 * chosen column or names why it cannot; the ARI of SCHC against seed 003's grouping equals
 * scikit-learn's adjusted_rand_score (test/fixtures/spatial/sklearn_ari_seed003.json).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultSpatialSpec } from '../../src/core/index.ts';
import { WORKER_THRESHOLD } from '../../src/worker/client.ts';
import type { SpatialInput } from '../../src/worker/protocol.ts';
import { runTask, workOf } from '../../src/worker/tasks.ts';
import { fixtureDir, readTable, readUnits, spdep } from '../core/spatial/fixtures.ts';

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

  it('max-p: every region meets the floor on the chosen column; a floor too high is named', () => {
    const pop = units.map((_, i) => 10 + (i % 7));
    const total = pop.reduce((a, b) => a + b, 0);
    const spec = { ...input().spec, method: 'maxp' as const };
    const out = runTask('spatial', input({ spec, floor: { values: pop, min: 60, name: 'pop' } }));
    expect(out.issues.filter((i) => i.severity === 'error')).toEqual([]);
    const labels = out.clusters!.labels;
    const regions = new Set(labels);
    expect(regions.size).toBeGreaterThanOrEqual(2);
    expect(regions.size).toBeLessThanOrEqual(Math.floor(total / 60));
    for (const g of regions) {
      const sum = labels.reduce((s, l, i) => s + (l === g ? pop[i] : 0), 0);
      expect(sum).toBeGreaterThanOrEqual(60);
    }
    const high = runTask(
      'spatial',
      input({ spec, floor: { values: pop, min: total + 1, name: 'население' } }),
    );
    expect(high.clusters).toBeNull();
    expect(high.issues.map((i) => [i.code, i.params])).toContainEqual([
      'maxp-floor-unreachable',
      { value: 'население', floor: total + 1, total, count: 30 },
    ]);
    const gap = runTask(
      'spatial',
      input({
        spec,
        floor: { values: pop.map((v, i) => (i === 4 ? null : v)), min: 60, name: 'pop' },
      }),
    );
    expect(gap.clusters).toBeNull();
    expect(gap.issues[gap.issues.length - 1].params).toEqual({
      value: 'pop',
      regions: [units[4].id],
    });
  });

  it("SCHC's ARI against seed 003's grouping equals scikit-learn's on the 16 regions", () => {
    const ref = JSON.parse(readFileSync(fixtureDir + 'sklearn_ari_seed003.json', 'utf8'));
    const kz = readTable('kz16');
    const kzUnits = readUnits('kz16');
    expect(kzUnits.map((u) => u.id)).toEqual(ref.ids);
    for (const rule of ['queen', 'rook'] as const)
      for (let k = 2; k <= 6; k++) {
        const out = runTask('spatial', {
          units: kzUnits,
          values: kz.rows.map((r) => r[0]),
          clusterRows: kz.rows,
          second: null,
          spec: { ...defaultSpatialSpec(), weights: rule, permutations: 9, method: 'schc', k },
          fileWeights: null,
          reference: ref.reference,
        });
        expect(out.reference!.units, `${rule} k=${k}`).toBe(16);
        expect(out.reference!.ari, `${rule} k=${k}`).toBeCloseTo(ref[rule][`k${k}`], 12);
      }
    // Units outside the grouping are left out of the index, not counted as a group.
    const some = runTask('spatial', {
      ...input(),
      reference: units.map((_, i) => (i < 10 ? 1 + (i % 3) : null)),
    });
    expect(some.reference!.units).toBe(10);
  });
});
