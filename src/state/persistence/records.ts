/**
 * The stored form of each item: an envelope with a format id, a record version, the kind of
 * item and the item itself. Reading checks the envelope and the item's shape and brings old
 * records forward through RECORD_MIGRATIONS; anything else (another app's data under our key, a
 * half-written record) is refused with an issue naming the item, and the other items load.
 */
import { fail, ok, type Issue, type Result, MAX_YEAR, MIN_YEAR } from '../../core/index.ts';
import type { SavedAnalysis, UserBoundarySet, UserDataset } from '../userData.ts';
import { isDrawableBoundaries } from '../../data/validate/drawableBoundaries.ts';
import { checkStudy } from './checkState.ts';

export const RECORD_FORMAT = 'kz-atlas-item';
/** Current record version. */
export const RECORD_VERSION = 1;

export type RecordKind = 'dataset' | 'boundaries' | 'analysis' | 'active';

export interface ActiveIds {
  activeDataset: string | null;
  activeBoundaries: string | null;
}

export interface ItemOf {
  dataset: UserDataset;
  boundaries: UserBoundarySet;
  analysis: SavedAnalysis;
  active: ActiveIds;
}

export interface Envelope<K extends RecordKind = RecordKind> {
  format: typeof RECORD_FORMAT;
  version: number;
  kind: K;
  savedAt: string;
  item: ItemOf[K];
}

const isObj = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);
const isStr = (x: unknown): x is string => typeof x === 'string';

/**
 * Record migrations by the version they start from. Version 0 is the pre-release layout, which
 * stored the bare item without an envelope; it is wrapped as it is.
 */
export const RECORD_MIGRATIONS: Record<
  number,
  (raw: Record<string, unknown>, kind: RecordKind) => Record<string, unknown>
> = {
  0: (raw, kind) => ({ format: RECORD_FORMAT, version: 1, kind, savedAt: '', item: raw }),
};

/** Wraps an item for storage. */
export function wrapRecord<K extends RecordKind>(
  kind: K,
  item: ItemOf[K],
  savedAt: string,
): Envelope<K> {
  return { format: RECORD_FORMAT, version: RECORD_VERSION, kind, savedAt, item };
}

/**
 * The name a user knows a stored item by (its file name or analysis name), read from the raw
 * record as far as it goes; the storage key otherwise.
 */
export function storedItemName(key: string, raw: unknown): string {
  const item = isObj(raw) && isObj(raw.item) ? raw.item : raw;
  if (isObj(item)) {
    if (isStr(item.fileName) && item.fileName.trim()) return item.fileName.slice(0, 200);
    if (isStr(item.name) && item.name.trim()) return item.name.slice(0, 200);
  }
  return key;
}

/** The item left out; `where.file` is the name the user knows it by (storedItemName). */
function damaged(key: string, why: string, raw: unknown): Issue {
  return {
    code: 'stored-item-unreadable',
    severity: 'warning',
    message: `A saved item (${key}) could not be read and was left out: ${why}`,
    params: { value: storedItemName(key, raw) },
    where: { file: storedItemName(key, raw) },
  };
}

function isCell(x: unknown): boolean {
  return (
    isObj(x) &&
    (x.value === null || (typeof x.value === 'number' && Number.isFinite(x.value))) &&
    isStr(x.printed) &&
    (x.text === undefined || isStr(x.text)) &&
    isObj(x.source)
  );
}

const isColumn = (c: unknown): boolean =>
  isObj(c) && isStr(c.id) && isObj(c.title) && isObj(c.unit);

const isYear = (y: unknown): y is number =>
  typeof y === 'number' && Number.isInteger(y) && y >= MIN_YEAR && y <= MAX_YEAR;

/** Shape check of one table of an import (the parts the views and the rating read). */
function isTable(t: unknown): boolean {
  if (!isObj(t) || t.kind !== 'table' || !Array.isArray(t.columns) || !Array.isArray(t.rows))
    return false;
  if (!t.columns.every(isColumn)) return false;
  // Text columns (unit groups) are optional: an import of version 2 or earlier has none.
  if (
    t.textColumns !== undefined &&
    !(Array.isArray(t.textColumns) && t.textColumns.every(isColumn))
  )
    return false;
  return t.rows.every(
    (r) =>
      isObj(r) &&
      isStr(r.key) &&
      isStr(r.label) &&
      isObj(r.cells) &&
      Object.values(r.cells).every(isCell),
  );
}

