/**
 * What the study's units are: regions, or the user's own units (a boundary set of their own
 * units, districts or hexagons: issue 11; or a table of its own units with no boundaries:
 * views/import/ownUnits.ts). The views name them accordingly ("map of the regions" or "map",
 * "region" or "unit"), so a user's districts or firms are not called regions.
 */
import { regionByCode } from '../data/regions/registry.ts';
import type { AppState } from './store.ts';
import { activeUserDataset } from './study.ts';
import { activeUserBoundaries, type UserDataset } from './userData.ts';

// Answers by dataset object: the views' selectors ask on every store update, and a dataset is
// replaced, never changed in place, so one scan of its rows is enough.
const OWN = new WeakMap<UserDataset, boolean>();

/** True for a dataset keyed by its own labels: no boundary file's units, no region. */
export function isOwnUnitTable(d: UserDataset): boolean {
  let v = OWN.get(d);
  if (v === undefined) {
    v =
      !d.unitJoin &&
      d.table.rows.length > 0 &&
      d.table.rows.every((r) => regionByCode(r.key) === undefined);
    OWN.set(d, v);
  }
  return v;
}

/** True when the study's units are the user's own rather than regions. */
export function studyUnitsAreOwn(s: AppState): boolean {
  if (activeUserBoundaries(s.userData)?.units) return true;
  const d = activeUserDataset(s);
  return d !== null && isOwnUnitTable(d);
}
