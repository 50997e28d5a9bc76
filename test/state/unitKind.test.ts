/**
 * studyUnitsAreOwn() and isOwnUnitTable() (src/state/unitKind.ts): the study's units are the
 * user's own while a boundary set of their own units is in use (the district fixture) or the
 * table in use names no region (a table of firms); regions otherwise (the bundled tables, or a
 * user table of regions), so the views call regions regions and anything else units.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getDataset } from '../../src/data/datasets/catalogue.ts';
import type { TableDataset } from '../../src/data/types.ts';
import { readUserFile } from '../../src/data/readers/readUserFile.ts';
import { createAppStore } from '../../src/state/store.ts';
import { isOwnUnitTable, studyUnitsAreOwn } from '../../src/state/unitKind.ts';
import type { UserDataset } from '../../src/state/userData.ts';
import { activateDataset } from '../../src/views/import/activate.ts';
import { unitSetOf } from '../../src/views/import/unitSet.ts';

function dataset(id: string, keys: string[]): UserDataset {
  const base = getDataset('innovation-2014') as TableDataset;
  const rows = base.rows.slice(0, keys.length).map((r, i) => ({ ...r, key: keys[i] }));
  return {
    id,
    fileName: `${id}.csv`,
    importedAt: '2026-12-03T00:00:00.000Z',
    year: 2022,
    mapping: { S_D: base.columns[0].id },
    table: { ...base, id, rows },
  };
}

describe('studyUnitsAreOwn()', () => {
  it('is false for the bundled tables and for a user table of regions', () => {
    const store = createAppStore();
    expect(studyUnitsAreOwn(store.getState())).toBe(false);
    const regions = dataset('user-1', ['KZ-AKM', 'KZ-AKT', 'KZ-ALM']);
    store.getState().addUserDataset(regions);
    expect(activateDataset(store, 'user-1')).toBe(true);
    expect(isOwnUnitTable(regions)).toBe(false);
    expect(studyUnitsAreOwn(store.getState())).toBe(false);
  });

  it('is true for a table of firms in use', () => {
    const store = createAppStore();
    const firms = dataset('user-2', ['Firm 1', 'Firm 2', 'Firm 3']);
    store.getState().addUserDataset(firms);
    expect(isOwnUnitTable(firms)).toBe(true);
    expect(studyUnitsAreOwn(store.getState())).toBe(false); // imported, not in use
    expect(activateDataset(store, 'user-2')).toBe(true);
    expect(studyUnitsAreOwn(store.getState())).toBe(true);
  });

  it('is true while a boundary set of the user’s own units is in use', async () => {
    const store = createAppStore();
    const bytes = new Uint8Array(readFileSync('test/fixtures/units/districts.geojson'));
    const geo = await readUserFile(bytes, 'districts.geojson');
    if (geo.kind !== 'boundaries' || !geo.boundaries.ok) throw new Error('boundaries');
    const set = unitSetOf(geo.boundaries.value, 'bounds-1', '2026-12-03T00:00:00.000Z');
    if (!set.ok) throw new Error('unit set');
    store.getState().addUserBoundaries(set.value);
    expect(studyUnitsAreOwn(store.getState())).toBe(false);
    store.getState().useBoundaries(set.value.id);
    expect(studyUnitsAreOwn(store.getState())).toBe(true);
  });
});
