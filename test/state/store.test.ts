import { describe, expect, it } from 'vitest';
import { defaultSpec, paperRatingSpec } from '../../src/core/index.ts';
import type { TableDataset } from '../../src/data/types.ts';
import { connectCompute } from '../../src/state/compute.ts';
import { presetOf } from '../../src/state/specSlice.ts';
import { createAppStore } from '../../src/state/store.ts';
import { decodeHash, encodeHash } from '../../src/state/url.ts';
import { createComputeClient } from '../../src/worker/client.ts';

// Two regions, six indicators. By seed 004 formulas 1-4 (ratio to max, 1/3 each, 0.5/0.5):
// A: S_D 100, the rest 50 -> receptivity 66.67, activity 50, index 58.33
// B: S_D 50, the rest 100 -> receptivity 83.33, activity 100, index 91.67
const IDS = ['S_D', 'S_F', 'S_E', 'S_A', 'S_B', 'S_C'];
function dataset(id: string, a: number[], b: number[]): TableDataset {
  const cell = (v: number) => ({
    value: v,
    printed: String(v),
    source: { seed: 'test', table: '0', row: '0' },
  });
  const row = (key: string, xs: number[]) => ({
    key,
    label: key,
    cells: Object.fromEntries(IDS.map((c, j) => [c, cell(xs[j])])),
  });
  return {
    kind: 'table',
    id,
    title: { ru: id, kk: id, en: id },
    source: 'test',
    seed: 'test',
    tables: [],
    units: { ru: '', kk: '', en: '' },
    years: [],
    notes: { ru: '', kk: '', en: '' },
    columns: IDS.map((c) => ({
      id: c,
      title: { ru: c, kk: c, en: c },
      unit: { ru: '', kk: '', en: '' },
    })),
    rows: [row('KZ-AKM', a), row('KZ-AKT', b)],
  };
}

const load = async () => ({
  'innovation-2014': dataset('innovation-2014', [10, 1, 1, 1, 1, 1], [5, 2, 2, 2, 2, 2]),
  'innovation-2010': dataset('innovation-2010', [1, 1, 1, 1, 1, 1], [2, 2, 2, 2, 2, 2]),
});

async function setup() {
  const store = createAppStore();
  const conn = connectCompute(store, createComputeClient({ makeWorker: null }), load);
  await conn.idle();
  return { store, conn };
}

describe('store actions', () => {
  it('connectCompute() puts the paper rating of both years in the store', async () => {
    const { store } = await setup();
    const r = store.getState().results.rating[2014]!;
    expect(r.units).toEqual(['KZ-AKM', 'KZ-AKT']);
    expect(r.index[0]).toBeCloseTo(58.3333, 3);
    expect(r.index[1]).toBeCloseTo(91.6667, 3);
    expect(r.rank).toEqual([2, 1]);
    expect(store.getState().results.rating[2010]!.rank).toEqual([2, 1]);
  });

  it('a weight change re-ranks: only S_D counting puts KZ-AKM first', async () => {
    const { store, conn } = await setup();
    const s = store.getState();
    s.setIndicatorWeight('S_F', 0);
    s.setIndicatorWeight('S_E', 0);
    s.setGroupWeight('activity', 0);
    await conn.idle();
    const r = store.getState().results.rating[2014]!;
    expect(r.index[0]).toBeCloseTo(100, 6);
    expect(r.index[1]).toBeCloseTo(50, 6);
    expect(r.rank).toEqual([1, 2]);
    expect(presetOf(store.getState().spec.rating)).toBe('custom');
  });

  it('excluding and re-including an indicator restores the paper spec; undo/redo step through edits', async () => {
    const { store } = await setup();
    const s = store.getState();
    s.setIncluded('S_E', false);
    expect(store.getState().spec.rating.groups[0].indicators.map((i) => i.id)).toEqual([
      'S_D',
      'S_F',
    ]);
    s.setIncluded('S_E', true);
    expect(store.getState().spec.rating).toEqual(paperRatingSpec());
    s.undo();
    expect(store.getState().spec.rating.groups[0].indicators).toHaveLength(2);
    s.redo();
    expect(store.getState().spec.rating).toEqual(paperRatingSpec());
  });

  it('moves of one slider coalesce into one undo step', () => {
    const store = createAppStore();
    const s = store.getState();
    s.setIndicatorWeight('S_D', 1.5);
    s.setIndicatorWeight('S_D', 2);
    s.setIndicatorWeight('S_D', 2.5);
    expect(store.getState().history.past).toHaveLength(1);
    s.undo();
    expect(store.getState().spec).toEqual(defaultSpec());
  });

  it('setSpec() with one key in a row is one undo step (a cut-line drag); without a key each call is one', () => {
    const store = createAppStore();
    const k = (n: number) => ({
      ...store.getState().spec,
      clustering: { ...store.getState().spec.clustering, k: n },
    });
    for (const n of [5, 6, 7, 8]) store.getState().setSpec(k(n), 'clustering.k');
    expect(store.getState().history.past).toHaveLength(1);
    store.getState().setSpec(k(3));
    store.getState().setSpec(k(2));
    expect(store.getState().history.past).toHaveLength(3);
    store.getState().undo();
    store.getState().undo();
    expect(store.getState().spec.clustering.k).toBe(8);
    store.getState().undo();
    expect(store.getState().spec).toEqual(defaultSpec());
  });

  it('the sensitivity over every choice is in the spec: runs typed digit by digit are one undo step, a tick one more, and a link carries them', () => {
    const store = createAppStore();
    const set = (choices: object, key?: string) =>
      store
        .getState()
        .setSensitivity({ choices: { vary: ['weights'], runs: 1000, seed: 1, ...choices } }, key);
    for (const runs of [20, 200, 2000]) set({ runs }, 'choices.runs');
    expect(store.getState().history.past).toHaveLength(1);
    set({ runs: 2000, vary: ['weights', 'exclude'] });
    expect(store.getState().history.past).toHaveLength(2);
    set({ runs: 2000, vary: ['weights', 'exclude'] });
    expect(store.getState().history.past).toHaveLength(2);
    const spec = store.getState().spec;
    expect(spec.sensitivity.choices).toEqual({ vary: ['weights', 'exclude'], runs: 2000, seed: 1 });
    const back = decodeHash(encodeHash('rating', spec));
    expect(back.spec?.sensitivity.choices).toEqual(spec.sensitivity.choices);
    store.getState().undo();
    expect(store.getState().spec.sensitivity.choices?.vary).toEqual(['weights']);
    store.getState().undo();
    expect(store.getState().spec).toEqual(defaultSpec());
  });

  it('toggleRegion() keeps at most four regions, dropping the oldest', () => {
    const store = createAppStore();
    const s = store.getState();
    for (const c of ['KZ-AKM', 'KZ-AKT', 'KZ-ALM', 'KZ-ALA', 'KZ-AST']) s.toggleRegion(c);
    expect(store.getState().view.selected).toEqual(['KZ-AKT', 'KZ-ALM', 'KZ-ALA', 'KZ-AST']);
    s.toggleRegion('KZ-ALM');
    expect(store.getState().view.selected).toEqual(['KZ-AKT', 'KZ-ALA', 'KZ-AST']);
  });

  it('applyPreset("equal") weights each included indicator equally', () => {
    const store = createAppStore();
    const s = store.getState();
    s.setIncluded('S_C', false);
    s.applyPreset('equal');
    const g = store.getState().spec.rating.groups;
    expect(g.map((x) => x.weight)).toEqual([3, 2]);
    expect(presetOf(store.getState().spec.rating)).toBe('equal');
  });
});
