/**
 * The map's spatial layers (src/views/map/spatialLayers.ts), with #/spatial's variable read
 * from a layer of fixed values:
 * - on the bundled 16 boundaries with seed 004's 2014 GRP, and on an imported 30-cell grid
 *   (the boundary set in use) with its variable `a`, the lag and Gi* z equal R spdep 1.2-7's
 *   lag.listw and localG(include.self) under queen W weights
 *   (test/fixtures/spatial/spdep_reference.json);
 * - the map model colours Gi* z on a diverging ramp centred on 0 (negative z on the purple half,
 *   positive on the orange half) and the hot-spot layer by spdep's z in its 7 classes;
 * - the LISA layer gives each unit the category of #/spatial's cluster map (the spatial task
 *   under the same spec), the significant units in the quadrant of x and spdep's lag (GeoDa's
 *   and spdep's `quadr_ps`: deviation and lagged deviation from the mean);
 * - too few units give no values.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lisaQuadrant } from '../../../src/core/index.ts';
import { createAppStore } from '../../../src/state/store.ts';
import type { UserBoundarySet } from '../../../src/state/userData.ts';
import { classOf } from '../../../src/views/map/classify.ts';
import type { MapLayerDef } from '../../../src/views/map/layers.ts';
import { buildMapModel } from '../../../src/views/map/mapModel.ts';
import { PALETTES } from '../../../src/views/map/palettes.ts';
import { HOTSPOT_Z, spatialMapLayers } from '../../../src/views/map/spatialLayers.ts';
import { lisaColour } from '../../../src/views/spatial/lisaColours.ts';
import { spatialModel } from '../../../src/views/spatial/spatialModel.ts';

const spdep = JSON.parse(readFileSync('test/fixtures/spatial/spdep_reference.json', 'utf8'));
const column = (file: string, j: number) =>
  new Map(
    readFileSync(file, 'utf8')
      .trim()
      .split('\n')
      .slice(1)
      .map((l) => [l.split(',')[0], Number(l.split(',')[j])] as [string, number]),
  );
const grp = column('test/fixtures/spatial/kz16.csv', 1);
const gridA = column('test/fixtures/spatial/grid.csv', 1);
const gridGeo = JSON.parse(readFileSync('test/fixtures/spatial/grid.geojson', 'utf8'));

const fixed = (values: Map<string, number | null>): MapLayerDef => ({
  id: 'test',
  label: () => 'test',
  scale: 'sequential',
  indexScale: false,
  digits: 2,
  values: () => values,
});

const layersOf = (values: Map<string, number | null>) => {
  const list = spatialMapLayers(() => fixed(values));
  const byId = (id: string) => list.find((l) => l.id === id)!;
  return {
    lag: byId('spatial:lag'),
    gi: byId('spatial:gistar'),
    hot: byId('spatial:hotspot'),
    lisa: byId('spatial:lisa'),
  };
};

/** A store whose boundary set in use is the 30-cell grid (as an import leaves it). */
function gridStore() {
  const store = createAppStore();
  const set = {
    id: 'grid',
    fileName: 'grid.geojson',
    importedAt: '2026-01-01T00:00:00.000Z',
    scheme: '2014',
    features: gridGeo,
    report: { matched: 30, unmatched: [], duplicates: [], missing: [] },
  } as unknown as UserBoundarySet;
  store.getState().addUserBoundaries(set);
  store.getState().useBoundaries('grid');
  return store;
}

