/**
 * The user's own data (issue 5): imported indicator tables, boundary sets and saved analyses,
 * which of them is in use, and the report of the last import. The compute controller reads the
 * active table in place of the bundled year (state/compute.ts); the map reads the active
 * boundary set in place of the bundled 2014 boundaries. Persistence (state/persistence/) mirrors
 * the lists into IndexedDB; this slice knows nothing about storage.
 */
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { Issue, AnalysisSpec, CrosswalkSpec } from '../core/index.ts';
import type { BoundaryReport } from '../data/readers/geojson.ts';
import type { TableDataset } from '../data/types.ts';
import type { Scheme } from '../data/regions/registry.ts';
import { isDrawableBoundaries } from '../data/validate/drawableBoundaries.ts';
import type { Year } from './viewState.ts';
import type { CoinrExtras } from './coinrStudy.ts';
import type { UnitRegistry } from '../data/units/unitRegistry.ts';
import type { UnitJoin } from '../data/units/joinUnits.ts';

/** An imported indicator table, converted to the bundled datasets' shape. */
export interface UserDataset {
  /** 'user-<random hex>' (older records: 'user-<n>'): never collides with a bundled id. */
  id: string;
  fileName: string;
  /** ISO timestamp of the import. */
  importedAt: string;
  /** Rows keyed by ISO code in `table.scheme`; cells carry the file, row and column they came from. */
  table: TableDataset;
  /**
   * SHA-256 of the imported file's bytes (core/spec.ts, FileRef). Absent on tables stored by
   * version 1; state/study.ts then hashes the table's content instead (datasetHash).
   */
  sha256?: string;
  /**
   * The year the table stands for when it is used for the rating and the map; for a panel, the
   * year in view when it was last used (its latest year at import).
   */
  year: Year;
  /**
   * A panel (issue 11): one table per year, same columns, ascending years; `table` is then the
   * latest year's table (its columns and rows describe the dataset in lists and mappings).
   */
  panel?: { year: Year; table: TableDataset }[];
  /** Rating indicator id (S_D, ...) -> column id of `table`; unmapped indicators are left out. */
  mapping: Record<string, string>;
  /** Read from a COINr iData/iMeta pair: what an export needs to give the user's file back. */
  coinr?: CoinrExtras;
  /**
   * The crosswalk applied on import (issue 11): the file's units were carried to the other
   * scheme (views/import/crosswalkImport.ts); recorded in the study's spec so it travels.
   */
  crosswalk?: CrosswalkSpec;
  /**
   * Rows keyed by the units of a user boundary set (districts, hexagons: issue 11, item 4), not
   * by regions: how the table's rows joined to them (data/units/joinUnits.ts).
   */
  unitJoin?: UnitJoin & { boundaries: string };
}

export type BoundaryFeatureCollection = FeatureCollection<Polygon | MultiPolygon>;

/** An imported boundary file: valid features with `id` = ISO code where matched. */
export interface UserBoundarySet {
  id: string;
  fileName: string;
  importedAt: string;
  scheme: Scheme;
  features: BoundaryFeatureCollection;
  report: BoundaryReport;
  /**
   * Present when no feature matched a region: the file is a set of the user's own units, each
   * feature's `id` its code (data/units/unitRegistry.ts). `sourceIds`: the features' own ids in
   * the file, so the code can be taken from another property and back.
   */
  units?: UnitRegistry & { sourceIds: (string | null)[] };
}

/** A named analysis the user saved (the spec alone; data are stored apart). */
export interface SavedAnalysis {
  id: string;
  name: string;
  savedAt: string;
  spec: AnalysisSpec;
}

/** What the last import found, for the report panel. */
export interface ImportReport {
  fileName: string;
  /** What the file was read as. */
  kind: 'table' | 'boundaries' | 'project' | 'io' | 'unknown';
  ok: boolean;
  issues: Issue[];
  /** Labels that matched no region, with ranked suggestions (ISO code + name). */
  unmatched: { row: number; label: string; suggestions: { code: string; name: string }[] }[];
}

export interface UserDataState {
  datasets: UserDataset[];
  boundaries: UserBoundarySet[];
  analyses: SavedAnalysis[];
  /** Id of the user dataset used for the rating and the map; null = bundled data. */
  activeDataset: string | null;
  /** Id of the user boundary set the map draws; null = bundled 2014 boundaries. */
  activeBoundaries: string | null;
  lastImport: ImportReport | null;
  /** Messages from storage (an item that could not be read, storage unavailable, ...). */
  messages: Issue[];
  /** True once the stored items have been read (persistence waits for it before writing). */
  hydrated: boolean;
}

