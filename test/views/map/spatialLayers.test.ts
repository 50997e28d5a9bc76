/**
 * The map's spatial layers (src/views/map/spatialLayers.ts) on the bundled 16 boundaries: with
 * #/spatial's variable read from a layer whose values are seed 004's 2014 GRP, the lag and
 * Gi* z equal R spdep 1.2-7's lag.listw and localG(include.self) under queen W weights
 * (test/fixtures/spatial/spdep_reference.json); too few units give no values.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../../src/state/store.ts';
import type { MapLayerDef } from '../../../src/views/map/layers.ts';
import { spatialMapLayer } from '../../../src/views/map/spatialLayers.ts';

const ref = JSON.parse(readFileSync('test/fixtures/spatial/spdep_reference.json', 'utf8')).kz16;
const csv = readFileSync('test/fixtures/spatial/kz16.csv', 'utf8').trim().split('\n');
const grp = new Map(
  csv.slice(1).map((l) => [l.split(',')[0], Number(l.split(',')[1])] as [string, number]),
);
const fixed = (values: Map<string, number | null>): MapLayerDef => ({
  id: 'test',
  label: () => 'test',
  scale: 'sequential',
  indexScale: false,
  digits: 2,
  values: () => values,
});

describe('spatial map layers', () => {
  it("lag and Gi* z of the spatial variable equal spdep's on the 16 regions (queen, W)", () => {
    const s = createAppStore().getState();
    const lag = spatialMapLayer('lag', () => fixed(grp)).values(s);
    const gi = spatialMapLayer('gistar', () => fixed(grp)).values(s);
    const ids: string[] = ref.ids;
    ids.forEach((id, i) => {
      expect(lag.get(id)!, id).toBeCloseTo(ref.queen.stats.grp.lagW[i], 6);
      expect(gi.get(id)!, id).toBeCloseTo(ref.queen.stats.grp.localGstarW[i], 9);
    });
  });

  it('no values with fewer than 4 units', () => {
    const s = createAppStore().getState();
    const few = new Map<string, number | null>([
      ['KZ-AKM', 1],
      ['KZ-KAR', 2],
    ]);
    expect(spatialMapLayer('lag', () => fixed(few)).values(s).size).toBe(0);
  });
});
