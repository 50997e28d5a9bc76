/**
 * `atlas rate --project FILE.json` replays the dashboard: the project file of the corpus
 * (written by version 1, with a user table in use) is applied to a store and rated by the
 * app's compute controller; the CLI's index equals the dashboard's for every region.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.ts';
import { connectAnalyses } from '../../src/state/analysisCompute.ts';
import { connectCompute } from '../../src/state/compute.ts';
import { loadBundledDatasets } from '../../src/state/datasets.ts';
import {
  applyProject,
  exportProject,
  readProject,
} from '../../src/state/persistence/projectFile.ts';
import { getDataset } from '../../src/data/datasets/catalogue.ts';
import type { TableDataset } from '../../src/data/types.ts';
import { activateDataset } from '../../src/views/import/activate.ts';
import { createAppStore } from '../../src/state/store.ts';
import { createComputeClient } from '../../src/worker/client.ts';

const FILE = 'test/fixtures/spec-v1/project-user-table.json';

async function cli(args: string[]) {
  let out = '';
  let err = '';
  const code = await runCli(args, { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

describe('atlas rate --project', () => {
  it('gives the index the dashboard computes for every region, with the user directions', async () => {
    const p = readProject(JSON.parse(readFileSync(FILE, 'utf8')));
    if (!p.ok) throw new Error('project');
    const store = createAppStore();
    applyProject(store, p.value);
    const conn = connectCompute(store, createComputeClient({ makeWorker: null }));
    await conn.idle();
    const dash = store.getState().results.rating[2010]!;
    const r = await cli(['rate', '--project', FILE]);
    expect(r.code).toBe(0);
    const regions = JSON.parse(r.out).regions as { code: string; index: number; rank: number }[];
    expect(regions.map((x) => x.code)).toEqual(dash.units);
    regions.forEach((x, u) => {
      expect(x.index).toBeCloseTo(dash.index[u], 6);
      expect(x.rank).toBe(dash.rank[u]);
    });
    expect(p.value.spec.rating.groups[1].indicators[0].direction).toBe('lower');
  });

  it('rates the year the dashboard shows of an imported panel (issue 11)', async () => {
    const y2010 = getDataset('innovation-2010') as TableDataset;
    const y2014 = getDataset('innovation-2014') as TableDataset;
    const id = 'user-00000abd';
    const store = createAppStore();
    store.getState().addUserDataset({
      id,
      fileName: 'panel.csv',
      importedAt: '2026-12-01T00:00:00.000Z',
      year: 2022,
      mapping: { S_D: 'S_D', S_F: 'S_F', S_E: 'S_E', S_A: 'S_A', S_B: 'S_B', S_C: 'S_C' },
      table: { ...y2014, id },
      panel: [
        { year: 2021, table: { ...y2010, id } },
        { year: 2022, table: { ...y2014, id } },
      ],
    });
    expect(activateDataset(store, id)).toBe(true);
    store.getState().setYear(2021);
    const conn = connectCompute(store, createComputeClient({ makeWorker: null }));
    await conn.idle();
    const dash = store.getState().results.rating[2021]!;
    const dir = mkdtempSync(join(tmpdir(), 'atlas-panel-'));
    const file = join(dir, 'panel-project.json');
    writeFileSync(file, exportProject(store.getState(), '2026-12-01T00:00:00.000Z'));
    const r = await cli(['rate', '--project', file]);
    expect(r.err).toBe('');
    const regions = JSON.parse(r.out).regions as { code: string; index: number }[];
    expect(regions.map((x) => x.code)).toEqual(dash.units);
    regions.forEach((x, u) => expect(x.index).toBeCloseTo(dash.index[u], 6));
    // The 2021 table is the bundled 2010 one: its index differs from the 2022 (2014) one.
    expect(store.getState().results.rating[2022]!.index).not.toEqual(dash.index);
  });

  it('refuses --project with --dataset, in rate and sensitivity alike', async () => {
    for (const command of ['rate', 'sensitivity']) {
      const r = await cli([command, '--project', FILE, '--dataset', 'innovation-2014']);
      expect(r.code).toBe(2);
      expect(r.err).toContain('--project carries its own data and spec');
    }
  });
});

/**
 * cluster/factors/specialise --project: the project file is applied to a store whose analysis
 * controller (state/analysisCompute.ts) runs the dashboard's #/clustering and #/factors; the
 * CLI's tree, cut and loadings equal what the dashboard holds.
 */
async function dashboard(file: string, route: 'clustering' | 'factors') {
  const p = readProject(JSON.parse(readFileSync(file, 'utf8')));
  if (!p.ok) throw new Error('project');
  const store = createAppStore();
  applyProject(store, p.value);
  store.getState().setRoute(route);
  const conn = connectAnalyses(
    store,
    createComputeClient({ makeWorker: null }),
    loadBundledDatasets,
    {
      always: true,
    },
  );
  await conn.idle();
  return store.getState().analyses;
}

describe('atlas cluster|factors|specialise --project', () => {
  it("cluster --project gives the dashboard's tree and cut on the project's user table", async () => {
    const a = await dashboard(FILE, 'clustering');
    const out = a.clustering.output?.analysis;
    expect(out, 'dashboard clustering').toBeTruthy();
    const r = await cli(['cluster', '--project', FILE]);
    expect(r.code, r.err).toBe(0);
    const j = JSON.parse(r.out);
    expect(j.codes).toEqual(a.clustering.basis?.keys);
    expect(j.merge).toEqual(out!.tree.merge);
    j.height.forEach((h: number, i: number) => expect(h).toBeCloseTo(out!.tree.height[i], 12));
    expect(j.cut).toEqual(out!.labels);
    // The study's own table: the user's file of the corpus project (16 regions of 2014).
    expect(j.codes).toHaveLength(16);
  });

  it("factors --project gives the dashboard's loadings", async () => {
    const a = await dashboard(FILE, 'factors');
    const res = a.factors.output?.result;
    expect(res, 'dashboard factors').toBeTruthy();
    const r = await cli(['factors', '--project', FILE]);
    expect(r.code, r.err).toBe(0);
    const j = JSON.parse(r.out);
    expect(j.variables).toEqual(res!.variables);
    expect(j.nfactors).toBe(res!.nfactors);
    (j.rotated ?? j.loadings).forEach((row: number[], v: number) =>
      row.forEach((x, f) => expect(x).toBeCloseTo((res!.rotated ?? res!.loadings)[v][f], 12)),
    );
  });

  it('specialise --project says the study names no table when it has none; flags clash', async () => {
    const none = await cli(['specialise', '--project', FILE]);
    expect(none.code).toBe(1);
    expect(none.err).toMatch(/names no table for its specialisation/);
    const clash = await cli(['cluster', '--project', FILE, '--k', '3']);
    expect(clash.code).toBe(2);
    expect(clash.err).toMatch(/drop --k/);
  });
});
