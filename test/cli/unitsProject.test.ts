/**
 * `atlas rate --project` on a project of the user's own units (issue 11, item 4): a district
 * boundary file and a Windows-1251 district table (test/fixtures/units) imported as the
 * dashboard imports them (views/import/unitSet.ts), the project file saved from that store;
 * the CLI rates the same districts, keyed by their codes, named by their own names, with the
 * index the dashboard computed. Reference: the dashboard's rating on the same store.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.ts';
import { readUserFile } from '../../src/data/readers/readUserFile.ts';
import { buildIndicatorTable } from '../../src/data/readers/indicatorTable.ts';
import { readGrid } from '../../src/data/readers/grid.ts';
import { connectCompute } from '../../src/state/compute.ts';
import { exportProject, readProject } from '../../src/state/persistence/projectFile.ts';
import { createAppStore } from '../../src/state/store.ts';
import { activateDataset } from '../../src/views/import/activate.ts';
import { toUserDataset } from '../../src/views/import/toUserDataset.ts';
import { asUnitTable, unitSetOf } from '../../src/views/import/unitSet.ts';
import { createComputeClient } from '../../src/worker/client.ts';

async function cli(args: string[]) {
  let out = '';
  let err = '';
  const code = await runCli(args, { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

describe('atlas rate --project with a set of the user’s own units', () => {
  it('rates the districts the dashboard rates, by their codes and names, with the same index', async () => {
    const store = createAppStore();
    const geo = await readUserFile(
      new Uint8Array(readFileSync('test/fixtures/units/districts.geojson')),
      'districts.geojson',
    );
    if (geo.kind !== 'boundaries' || !geo.boundaries.ok) throw new Error('boundaries');
    const set = unitSetOf(geo.boundaries.value, 'bounds-00000001', '2026-12-02T00:00:00.000Z');
    if (!set.ok) throw new Error('unit set');
    store.getState().addUserBoundaries(set.value);
    store.getState().useBoundaries(set.value.id);

    const bytes = new Uint8Array(readFileSync('test/fixtures/units/districts-cp1251.csv'));
    const grid = await readGrid(bytes, 'districts-cp1251.csv');
    if (!grid.ok) throw new Error('grid');
    const built = buildIndicatorTable(grid.value);
    if (!built.ok) throw new Error('table');
    const units = asUnitTable(built.value, set.value, built.warnings)!;
    expect(units.join.matched).toHaveLength(11);
    const d = toUserDataset(units.table, 'user-00000001', '2026-12-02T00:00:00.000Z', 2014);
    store.getState().addUserDataset({ ...d, sha256: 'b'.repeat(64) });
    expect(activateDataset(store, d.id)).toBe(true);
    const conn = connectCompute(store, createComputeClient({ makeWorker: null }));
    await conn.idle();
    const dash = store.getState().results.rating[2014]!;
    expect(dash.units).toHaveLength(11);

    const dir = mkdtempSync(join(tmpdir(), 'atlas-units-'));
    const file = join(dir, 'units-project.json');
    const text = exportProject(store.getState(), '2026-12-02T00:00:00.000Z');
    writeFileSync(file, text);
    // The study names the unit set and the properties of its codes and names.
    const p = readProject(JSON.parse(text));
    expect(p.ok && p.value.spec.data.boundaries).toMatchObject({
      source: 'user',
      fileName: 'districts.geojson',
      units: { key: 'KATO', name: 'name_ru' },
    });

    const r = await cli(['rate', '--project', file]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.out).regions as { code: string; name: string; index: number }[];
    expect(rows.map((x) => x.code)).toEqual(dash.units);
    rows.forEach((x, u) => expect(x.index).toBeCloseTo(dash.index[u], 5));
    const byCode = Object.fromEntries(rows.map((x) => [x.code, x.name]));
    expect(byCode['431080000']).toBe('город Кызылорда');
    // A row joined by its code is named from the boundary file, not by the code.
    expect(byCode['611020000']).toBe('Сузакский район');
  });
});
