/**
 * The compute controller's sensitivity run (src/state/compute.ts): results land in the store
 * for the year in view, follow the weights and the sampling settings, and runs that a newer
 * edit overtook are skipped. Reference: core sensitivity() on the same bundled table.
 */
import { describe, expect, it } from 'vitest';
import { sensitivity } from '../../src/core/sensitivity/sensitivity.ts';
import { getDataset } from '../../src/data/datasets/catalogue.ts';
import { tableToMatrix } from '../../src/data/tableMatrix.ts';
import type { TableDataset } from '../../src/data/types.ts';
import { connectCompute, indicatorIds } from '../../src/state/compute.ts';
import { loadBundledDatasets } from '../../src/state/datasets.ts';
import { createAppStore } from '../../src/state/store.ts';
import { createComputeClient, type ComputeClient } from '../../src/worker/client.ts';

function countingClient() {
  const inner = createComputeClient({ makeWorker: null });
  const calls: string[] = [];
  const client: ComputeClient = {
    run: (task, input, onProgress) => {
      calls.push(task);
      return inner.run(task, input, onProgress);
    },
    dispose: () => inner.dispose(),
  };
  return { client, calls };
}

async function setup() {
  const store = createAppStore();
  const { client, calls } = countingClient();
  const conn = connectCompute(store, client, loadBundledDatasets);
  await conn.idle();
  return { store, conn, calls };
}

const expected = (year: 2010 | 2014, store: ReturnType<typeof createAppStore>) => {
  const s = store.getState().spec;
  const ds = getDataset(`innovation-${year}`) as TableDataset;
  return sensitivity(tableToMatrix(ds, indicatorIds(s.rating)), s.rating, s.sensitivity);
};

describe('connectCompute() sensitivity', () => {
  it('loads every dataset kind the views read, tables and overlays', async () => {
    const { store } = await setup();
    const d = store.getState().data.datasets;
    expect(d['innovation-2014']?.kind).toBe('table');
    expect(d['it-cluster-sites']?.kind).toBe('sites');
    expect(d['region-groups-published']?.kind).toBe('groups');
  });

  it('puts the rank intervals of the year in view in the store', async () => {
    const { store } = await setup();
    const r = store.getState().results;
    expect(r.sensitivityYear).toBe(2014);
    expect(r.sensitivityStatus).toBe('ready');
    expect(r.sensitivity!.units).toEqual(expected(2014, store).units);
  });

  it('re-runs for the other year when the year changes', async () => {
    const { store, conn } = await setup();
    store.getState().setYear(2010);
    await conn.idle();
    expect(store.getState().results.sensitivityYear).toBe(2010);
    expect(store.getState().results.sensitivity!.units).toEqual(expected(2010, store).units);
  });

  it('follows the weights and the sampling mode', async () => {
    const { store, conn } = await setup();
    store.getState().setIndicatorWeight('S_A', 3);
    await conn.idle();
    expect(store.getState().results.sensitivity!.units).toEqual(expected(2014, store).units);
    store.getState().setSensitivity({ mode: 'simplex' });
    await conn.idle();
    expect(store.getState().results.sensitivity!.mode).toBe('simplex');
    expect(store.getState().results.sensitivity!.units).toEqual(expected(2014, store).units);
  });

  it('skips sensitivity runs that a newer edit overtook while a slider moved', async () => {
    const { store, conn, calls } = await setup();
    calls.length = 0;
    for (const w of [1.2, 1.4, 1.6, 1.8, 2]) store.getState().setIndicatorWeight('S_B', w);
    await conn.idle();
    // Five ratings (each edit, both years) but only the last sensitivity run.
    expect(calls.filter((c) => c === 'rating')).toHaveLength(10);
    expect(calls.filter((c) => c === 'sensitivity')).toHaveLength(1);
    expect(store.getState().results.sensitivity!.units).toEqual(expected(2014, store).units);
  });

  it('clears the intervals when no indicator is included', async () => {
    const { store, conn } = await setup();
    for (const id of ['S_D', 'S_F', 'S_E', 'S_A', 'S_B', 'S_C'])
      store.getState().setIncluded(id, false);
    await conn.idle();
    expect(store.getState().results.sensitivity).toBeNull();
  });
});
