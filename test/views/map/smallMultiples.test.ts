/**
 * Small multiples (issue 11): every year's map of the bundled data (2010, 2014) classified on
 * both years' values together, so one colour means one class in both years. References: the
 * index rate() gives each region (the rating's own, tested against seed 004 elsewhere) and the
 * quantile breaks of the pooled values recomputed here by the type-7 rule.
 */
import { describe, expect, it } from 'vitest';
import { connectCompute } from '../../../src/state/compute.ts';
import { loadBundledDatasets } from '../../../src/state/datasets.ts';
import { createAppStore } from '../../../src/state/store.ts';
import { layerById } from '../../../src/views/map/layers.ts';
import { buildSmallMultiples } from '../../../src/views/map/smallMultiples.ts';
import { createComputeClient } from '../../../src/worker/client.ts';

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

/** Hyndman-Fan type 7 quantile of sorted x at p. */
const q7 = (x: number[], p: number) => {
  const h = (x.length - 1) * p;
  const lo = Math.floor(h);
  return x[lo] + (h - lo) * (x[Math.min(lo + 1, x.length - 1)] - x[lo]);
};

describe('buildSmallMultiples()', () => {
  it('one map per year, classes from both years pooled, each region coloured by its own year’s index', async () => {
    const store = await setup();
    store.getState().setClassification({ method: 'quantile', k: 4 });
    const s = store.getState();
    const sm = buildSmallMultiples(s, layerById(s, 'index'), [2010, 2014])!;
    expect(sm.years).toEqual([2010, 2014]);
    const r10 = s.results.rating[2010]!;
    const r14 = s.results.rating[2014]!;
    const pooled = [...r10.index, ...r14.index].filter((v): v is number => v !== null);
    pooled.sort((a, b) => a - b);
    const want = [0.25, 0.5, 0.75].map((p) => q7(pooled, p));
    for (const m of sm.maps) {
      m.classified.breaks.forEach((b, i) => expect(b).toBeCloseTo(want[i], 12));
    }
    // Same colour list in both years; a region's colour is its class under the shared breaks.
    const colours = sm.pooled.legend.map((e) => e.colour).reverse();
    [r10, r14].forEach((r, k) => {
      r.units.forEach((u, i) => {
        const v = r.index[i]!;
        const cls = want.filter((b) => v >= b).length;
        expect(sm.maps[k].fill.get(u)).toBe(colours[cls]);
      });
    });
    // The shared legend counts unit-years: 16 regions x 2 years.
    expect(sm.pooled.legend.reduce((a, e) => a + e.count, 0)).toBe(32);
  });

  it('no small multiples for a layer not computed per year, or for one year', async () => {
    const store = await setup();
    const s = store.getState();
    expect(buildSmallMultiples(s, layerById(s, 'change'), [2010, 2014])).toBeNull();
    expect(buildSmallMultiples(s, layerById(s, 'index'), [2014])).toBeNull();
  });
});
