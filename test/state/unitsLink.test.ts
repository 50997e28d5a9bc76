/**
 * Issue 8, item 3, for a set of the user's own units (issue 11, item 4): a link carries the
 * user's table with its boundary file while it stays within MAX_LINK_CHARS (state/url.ts);
 * beyond that it names both files and their hashes, and the recipient's store says which
 * boundary file to import (missingUserBoundaries, state/study.ts) until one with that hash is
 * there. The district fixtures (test/fixtures/units) are imported as the dashboard imports them.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readUserFile } from '../../src/data/readers/readUserFile.ts';
import { buildIndicatorTable } from '../../src/data/readers/indicatorTable.ts';
import { readGrid } from '../../src/data/readers/grid.ts';
import { createAppStore, type AppStore } from '../../src/state/store.ts';
import {
  boundaryHash,
  embedTable,
  missingUserBoundaries,
  missingUserTable,
  studyOf,
} from '../../src/state/study.ts';
import { decodeHash, encodeHash, MAX_LINK_CHARS } from '../../src/state/url.ts';
import { connectUrl, type UrlWindow } from '../../src/state/urlSync.ts';
import type { UserBoundarySet } from '../../src/state/userData.ts';
import { activateDataset } from '../../src/views/import/activate.ts';
import { toUserDataset } from '../../src/views/import/toUserDataset.ts';
import { asUnitTable, unitSetOf } from '../../src/views/import/unitSet.ts';
import { denseDistricts } from '../fixtures/units/denseDistricts.ts';

const ROUTES = ['rating', 'map', 'data'];
const SMALL = new Uint8Array(readFileSync('test/fixtures/units/districts.geojson'));
const DENSE = new TextEncoder().encode(denseDistricts());

async function unitSet(bytes: Uint8Array, name: string, id: string): Promise<UserBoundarySet> {
  const geo = await readUserFile(bytes, name);
  if (geo.kind !== 'boundaries' || !geo.boundaries.ok) throw new Error('boundaries');
  const set = unitSetOf(geo.boundaries.value, id, '2026-12-02T00:00:00.000Z');
  if (!set.ok) throw new Error('unit set');
  return set.value;
}

/** The sender: the boundary file and the district table imported, the table in use. */
async function sender(bytes: Uint8Array, name: string) {
  const store = createAppStore();
  const set = await unitSet(bytes, name, 'bounds-00000001');
  store.getState().addUserBoundaries(set);
  store.getState().useBoundaries(set.id);
  const csv = new Uint8Array(readFileSync('test/fixtures/units/districts-cp1251.csv'));
  const grid = await readGrid(csv, 'districts-cp1251.csv');
  if (!grid.ok) throw new Error('grid');
  const built = buildIndicatorTable(grid.value);
  if (!built.ok) throw new Error('table');
  const units = asUnitTable(built.value, set, built.warnings)!;
  const d = toUserDataset(units.table, 'user-00000001', '2026-12-02T00:00:00.000Z', 2014);
  const dataset = { ...d, sha256: 'c'.repeat(64) };
  store.getState().addUserDataset(dataset);
  expect(activateDataset(store, d.id)).toBe(true);
  const hash = encodeHash('rating', studyOf(store.getState()), embedTable(dataset, set));
  return { set, hash };
}

/** Opens `hash` in a fresh store, as a new browser does (state/urlSync.ts). */
function recipient(hash: string): AppStore {
  const store = createAppStore();
  const win: UrlWindow = {
    location: { hash },
    history: { replaceState: () => undefined },
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
  };
  connectUrl(store, win, ROUTES)();
  return store;
}

describe('a link and the boundary file of the user’s own units', () => {
  it('a boundary file too large for the link: the link names it by file and hash, and the recipient is asked for it until the same file is imported', async () => {
    expect(DENSE.length).toBeGreaterThan(100 * 1024);
    const { set, hash } = await sender(DENSE, 'districts-dense.geojson');
    expect(hash.length).toBeLessThanOrEqual(MAX_LINK_CHARS);
    const parsed = decodeHash(hash, ROUTES);
    expect(parsed.table).toBeNull();
    expect(parsed.spec.data.boundaries).toEqual({
      source: 'user',
      fileName: 'districts-dense.geojson',
      sha256: boundaryHash(set),
      units: { key: 'KATO', name: 'name_ru' },
    });

    const store = recipient(hash);
    expect(missingUserBoundaries(store.getState())).toEqual(parsed.spec.data.boundaries);
    expect(missingUserTable(store.getState())?.fileName).toBe('districts-cp1251.csv');
    // Another boundary file (the small one: other shapes, another hash) is not the one named.
    store.getState().addUserBoundaries(await unitSet(SMALL, 'districts.geojson', 'bounds-2'));
    expect(missingUserBoundaries(store.getState())?.sha256).toBe(boundaryHash(set));
    // The same file, imported on this machine, ends the notice.
    store.getState().addUserBoundaries(await unitSet(DENSE, 'districts-dense.geojson', 'bounds-3'));
    expect(missingUserBoundaries(store.getState())).toBeNull();
  });

  it('a boundary file that fits travels in the link with the table: nothing to import', async () => {
    const { hash } = await sender(SMALL, 'districts.geojson');
    expect(decodeHash(hash, ROUTES).table?.units?.fileName).toBe('districts.geojson');
    const store = recipient(hash);
    expect(missingUserBoundaries(store.getState())).toBeNull();
    expect(missingUserTable(store.getState())).toBeNull();
  });

  it('a study on regions, or on the bundled boundaries, names no boundary file to import', () => {
    const store = createAppStore();
    expect(store.getState().spec.data.boundaries).toEqual({ source: 'bundled' });
    expect(missingUserBoundaries(store.getState())).toBeNull();
    const spec = store.getState().spec;
    store.getState().setSpec({
      ...spec,
      data: {
        ...spec.data,
        boundaries: { source: 'user', fileName: 'regions.geojson', sha256: 'd'.repeat(64) },
      },
    });
    expect(missingUserBoundaries(store.getState())).toBeNull();
  });
});
