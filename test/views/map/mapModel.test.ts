/**
 * selectMapModel() on the bundled data: the default map (2014 index, the paper's class scale
 * of seed 004 Table 1) and the rank-change layer. References: the classes rate() gives each
 * region (core/composite, checked against Table 6), and the ranks of both years.
 */
import { describe, expect, it } from 'vitest';
import { translate } from '../../../src/i18n/translate.ts';
import type { T } from '../../../src/i18n/useT.ts';
import { connectCompute } from '../../../src/state/compute.ts';
import { loadBundledDatasets } from '../../../src/state/datasets.ts';
import { createAppStore } from '../../../src/state/store.ts';
import { legendText } from '../../../src/views/map/Legend.tsx';
import { selectMapModel } from '../../../src/views/map/mapModel.ts';
import { createComputeClient } from '../../../src/worker/client.ts';

const t = Object.assign((k: never, v?: never) => translate('en', k, v), {
  lang: 'en' as const,
  num: (x: number | null | undefined, d = 1) => (x == null ? '—' : x.toFixed(d)),
}) as unknown as T;

async function setup() {
  const store = createAppStore();
  const conn = connectCompute(
    store,
    createComputeClient({ makeWorker: null }),
    loadBundledDatasets,
  );
  await conn.idle();
  return store;
}

describe('selectMapModel() with the bundled data', () => {
  it('colours every region by its rating class and counts them in the legend', async () => {
    const store = await setup();
    const m = selectMapModel(store.getState());
    const r = store.getState().results.rating[2014]!;
    expect(m.layer.id).toBe('index');
    expect(m.values.size).toBe(16);
    expect(m.missing).toBe(0);
    // Legend counts equal the classes rate() gave (B++ first: the legend runs high to low).
    const byClass = new Map<string, number>();
    for (const c of r.classes) byClass.set(c, (byClass.get(c) ?? 0) + 1);
    for (const e of m.legend) expect(e.count).toBe(byClass.get(e.label!) ?? 0);
    expect(m.legend[0].label).toBe('B++');
    expect(m.legend.at(-1)!.label).toBe('C');
    expect(m.legend.reduce((a, e) => a + e.count, 0)).toBe(16);
    // Each class in use has its own colour, and each region the colour of its class.
    expect(new Set(m.legend.map((e) => e.colour)).size).toBe(m.legend.length);
    r.units.forEach((u, i) => {
      const e = m.legend.find((x) => x.label === r.classes[i])!;
      expect(m.fill.get(u)).toBe(e.colour);
    });
    expect(legendText(m.legend[0], m, t)).toBe('B++  60.0 – 70.0');
  });

  it('names the rank-change classes and puts each region in the right one', async () => {
    const store = await setup();
    store.getState().setMapLayer('rankChange');
    const m = selectMapModel(store.getState());
    expect(m.legend.map((e) => legendText(e, m, t))).toEqual([
      'Up 3 places or more',
      'Up 1–2 places',
      'Unchanged',
      'Down 1–2 places',
      'Down 3 places or more',
    ]);
    const a = store.getState().results.rating[2014]!;
    const b = store.getState().results.rating[2010]!;
    const gain = (u: string) => b.rank[b.units.indexOf(u)] - a.rank[a.units.indexOf(u)];
    const classOf = (g: number) => (g >= 3 ? 0 : g >= 1 ? 1 : g === 0 ? 2 : g >= -2 ? 3 : 4);
    const counts = [0, 0, 0, 0, 0];
    for (const u of a.units) {
      counts[classOf(gain(u))]++;
      expect(m.fill.get(u)).toBe(m.legend[classOf(gain(u))].colour);
    }
    expect(m.legend.map((e) => e.count)).toEqual(counts);
  });

  it('the change layer maps the later year’s index minus the earlier one’s, the same from either year', async () => {
    const store = await setup();
    store.getState().setMapLayer('change');
    const a = store.getState().results.rating[2014]!;
    const b = store.getState().results.rating[2010]!;
    const m = selectMapModel(store.getState());
    expect(m.layer.id).toBe('change');
    expect(m.values.size).toBe(16);
    for (const u of a.units) {
      const want = a.index[a.units.indexOf(u)]! - b.index[b.units.indexOf(u)]!;
      expect(m.values.get(u)).toBeCloseTo(want, 12);
    }
    // Some regions gained and some lost between 2010 and 2014 in seed 004's data.
    const vs = [...m.values.values()].filter((v): v is number => v !== null);
    expect(vs.some((v) => v > 0) && vs.some((v) => v < 0)).toBe(true);
    store.getState().setYear(2010);
    await Promise.resolve();
    const m2010 = selectMapModel(store.getState());
    for (const u of a.units) expect(m2010.values.get(u)).toBeCloseTo(m.values.get(u)!, 12);
  });

  it('the change layer’s classes are centred on zero: 0 is a break, no class holds gains and losses, colours symmetric', async () => {
    const store = await setup();
    store.getState().setMapLayer('change');
    store.getState().setClassification({ method: 'quantile', k: 5 });
    const m = selectMapModel(store.getState());
    const { breaks, classes } = m.classified;
    // k = 5 asks for floor(5/2) = 2 classes a side: breaks -w, 0, w.
    expect(breaks).toHaveLength(3);
    expect(breaks[1]).toBe(0);
    expect(breaks[0]).toBe(-breaks[2]);
    const vs = [...m.values.values()];
    vs.forEach((v, i) => {
      if (v === null) return;
      const c = classes[i]!;
      // Classes 0-1 hold losses only, 2-3 gains (and exact zeros) only.
      expect(c < 2 ? v < 0 : v >= 0).toBe(true);
    });
    const w = breaks[2];
    const maxAbs = Math.max(...vs.filter((v): v is number => v !== null).map(Math.abs));
    // The outer classes reach the largest change: 2w covers it, w alone does not.
    expect(2 * w).toBeGreaterThanOrEqual(maxAbs);
    // Legend (highest first): four distinct colours, none the neutral middle of BrBG.
    expect(new Set(m.legend.map((e) => e.colour)).size).toBe(4);
    expect(legendText(m.legend[1], m, t)).toMatch(/^\+?0\.0 – /);
  });
});