export interface UserDataSlice {
  userData: UserDataState;
  addUserDataset: (d: UserDataset) => void;
  updateUserDataset: (id: string, patch: Partial<Pick<UserDataset, 'year' | 'mapping'>>) => void;
  removeUserDataset: (id: string) => void;
  addUserBoundaries: (b: UserBoundarySet) => void;
  removeUserBoundaries: (id: string) => void;
  useDataset: (id: string | null) => void;
  useBoundaries: (id: string | null) => void;
  saveAnalysis: (a: SavedAnalysis) => void;
  removeAnalysis: (id: string) => void;
  setLastImport: (r: ImportReport | null) => void;
  setStorageMessages: (m: Issue[]) => void;
  /** Replace the lists wholesale (storage load, project import). */
  hydrateUserData: (p: Partial<Omit<UserDataState, 'lastImport' | 'hydrated'>>) => void;
}

export function emptyUserData(): UserDataState {
  return {
    datasets: [],
    boundaries: [],
    analyses: [],
    activeDataset: null,
    activeBoundaries: null,
    lastImport: null,
    messages: [],
    hydrated: false,
  };
}

/** Eight random hexadecimal digits from the browser's (or Node's) cryptographic generator. */
function randomSuffix(): string {
  const b = new Uint8Array(4);
  globalThis.crypto.getRandomValues(b);
  return [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
}

/**
 * A fresh id not used by any item in `taken`: `<prefix>-<8 random hex digits>`. Random, not
 * counted, because two tabs of the app share one store of saved items: counting from each tab's
 * own list gave both tabs' imports the same id, so one overwrote the other (issue 16).
 */
export function nextUserId(
  prefix: string,
  taken: readonly { id: string }[],
  random: () => string = randomSuffix,
): string {
  const ids = new Set(taken.map((x) => x.id));
  let id: string;
  do id = `${prefix}-${random()}`;
  while (ids.has(id));
  return id;
}

type Set = (f: (s: UserDataSlice) => Partial<UserDataSlice>) => void;

export function createUserDataSlice(set: Set): UserDataSlice {
  const patch = (f: (u: UserDataState) => Partial<UserDataState>) =>
    set((s) => ({ userData: { ...s.userData, ...f(s.userData) } }));
  return {
    userData: emptyUserData(),
    addUserDataset: (d) =>
      patch((u) => ({
        datasets: u.datasets.some((x) => x.id === d.id)
          ? u.datasets.map((x) => (x.id === d.id ? d : x))
          : [...u.datasets, d],
      })),
    updateUserDataset: (id, p) =>
      patch((u) => ({ datasets: u.datasets.map((d) => (d.id === id ? { ...d, ...p } : d)) })),
    removeUserDataset: (id) =>
      patch((u) => ({
        datasets: u.datasets.filter((d) => d.id !== id),
        activeDataset: u.activeDataset === id ? null : u.activeDataset,
      })),
    addUserBoundaries: (b) =>
      patch((u) => ({ boundaries: [...u.boundaries.filter((x) => x.id !== b.id), b] })),
    removeUserBoundaries: (id) =>
      patch((u) => ({
        boundaries: u.boundaries.filter((b) => b.id !== id),
        activeBoundaries: u.activeBoundaries === id ? null : u.activeBoundaries,
      })),
    useDataset: (id) =>
      patch((u) => ({
        activeDataset: id !== null && u.datasets.some((d) => d.id === id) ? id : null,
      })),
    useBoundaries: (id) =>
      patch((u) => ({
        activeBoundaries: id !== null && u.boundaries.some((b) => b.id === id) ? id : null,
      })),
    saveAnalysis: (a) =>
      patch((u) => ({ analyses: [...u.analyses.filter((x) => x.id !== a.id), a] })),
    removeAnalysis: (id) => patch((u) => ({ analyses: u.analyses.filter((a) => a.id !== id) })),
    setLastImport: (lastImport) => patch(() => ({ lastImport })),
    setStorageMessages: (messages) => patch(() => ({ messages })),
    hydrateUserData: (p) =>
      patch((u) => {
        const next = { ...u, ...p, hydrated: true };
        if (next.activeDataset && !next.datasets.some((d) => d.id === next.activeDataset))
          next.activeDataset = null;
        if (next.activeBoundaries && !next.boundaries.some((b) => b.id === next.activeBoundaries))
          next.activeBoundaries = null;
        return next;
      }),
  };
}

/** The active user boundary set, if any. */
export function activeUserBoundaries(u: UserDataState): UserBoundarySet | null {
  const b = u.activeBoundaries
    ? (u.boundaries.find((x) => x.id === u.activeBoundaries) ?? null)
    : null;
  return b && drawable(b) ? b : null;
}

const DRAWABLE = new WeakMap<UserBoundarySet, boolean>();
/**
 * A set the map cannot draw is never the active one (the bundled boundaries show instead), so
 * no stored item can break the map or clustering views at start-up; checked once per set.
 */
function drawable(b: UserBoundarySet): boolean {
  let v = DRAWABLE.get(b);
  if (v === undefined) {
    v = isDrawableBoundaries(b.features);
    DRAWABLE.set(b, v);
  }
  return v;
}
