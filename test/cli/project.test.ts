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

/** A store with a user panel of the paper's columns in use (its latest year as the table). */
function panelStore(id: string, fileName: string, years: [number, TableDataset][]) {
  const store = createAppStore();
  const last = years[years.length - 1];
  store.getState().addUserDataset({
    id,
    fileName,
    importedAt: '2026-12-01T00:00:00.000Z',
    year: last[0],
    mapping: { S_D: 'S_D', S_F: 'S_F', S_E: 'S_E', S_A: 'S_A', S_B: 'S_B', S_C: 'S_C' },
    table: { ...last[1], id },
    panel: years.map(([year, t]) => ({ year, table: { ...t, id } })),
  });
  expect(activateDataset(store, id)).toBe(true);
  return store;
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
    const store = panelStore('user-00000abd', 'panel.csv', [
      [2021, y2010],
      [2022, y2014],
    ]);
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

  it('replays the data treatment the study carries (issue 9 item 3): interpolation in a panel, outliers, a denominator', async () => {
    const y2010 = getDataset('innovation-2010') as TableDataset;
    const y2014 = getDataset('innovation-2014') as TableDataset;
    // The middle year is 2014's table with a gap for Akmola's S_D: interpolation fills it
    // from 2021 and 2023.
    const gap = structuredClone(y2014);
    const akm = gap.rows.find((r) => r.key === 'KZ-AKM')!;
    akm.cells.S_D = { ...akm.cells.S_D, value: null };
    const store = panelStore('user-00000abe', 'panel3.csv', [
      [2021, y2010],
      [2022, gap],
      [2023, y2014],
    ]);
    store.getState().setYear(2022);
    const spec = structuredClone(store.getState().spec);
    spec.rating.treatment = { impute: { method: 'interpolate' }, outliers: { method: 'coinr' } };
    const inds = spec.rating.groups.flatMap((g) => g.indicators);
    inds.find((i) => i.id === 'S_A')!.outliers = { method: 'boxcox', lambda: 0.5 };
    inds.find((i) => i.id === 'S_B')!.denominator = 'S_C';
    store.getState().setSpec(spec);
    const conn = connectCompute(store, createComputeClient({ makeWorker: null }));
    await conn.idle();
    const dash = store.getState().results.rating[2022]!;
    const u = dash.units.indexOf('KZ-AKM');
    const k = dash.indicators.indexOf('S_D');
    expect(dash.treatment!.cells[u][k]).toEqual({ imputed: 'interpolate' });
    const v2010 = y2010.rows.find((r) => r.key === 'KZ-AKM')!.cells.S_D.value!;
    const v2014 = y2014.rows.find((r) => r.key === 'KZ-AKM')!.cells.S_D.value!;
    expect(dash.treatment!.values[u][k]).toBeCloseTo((v2010 + v2014) / 2, 9);
    const dir = mkdtempSync(join(tmpdir(), 'atlas-treat-'));
    const file = join(dir, 'treated-project.json');
    writeFileSync(file, exportProject(store.getState(), '2026-12-01T00:00:00.000Z'));
    const r = await cli(['rate', '--project', file]);
    expect(r.err).toBe('');
    const regions = JSON.parse(r.out).regions as {
      code: string;
      index: number;
      rank: number;
      treatment: string;
    }[];
    expect(regions.map((x) => x.code)).toEqual(dash.units);
    regions.forEach((x, i) => {
      expect(x.index).toBeCloseTo(dash.index[i], 6);
      expect(x.rank).toBe(dash.rank[i]);
    });
    expect(regions[u].treatment).toContain('S_D=imp:interpolate');
    expect(regions[u].treatment).toContain('S_A=boxcox');
    expect(regions[u].treatment).toContain('S_B=div:S_C');
    // Without the treatment the CLI rates something else: it did apply it.
    const plain = structuredClone(spec);
    delete plain.rating.treatment;
    for (const g of plain.rating.groups)
      for (const i of g.indicators) {
        delete i.outliers;
        delete i.denominator;
      }
    store.getState().setSpec(plain);
    await conn.idle();
    const untreated = store.getState().results.rating[2022]!;
    expect(untreated.treatment).toBeUndefined();
    expect(untreated.index[u]).not.toBeCloseTo(dash.index[u], 3);
    conn.disconnect();
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