describe('spatial map layers', () => {
  it("lag and Gi* z equal spdep's on the bundled 16 regions (queen, W)", () => {
    const s = createAppStore().getState();
    const { lag, gi } = layersOf(grp);
    const ref = spdep.kz16;
    const lv = lag.values(s);
    const gv = gi.values(s);
    expect(lv.size).toBe(16);
    ref.ids.forEach((id: string, i: number) => {
      expect(lv.get(id)!, id).toBeCloseTo(ref.queen.stats.grp.lagW[i], 6);
      expect(gv.get(id)!, id).toBeCloseTo(ref.queen.stats.grp.localGstarW[i], 9);
    });
  });

  it("on an imported boundary set in use: lag and Gi* z equal spdep's on the 30-cell grid", () => {
    const s = gridStore().getState();
    const { lag, gi } = layersOf(gridA);
    const ref = spdep.grid;
    const lv = lag.values(s);
    const gv = gi.values(s);
    expect(lv.size).toBe(30);
    ref.ids.forEach((id: string, i: number) => {
      expect(lv.get(id)!, id).toBeCloseTo(ref.queen.stats.a.lagW[i], 9);
      expect(gv.get(id)!, id).toBeCloseTo(ref.queen.stats.a.localGstarW[i], 9);
    });
  });

  it('the map model colours Gi* z about 0 and hot and cold spots by their class', () => {
    const store = gridStore();
    const { gi, hot } = layersOf(gridA);
    const ref = spdep.grid;
    const z: number[] = ref.queen.stats.a.localGstarW;
    const model = (layer: MapLayerDef) => buildMapModel(store.getState(), layer);
    const gm = model(gi);
    const fills = ref.ids.map((id: string) => gm.fill.get(id)!);
    expect(new Set(fills).size, 'several colours').toBeGreaterThan(2);
    // PuOr: purple below 0.5, orange above; the colour's red minus blue tells the halves apart.
    const warmth = (c: string) => {
      const [r, , b] = c.match(/\d+/g)!.map(Number);
      return r - b;
    };
    const neutral = warmth(PALETTES.puor.at(0.5));
    // No unit on the other side's half; the strongest cold and hot spots on their own halves.
    ref.ids.forEach((id: string, i: number) => {
      const side = Math.sign(warmth(fills[i]) - neutral);
      expect(side * Math.sign(z[i]), id).toBeGreaterThanOrEqual(0);
    });
    const lo = z.indexOf(Math.min(...z));
    const hi = z.indexOf(Math.max(...z));
    expect(warmth(fills[lo])).toBeLessThan(neutral);
    expect(warmth(fills[hi])).toBeGreaterThan(neutral);

    const hm = model(hot);
    const breaks = [-HOTSPOT_Z[2], -HOTSPOT_Z[1], -HOTSPOT_Z[0], ...HOTSPOT_Z];
    const colours = hot.fixed!.colours!;
    ref.ids.forEach((id: string, i: number) =>
      expect(hm.fill.get(id), id).toBe(colours[classOf(z[i], breaks)!]),
    );
    expect(z.some((v) => v <= -HOTSPOT_Z[1])).toBe(true);
    expect(new Set(ref.ids.map((id: string) => hm.fill.get(id))).size).toBeGreaterThan(2);
  });

  it("LISA categories are #/spatial's cluster map, quadrants as spdep's", () => {
    const s = gridStore().getState();
    const { lisa } = layersOf(gridA);
    const values = lisa.values(s);
    const features = gridGeo.features.map((f: { id: string; geometry: unknown }) => ({
      id: f.id,
      geometry: f.geometry,
    }));
    const view = spatialModel(features, gridA, [], s.spec.spatial);
    const ref = spdep.grid;
    const lag: number[] = ref.queen.stats.a.lagW;
    const mean = [...gridA.values()].reduce((a, b) => a + b, 0) / gridA.size;
    let significant = 0;
    view.analysis!.local.forEach((r) => {
      const label = lisa.format!(values.get(r.id)!, ((k: string) => k) as never);
      expect(label, r.id).toBe(r.significant ? `spatial.quad.${r.quadrant}` : 'spatial.quad.ns');
      expect(lisa.fixed!.colours![values.get(r.id)!]).toBe(
        lisaColour(r.significant ? r.quadrant : null),
      );
      if (r.significant) {
        significant++;
        const i = ref.ids.indexOf(r.id);
        expect(r.quadrant).toBe(lisaQuadrant(gridA.get(r.id)! - mean, lag[i] - mean));
      }
    });
    expect(significant, 'some units significant').toBeGreaterThan(0);
  });

  it('no values with fewer than 4 units', () => {
    const s = createAppStore().getState();
    const few = new Map<string, number | null>([
      ['KZ-AKM', 1],
      ['KZ-KAR', 2],
    ]);
    const { lag, gi, lisa } = layersOf(few);
    expect(lag.values(s).size).toBe(0);
    expect(gi.values(s).size).toBe(0);
    expect(lisa.values(s).size).toBe(0);
  });
});
