/**
 * `atlas rate --project FILE.json` replays the dashboard: the project file of the corpus
 * (written by version 1, with a user table in use) is applied to a store and rated by the
 * app's compute controller; the CLI's index equals the dashboard's for every region.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.ts';
import { connectCompute } from '../../src/state/compute.ts';
import { applyProject, readProject } from '../../src/state/persistence/projectFile.ts';
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

  it('refuses --project with --dataset', async () => {
    const r = await cli(['rate', '--project', FILE, '--dataset', 'innovation-2014']);
    expect(r.code).toBe(2);
  });
});
