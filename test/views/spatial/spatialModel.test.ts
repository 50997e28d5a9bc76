/**
 * #/spatial's model (src/views/spatial/spatialModel.ts) on the bundled 16 boundaries with the
 * 2014 GRP: the units, queen neighbours, global Moran's I and local Ii equal R spdep 1.2-7's
 * (test/fixtures/spatial/spdep_reference.json, made by make_fixtures.R from kz16.csv); units
 * without a value are named and left out; a knn weights spec and max-p run.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultSpec } from '../../../src/core/index.ts';
import { KZ_2014 } from '../../../src/data/boundaries/index.ts';
import { spatialModel, type SpatialFeature } from '../../../src/views/spatial/spatialModel.ts';

const ref = JSON.parse(readFileSync('test/fixtures/spatial/spdep_reference.json', 'utf8')).kz16;
const csv = readFileSync('test/fixtures/spatial/kz16.csv', 'utf8').trim().split('\n');
const header = csv[0].split(',');
const column = (name: string) =>
  new Map(
    csv.slice(1).map((line) => {
      const cells = line.split(',');
      return [cells[0], Number(cells[header.indexOf(name)])] as [string, number];
    }),
  );
const features: SpatialFeature[] = KZ_2014.features.map((f) => ({
  id: f.id,
  geometry: f.geometry as SpatialFeature['geometry'],
}));

describe('spatialModel()', () => {
  it("equals spdep's queen neighbours, moran.test and localmoran on the 16 regions", () => {
    const grp = column('grp');
    const spec = { ...defaultSpec().spatial, islands: 'drop' as const, permutations: 99 };
    const m = spatialModel(features, grp, [], spec);
    expect(m.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(m.noData).toEqual([]);
    expect(new Set(m.ids)).toEqual(new Set(ref.ids));
    // Neighbour sets by id (the model keeps the boundaries' order, spdep the CSV's).
    const refNb = ref.queen.neighbours as Record<string, string[]>;
    m.ids.forEach((id, i) =>
      expect(m.neighbours[i].map((j) => m.ids[j]).sort(), id).toEqual([...refNb[id]].sort()),
    );
    const moran = ref.queen.stats.grp.moranW;
    expect(m.analysis!.moran.I).toBeCloseTo(moran.I, 9);
    expect(m.analysis!.moran.z).toBeCloseTo(moran.z_randomisation, 9);
    expect(m.analysis!.moran.pNormal).toBeCloseTo(moran.p_normal, 9);
    const Ii = ref.queen.stats.grp.localW.conditional.Ii as number[];
    for (const row of m.analysis!.local) {
      expect(row.Ii, row.id).toBeCloseTo(Ii[ref.ids.indexOf(row.id)], 9);
    }
  });

  it('names the units without a value and analyses the rest', () => {
    const grp = column('grp');
    grp.delete('KZ-ALA');
    grp.set('KZ-AST', Number.NaN);
    const m = spatialModel(features, grp, [], defaultSpec().spatial);
    expect(m.noData.sort()).toEqual(['KZ-ALA', 'KZ-AST']);
    expect(m.ids).toHaveLength(14);
    expect(m.analysis).not.toBeNull();
  });

  it('clusters on the given layers with SCHC, SKATER and max-p into contiguous groups', () => {
    const layers = ['grp', 'employed', 'rnd'].map(column);
    for (const method of ['schc', 'skater', 'maxp'] as const) {
      const spec = { ...defaultSpec().spatial, method, k: 3 };
      const m = spatialModel(features, layers[0], layers, spec);
      expect(m.clusters, method).not.toBeNull();
      const labels = m.clusters!.labels;
      expect(labels).toHaveLength(16);
      // Every group is connected through the neighbour lists (the constraint holds).
      for (const g of new Set(labels)) {
        const members = labels.map((l, i) => (l === g ? i : -1)).filter((i) => i >= 0);
        const seen = new Set([members[0]]);
        const stack = [members[0]];
        while (stack.length) {
          const i = stack.pop()!;
          for (const j of m.neighbours[i]) {
            if (labels[j] === g && !seen.has(j)) {
              seen.add(j);
              stack.push(j);
            }
          }
        }
        expect(seen.size, `${method} group ${g} connected`).toBe(members.length);
      }
    }
  });

  it('fewer than 4 units with values: one issue, no analysis', () => {
    const few = new Map([
      ['KZ-AKM', 1],
      ['KZ-KAR', 2],
    ]);
    const m = spatialModel(features, few, [], defaultSpec().spatial);
    expect(m.analysis).toBeNull();
    expect(m.issues.map((i) => i.code)).toEqual(['too-few-units']);
  });
});
