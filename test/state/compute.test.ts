/**
 * The compute controller's sensitivity run (src/state/compute.ts): results land in the store
 * for the year in view, follow the weights and the sampling settings, and runs that a newer
 * edit overtook are skipped. Reference: core sensitivity() on the same bundled table.
 */
import { describe, expect, it } from 'vitest';
import { sensitivity } from '../../src/core/index.ts';
import { getDataset } from '../../src/data/datasets/catalogue.ts';
import { tableToMatrix } from '../../src/data/tableMatrix.ts';
import type { TableDataset } from '../../src/data/types.ts';
import { connectCompute, indicatorIds, sameIssues } from '../../src/state/compute.ts';
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

  it('keeps the same issue list across a weight step that changes no issue', async () => {
    const { store, conn } = await setup();
    const before = store.getState().results.issues;
    const rating = store.getState().results.rating[2014];
    store.getState().setIndicatorWeight('S_A', 3);
    await conn.idle();
    expect(store.getState().results.rating[2014]).not.toBe(rating);
    expect(store.getState().results.issues).toBe(before);
    // Weights of 0 across a whole group are an issue: a new list.
    for (const id of ['S_A', 'S_B', 'S_C']) store.getState().setIndicatorWeight(id, 0);
    await conn.idle();
    const after = store.getState().results.issues;
    expect(after).not.toBe(before);
    expect(after.length).toBeGreaterThan(before.length);
  });

  it('runs once for a burst of edits in one task, with the last weights', async () => {
    const { store, conn, calls } = await setup();
    calls.length = 0;
    for (const w of [1.2, 1.4, 1.6, 1.8, 2]) store.getState().setIndicatorWeight('S_B', w);
    await conn.idle();
    // One rating of both years and one sensitivity run, not five of each.
    expect(calls.filter((c) => c === 'rating')).toHaveLength(2);
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

describe('connectCompute() with the sensitivity in a worker', () => {
  /** Ratings in-thread; sensitivity runs held until the test releases them, as a busy worker. */
  function workerClient() {
    const inner = createComputeClient({ makeWorker: null });
    const held: { weight: number; release: () => void }[] = [];
    const client: ComputeClient = {
      run: (task, input, onProgress) => {
        if (task !== 'sensitivity') return inner.run(task, input, onProgress);
        const s = input as { spec: { groups: { indicators: { id: string; weight: number }[] }[] } };
        const weight = s.spec.groups
          .flatMap((g) => g.indicators)
          .find((i) => i.id === 'S_A')!.weight;
        return new Promise((resolve) => {
          held.push({ weight, release: () => resolve(inner.run(task, input) as never) });
        });
      },
      dispose: () => inner.dispose(),
    };
    return { client, held };
  }

  it('starts the worker sensitivity after the paint, with the weights wanted then', async () => {
    const store = createAppStore();
    const { client, held } = workerClient();
    const paints: (() => void)[] = [];
    const conn = connectCompute(store, client, loadBundledDatasets, {
      afterPaint: (f) => paints.push(f),
    });
    await new Promise((r) => setTimeout(r, 0));
    // The rating is in the store; the sensitivity waits for the frame.
    expect(store.getState().results.rating[2014]).toBeDefined();
    expect(held).toHaveLength(0);
    expect(paints).toHaveLength(1);
    // Two more steps before the frame: no run started, none queued.
    store.getState().setIndicatorWeight('S_A', 2);
    await new Promise((r) => setTimeout(r, 0));
    store.getState().setIndicatorWeight('S_A', 3);
    await new Promise((r) => setTimeout(r, 0));
    expect(held).toHaveLength(0);
    expect(paints).toHaveLength(1);
    // After the paint one run starts, with the last weights.
    paints.shift()!();
    await new Promise((r) => setTimeout(r, 0));
    expect(held).toHaveLength(1);
    expect(held[0].weight).toBe(3);
    held[0].release();
    await new Promise((r) => setTimeout(r, 0));
    while (paints.length > 0) paints.shift()!();
    for (const h of held.slice(1)) h.release();
    await conn.idle();
    expect(store.getState().results.sensitivity!.units).toEqual(expected(2014, store).units);
  });

  it('puts the rating in the store without waiting for a running sensitivity', async () => {
    const store = createAppStore();
    const { client, held } = workerClient();
    const conn = connectCompute(store, client, loadBundledDatasets);
    await new Promise((r) => setTimeout(r, 0));
    expect(held).toHaveLength(1);
    const before = store.getState().results.rating[2014];
    store.getState().setIndicatorWeight('S_A', 3);
    await new Promise((r) => setTimeout(r, 0));
    const after = store.getState().results.rating[2014];
    expect(after).not.toBe(before);
    expect(after!.index).not.toEqual(before!.index);
    // The first run is still held: no second run queued behind it in the worker.
    expect(held).toHaveLength(1);
    held[0].release();
    await new Promise((r) => setTimeout(r, 0));
    // It ended stale, so the weights now in the store are sampled next; its answer is dropped.
    expect(held).toHaveLength(2);
    expect(held[1].weight).toBe(3);
    expect(store.getState().results.sensitivity).toBeNull();
    held[1].release();
    await conn.idle();
    expect(store.getState().results.sensitivity!.units).toEqual(expected(2014, store).units);
  });
});

describe('sameIssues', () => {
  const a = {
    code: 'missing-indicator-value',
    severity: 'warning' as const,
    message: 'm',
    where: { region: 'KZ-AKM' },
  };
  it('sameIssues compares issue lists by content and order', () => {
    expect(sameIssues([a], [{ ...a, where: { ...a.where } }])).toBe(true);
    expect(sameIssues([a], [{ ...a, where: { region: 'KZ-ALA' } }])).toBe(false);
    expect(sameIssues([a, { ...a, code: 'x' }], [{ ...a, code: 'x' }, a])).toBe(false);
    expect(sameIssues([], [a])).toBe(false);
  });
});
