/**
 * viewUserTable() and viewBundledTable() (src/state/viewData.ts): which table the view on screen analyses in place of the
 * study's own, for the line above every view. A table picked on #/clustering or
 * #/specialisation is named there; seed 002's industries on #/clustering and #/factors too;
 * every other route, and a view on the study's own table, reads null.
 */
import { describe, expect, it } from 'vitest';
import { getDataset } from '../../src/data/datasets/catalogue.ts';
import type { TableDataset } from '../../src/data/types.ts';
import { INDUSTRIES_DATASET } from '../../src/state/analysisCompute.ts';
import { createAppStore } from '../../src/state/store.ts';
import { viewBundledTable, viewUserTable } from '../../src/state/viewData.ts';
import { defaultView } from '../../src/state/viewState.ts';

function withTable(route: string) {
  const store = createAppStore({ view: { ...defaultView(), route } });
  const id = 'user-00000def';
  store.getState().addUserDataset({
    id,
    fileName: 'units.csv',
    importedAt: '2026-12-03T00:00:00.000Z',
    year: 2022,
    mapping: {},
    table: { ...(getDataset('innovation-2014') as TableDataset), id },
  });
  return { store, id };
}

describe('viewUserTable(), viewBundledTable()', () => {
  it('names the table picked on #/clustering, and nothing once the pick is dropped', () => {
    const { store, id } = withTable('clustering');
    expect(viewUserTable(store.getState())).toBeNull();
    store.getState().setClusterTable(id);
    expect(viewUserTable(store.getState())?.fileName).toBe('units.csv');
    // The store's own object: a React selector of it is stable between renders.
    expect(viewUserTable(store.getState())).toBe(store.getState().userData.datasets[0]);
    expect(viewBundledTable(store.getState())).toBeNull();
    store.getState().setClusterTable(null);
    expect(viewUserTable(store.getState())).toBeNull();
  });

  it('names seed 002’s industries on #/clustering and #/factors', () => {
    const { store } = withTable('clustering');
    store.getState().setClusterSource('industries');
    expect(viewBundledTable(store.getState())).toBe(INDUSTRIES_DATASET);
    store.getState().setRoute('factors');
    expect(viewBundledTable(store.getState())).toBeNull();
    store.getState().setFactorSource('industries');
    expect(viewBundledTable(store.getState())).toBe(INDUSTRIES_DATASET);
  });

  it('names the matrix picked on #/specialisation, only there', () => {
    const { store, id } = withTable('specialisation');
    store.getState().setSpecialisationTable(id);
    expect(viewUserTable(store.getState())?.id).toBe(id);
    store.getState().setRoute('map');
    expect(viewUserTable(store.getState())).toBeNull();
  });
});