/** Shape check of an imported table or panel (one table per year, ascending, issue 11). */
export function isUserDataset(x: unknown): x is UserDataset {
  if (!isObj(x) || !isStr(x.id) || !isStr(x.fileName) || !isStr(x.importedAt)) return false;
  if (!isYear(x.year)) return false;
  if (!isObj(x.mapping) || !Object.values(x.mapping).every(isStr)) return false;
  if (x.panel !== undefined) {
    const p = x.panel;
    if (!Array.isArray(p) || p.length === 0) return false;
    if (!p.every((e, i) => isObj(e) && isYear(e.year) && (i === 0 || e.year > p[i - 1].year)))
      return false;
    if (!p.every((e) => isTable(e.table))) return false;
  }
  return isTable(x.table);
}

/** Shape check of a boundary set: drawable polygon features (drawableBoundaries.ts) and a report. */
export function isUserBoundarySet(x: unknown): x is UserBoundarySet {
  if (!isObj(x) || !isStr(x.id) || !isStr(x.fileName) || !isStr(x.importedAt)) return false;
  if (x.scheme !== '2014' && x.scheme !== 'current') return false;
  const fc = x.features;
  if (!isObj(fc) || fc.type !== 'FeatureCollection' || !Array.isArray(fc.features)) return false;
  // Every position a finite [lon, lat] and at least one feature matched to a region: a set
  // that the map cannot draw or fit is refused here, not found out on every start-up.
  const geomOk =
    fc.features.every((f) => isObj(f) && f.type === 'Feature') && isDrawableBoundaries(fc);
  const r = x.report;
  // A set of the user's own units: one entry (code, name) per feature, its code the feature's id.
  const u = x.units;
  const unitsOk =
    u === undefined ||
    (isObj(u) &&
      isStr(u.keyProperty) &&
      Array.isArray(u.units) &&
      Array.isArray(u.sourceIds) &&
      u.units.length === fc.features.length &&
      u.units.every(
        (e, i) =>
          isObj(e) &&
          isStr(e.code) &&
          isStr(e.name) &&
          (fc.features as Record<string, unknown>[])[i].id === e.code,
      ));
  return geomOk && unitsOk && isObj(r) && Array.isArray(r.unmatched) && Array.isArray(r.missing);
}

function checkItem<K extends RecordKind>(kind: K, item: unknown): Result<ItemOf[K]> {
  switch (kind) {
    case 'dataset':
      return isUserDataset(item) ? ok(item as ItemOf[K]) : fail([]);
    case 'boundaries':
      return isUserBoundarySet(item) ? ok(item as ItemOf[K]) : fail([]);
    case 'analysis': {
      if (!isObj(item) || !isStr(item.id) || !isStr(item.name) || !isStr(item.savedAt))
        return fail([]);
      const c = checkStudy(item.spec);
      if (!c.ok) return fail(c.issues);
      return ok({
        id: item.id,
        name: item.name,
        savedAt: item.savedAt,
        spec: c.value,
      } as ItemOf[K]);
    }
    case 'active': {
      if (!isObj(item)) return fail([]);
      const id = (v: unknown) => (isStr(v) ? v : null);
      return ok({
        activeDataset: id(item.activeDataset),
        activeBoundaries: id(item.activeBoundaries),
      } as ItemOf[K]);
    }
  }
  return fail([]);
}

/**
 * A stored value read back as an item of `kind`, migrated to the current version; or one issue
 * saying which item was left out and why.
 */
export function readRecord<K extends RecordKind>(
  kind: K,
  key: string,
  raw: unknown,
): Result<ItemOf[K]> {
  if (!isObj(raw)) return fail([damaged(key, 'it is not a saved item.', raw)]);
  let rec: Record<string, unknown> = raw;
  if (!('format' in rec)) rec = RECORD_MIGRATIONS[0](rec, kind);
  if (rec.format !== RECORD_FORMAT)
    return fail([damaged(key, 'it was written by another application.', raw)]);
  let v = typeof rec.version === 'number' ? rec.version : NaN;
  if (!Number.isInteger(v)) return fail([damaged(key, 'its version is missing.', raw)]);
  if (v > RECORD_VERSION)
    return fail([
      damaged(key, 'it was saved by a newer version of the app; update the app to read it.', raw),
    ]);
  while (v < RECORD_VERSION) {
    const step = RECORD_MIGRATIONS[v];
    if (!step) return fail([damaged(key, `no upgrade from version ${v} exists.`, raw)]);
    rec = step(rec, kind);
    v = rec.version as number;
  }
  if (rec.kind !== kind) return fail([damaged(key, 'it is stored in the wrong place.', raw)]);
  const checked = checkItem(kind, rec.item);
  if (!checked.ok)
    return fail([
      damaged(key, checked.issues[0]?.message ?? 'its content is incomplete or damaged.', raw),
    ]);
  return checked;
}
