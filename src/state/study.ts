/**
 * The study (core/spec.ts, version 2) and the store: the one pair of functions through which
 * links, project files, saved analyses and exports read the whole study from the store
 * (`studyOf`) and put one back (`applyStudy`), plus the user table the study names.
 *
 * Which data the rating runs on is the spec's `data` section: a user table is named there by
 * file name and SHA-256, and found among the tables imported on this machine by that hash
 * (`activeUserDataset`). When the spec names a table this machine does not have, nothing is
 * rated and the views say which file to import (`missingUserTable`): the bundled data are
 * never put in its place.
 */
import {
  paperRatingSpec,
  type AnalysisSpec,
  type FileRef,
  type GroupSpec,
  type RatingSpec,
  type UserTable,
  MAX_YEAR,
  MIN_YEAR,
} from '../core/index.ts';
import { sha256Hex } from '../data/sha256.ts';
import { isDrawableBoundaries } from '../data/validate/drawableBoundaries.ts';
import type { TableDataset } from '../data/types.ts';
import type { AppState, AppStore } from './store.ts';
import {
  activeUserBoundaries,
  type UserBoundarySet,
  type UserDataset,
  type UserDataState,
} from './userData.ts';
import type { ViewState, Year } from './viewState.ts';

const contentHash = new WeakMap<TableDataset, string>();

/**
 * How the study names a user table: the SHA-256 of the imported file's bytes; for a table
 * stored by version 1 (no file hash kept), the SHA-256 of its content (rows and numbers as
 * JSON), so that it still has a stable name.
 */
export function datasetHash(d: UserDataset): string {
  if (d.sha256) return d.sha256;
  let h = contentHash.get(d.table);
  if (!h) {
    const rows = d.table.rows.map((r) => [
      r.key,
      r.label,
      ...d.table.columns.map((c) => r.cells[c.id]?.value ?? null),
    ]);
    h = sha256Hex(JSON.stringify({ columns: d.table.columns.map((c) => c.id), rows }));
    contentHash.set(d.table, h);
  }
  return h;
}

const boundaryHashes = new WeakMap<UserBoundarySet, string>();

/** How the study names a user boundary set: the SHA-256 of its features as JSON. */
export function boundaryHash(b: UserBoundarySet): string {
  let h = boundaryHashes.get(b);
  if (!h) boundaryHashes.set(b, (h = sha256Hex(JSON.stringify(b.features))));
  return h;
}

/** The spec's description of a user table. */
export function userTableOf(d: UserDataset): UserTable {
  return {
    source: 'user',
    fileName: d.fileName,
    sha256: datasetHash(d),
    rows: d.table.rows.length,
    importedAt: d.importedAt,
    columns: d.table.columns.map((c) => ({
      id: c.id,
      unit: c.unit.ru,
      direction: c.direction ?? 'higher',
    })),
    ...(d.crosswalk ? { crosswalk: d.crosswalk } : {}),
  };
}

/**
 * The index tree for a user table: the columns the user mapped onto the paper's six slots on
 * #/data, in the paper's two groups; or, when nothing is mapped (a table of the user's own
 * indicators), every numeric column in one group. Each indicator goes under the user's own
 * name (the column header), with the unit and the direction the import set. Groups carry no
 * paper name: the views call them by number.
 */
export function userRatingSpec(d: UserDataset, base: RatingSpec = paperRatingSpec()): RatingSpec {
  const paper = paperRatingSpec();
  const indicator = (c: TableDataset['columns'][number]) => ({
    id: c.id,
    label: c.id,
    ...(c.unit.ru ? { unit: c.unit.ru } : {}),
    weight: 1,
    direction: c.direction ?? ('higher' as const),
  });
  const mapped: GroupSpec[] = paper.groups
    .map((g) => ({
      id: g.id,
      weight: 1,
      indicators: g.indicators
        .map((i) => d.table.columns.find((c) => c.id === d.mapping[i.id]))
        .filter((c) => c !== undefined)
        .map(indicator),
    }))
    .filter((g) => g.indicators.length > 0);
  const own: GroupSpec[] =
    Object.keys(d.mapping).length === 0 && d.table.columns.length > 0
      ? [{ id: 'g1', weight: 1, indicators: d.table.columns.map(indicator) }]
      : [];
  const groups = mapped.length > 0 ? mapped : own;
  // Distance to a target needs targets the import does not give: fall back to the paper's.
  const normalisation =
    base.normalisation === 'distance-to-target' || base.normalisation === 'goalposts'
      ? 'ratio-to-max'
      : base.normalisation;
  return { ...base, normalisation, groups };
}

const baseTrees = new WeakMap<UserDataset, RatingSpec>();

/** userRatingSpec with the paper's methods, one object per dataset (for selectors). */
export function userBaseTree(d: UserDataset): RatingSpec {
  let r = baseTrees.get(d);
  if (!r) baseTrees.set(d, (r = userRatingSpec(d)));
  return r;
}

type DataState = Pick<AppState, 'spec' | 'userData'>;

/** The imported table the spec's data name, if this machine has it. */
export function activeUserDataset(s: DataState): UserDataset | null {
  const t = s.spec.data.table;
  if (t.source !== 'user') return null;
  const u: UserDataState = s.userData;
  const byId = u.datasets.find((d) => d.id === u.activeDataset);
  if (byId && datasetHash(byId) === t.sha256) return byId;
  return u.datasets.find((d) => datasetHash(d) === t.sha256) ?? null;
}

/** The user table the spec names but this machine does not have (to be imported), or null. */
export function missingUserTable(s: DataState): UserTable | null {
  const t = s.spec.data.table;
  return t.source === 'user' && !activeUserDataset(s) ? t : null;
}

/** A set of the user's own units named by the study: file name, hash and key properties. */
export type UserUnitSet = Extract<AnalysisSpec['data']['boundaries'], { source: 'user' }>;

/**
 * The set of the user's own units (their boundary file) the spec names but this machine does
 * not have, or null. A link that could not carry it (over MAX_LINK_CHARS, state/url.ts) names
 * the file and its hash only; the views say which file to import, as for a missing table.
 */
export function missingUserBoundaries(s: DataState): UserUnitSet | null {
  const b = s.spec.data.boundaries;
  if (b.source !== 'user' || !b.units) return null;
  const here = s.userData.boundaries.some((x) => x.units && boundaryHash(x) === b.sha256);
  return here ? null : b;
}

/** How the study names an imported table the view holds by local id (`user-1`), or null. */
export function fileRefOf(u: UserDataState, localId: string | null): FileRef | null {
  const d = localId ? u.datasets.find((x) => x.id === localId) : undefined;
  return d ? { fileName: d.fileName, sha256: datasetHash(d) } : null;
}

/** The local id of the imported table a study names by file and hash, or null. */
export function localIdOf(u: UserDataState, ref: FileRef | null): string | null {
  return ref ? (u.datasets.find((d) => datasetHash(d) === ref.sha256)?.id ?? null) : null;
}

/**
 * How the study names the boundary set in use: a set of the user's own units always (its units
 * are what the rows are keyed by, and the properties of their codes and names are recorded);
 * a set of regions as the spec already names it (links and project files of region sets
 * behave as before).
 */
function boundariesOf(s: Pick<AppState, 'spec' | 'userData'>): AnalysisSpec['data']['boundaries'] {
  const b = activeUserBoundaries(s.userData);
  if (!b?.units) return s.spec.data.boundaries;
  return {
    source: 'user',
    fileName: b.fileName,
    sha256: boundaryHash(b),
    units: { key: b.units.keyProperty, name: b.units.nameProperty },
  };
}

/** The whole study as one document: the spec with the view's settings written into it. */
export function studyOf(s: Pick<AppState, 'spec' | 'view' | 'userData'>): AnalysisSpec {
  const v = s.view;
  return {
    ...s.spec,
    data: { ...s.spec.data, year: v.year, boundaries: boundariesOf(s) },
    clustering: {
      ...s.spec.clustering,
      source: v.clusterSource,
      table: fileRefOf(s.userData, v.clusterTable),
    },
    factors: { ...s.spec.factors, source: v.factorSource },
    specialisation: { table: fileRefOf(s.userData, v.specialisationTable) },
    map: {
      layer: v.mapLayer,
      classification: v.classification,
      palette: v.palette,
      categorical: v.categorical,
      overlays: v.overlays,
    },
    view: { route: v.route, language: v.language, selected: v.selected },
  };
}

/** The view state a study asks for (the route and presentation kept from `cur`). */
export function viewOfStudy(
  study: AnalysisSpec,
  cur: ViewState,
  u: UserDataState | null = null,
): ViewState {
  return {
    ...cur,
    clusterTable: u ? localIdOf(u, study.clustering.table) : null,
    specialisationTable: u ? localIdOf(u, study.specialisation.table) : null,
    language: study.view.language,
    selected: [...study.view.selected],
    mapLayer: study.map.layer,
    classification: study.map.classification,
    palette: study.map.palette,
    categorical: study.map.categorical,
    year: study.data.year as Year,
    overlays: study.map.overlays,
    clusterSource: study.clustering.source,
    factorSource: study.factors.source,
  };
}

/**
 * Puts a study into the store: its spec (an undo step unless `replace`), and its view
 * settings. The route is the caller's business (links carry it in the address).
 */
export function applyStudy(store: AppStore, study: AnalysisSpec, replace = false): void {
  const s = store.getState();
  if (replace) {
    if (JSON.stringify(study) !== JSON.stringify(s.spec)) store.setState({ spec: study });
  } else s.setSpec(study);
  const u = store.getState();
  // A study naming a set of the user's own units puts that set in use where this machine has it.
  const b = study.data.boundaries;
  const set =
    b.source === 'user' && b.units
      ? u.userData.boundaries.find((x) => x.units && boundaryHash(x) === b.sha256)
      : undefined;
  if (set && u.userData.activeBoundaries !== set.id) u.useBoundaries(set.id);
  const d = activeUserDataset(u);
  if (d && u.userData.activeDataset !== d.id) u.useDataset(d.id);
  if (!d && study.data.table.source === 'bundled' && u.userData.activeDataset) u.useDataset(null);
  u.setView(viewOfStudy(study, u.view, u.userData));
}

type EmbeddedRow = [string, string, ...(number | null)[]];

/**
 * A user table as a link carries it: column ids, and per row the key, label and numbers; for a
 * panel (issue 11) also every year's rows, so the link shows each year as the sender saw it.
 */
export interface EmbeddedTable {
  scheme: '2014' | 'current';
  columns: { id: string; unit: string; direction: 'higher' | 'lower' }[];
  rows: EmbeddedRow[];
  panel?: { year: number; rows: EmbeddedRow[]; text?: (string | null)[][] }[];
  /** A table of the user's own units travels with their boundaries (issue 11, item 4). */
  units?: EmbeddedUnits;
  /**
   * Text columns (unit groups, for group imputation): their ids and, per row of `rows` (and
   * of each panel year's `text`), each one's text.
   */
  textColumns?: string[];
  text?: (string | null)[][];
}

/** A set of the user's own units as a link carries it: the file name, shapes and registry. */
export interface EmbeddedUnits {
  fileName: string;
  features: UserBoundarySet['features'];
  units: NonNullable<UserBoundarySet['units']>;
}

const embedRows = (t: TableDataset): EmbeddedRow[] =>
  t.rows.map((r) => [r.key, r.label, ...t.columns.map((c) => r.cells[c.id]?.value ?? null)]);

/** The text columns `ids` of each row of `t` (null where a row has none). */
const embedText = (t: TableDataset, ids: readonly string[]): (string | null)[][] =>
  t.rows.map((r) => ids.map((c) => r.cells[c]?.text ?? null));

/** True when every row of `d` is a unit of `units` (a table of the user's own units). */
function keyedBy(d: UserDataset, units: NonNullable<UserBoundarySet['units']>): boolean {
  const codes = new Set(units.units.map((u) => u.code));
  return d.table.rows.length > 0 && d.table.rows.every((r) => codes.has(r.key));
}

export function embedTable(d: UserDataset, set: UserBoundarySet | null = null): EmbeddedTable {
  const cols = d.table.columns;
  const texts = (d.table.textColumns ?? []).map((c) => c.id);
  return {
    ...(set?.units && keyedBy(d, set.units)
      ? { units: { fileName: set.fileName, features: set.features, units: set.units } }
      : {}),
    scheme: d.table.scheme ?? '2014',
    columns: cols.map((c) => ({ id: c.id, unit: c.unit.ru, direction: c.direction ?? 'higher' })),
    rows: embedRows(d.table),
    ...(d.panel
      ? {
          panel: d.panel.map((p) => ({
            year: p.year,
            rows: embedRows(p.table),
            ...(texts.length > 0 ? { text: embedText(p.table, texts) } : {}),
          })),
        }
      : {}),
    ...(texts.length > 0 ? { textColumns: texts, text: embedText(d.table, texts) } : {}),
  };
}

const isObj = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);
const isStr = (x: unknown): x is string => typeof x === 'string';

/** An embedded table from a link, checked; null when it is not one. */
export function readEmbeddedTable(x: unknown): EmbeddedTable | null {
  if (!isObj(x) || (x.scheme !== '2014' && x.scheme !== 'current')) return null;
  if (!Array.isArray(x.columns) || !Array.isArray(x.rows)) return null;
  const colsOk = x.columns.every(
    (c) =>
      isObj(c) &&
      typeof c.id === 'string' &&
      typeof c.unit === 'string' &&
      (c.direction === 'higher' || c.direction === 'lower'),
  );
  const n = x.columns.length;
  const units = x.units === undefined ? undefined : readEmbeddedUnits(x.units);
  if (units === null) return null;
  const codes = units ? new Set(units.units.units.map((u) => u.code)) : null;
  const keyOk = (k: string) => (codes ? codes.has(k) : /^KZ-[A-Z0-9]{2,3}$/.test(k));
  const rowsOk = (rows: unknown[]) =>
    rows.every(
      (r) =>
        Array.isArray(r) &&
        r.length === n + 2 &&
        typeof r[0] === 'string' &&
        keyOk(r[0]) &&
        typeof r[1] === 'string' &&
        r.slice(2).every((v) => v === null || (typeof v === 'number' && Number.isFinite(v))),
    );
  const t = x.textColumns;
  const nt = Array.isArray(t) ? t.length : 0;
  const textOk = (text: unknown, rows: unknown[]) =>
    nt === 0
      ? text === undefined
      : Array.isArray(text) &&
        text.length === rows.length &&
        text.every(
          (r) => Array.isArray(r) && r.length === nt && r.every((v) => v === null || isStr(v)),
        );
  if (t !== undefined && !(Array.isArray(t) && t.length > 0 && t.every(isStr))) return null;
  const p = x.panel;
  const panelOk =
    p === undefined ||
    (Array.isArray(p) &&
      p.length > 0 &&
      p.every(
        (e, i) =>
          isObj(e) &&
          typeof e.year === 'number' &&
          Number.isInteger(e.year) &&
          e.year >= MIN_YEAR &&
          e.year <= MAX_YEAR &&
          (i === 0 || e.year > (p[i - 1] as { year: number }).year) &&
          Array.isArray(e.rows) &&
          rowsOk(e.rows) &&
          (e.text === undefined || textOk(e.text, e.rows)),
      ));
  return colsOk && rowsOk(x.rows) && textOk(x.text, x.rows) && panelOk
    ? (x as unknown as EmbeddedTable)
    : null;
}

/** The embedded unit set of a link, checked (drawable shapes, one code per feature); else null. */
function readEmbeddedUnits(x: unknown): EmbeddedUnits | null {
  if (!isObj(x) || typeof x.fileName !== 'string' || !isObj(x.units) || !isObj(x.features))
    return null;
  const fc = x.features;
  const u = x.units;
  if (fc.type !== 'FeatureCollection' || !Array.isArray(fc.features)) return null;
  if (!isDrawableBoundaries(fc as unknown as UserBoundarySet['features'])) return null;
  if (typeof u.keyProperty !== 'string' || !Array.isArray(u.units) || !Array.isArray(u.sourceIds))
    return null;
  if (u.nameProperty !== null && typeof u.nameProperty !== 'string') return null;
  const list = u.units as unknown[];
  const feats = fc.features as { id?: unknown }[];
  const entriesOk =
    list.length === feats.length &&
    list.every(
      (e, i) =>
        isObj(e) &&
        typeof e.code === 'string' &&
        typeof e.name === 'string' &&
        e.feature === i + 1 &&
        feats[i]?.id === e.code,
    );
  return entriesOk ? (x as unknown as EmbeddedUnits) : null;
}

/** The paper's slot (S_D ...) of each indicator of a two-group tree, as #/data maps them. */
export function mappingFromRating(r: RatingSpec): Record<string, string> {
  const out: Record<string, string> = {};
  for (const pg of paperRatingSpec().groups) {
    const g = r.groups.find((x) => x.id === pg.id);
    g?.indicators.forEach((i, k) => {
      if (pg.indicators[k]) out[pg.indicators[k].id] = i.id;
    });
  }
  return out;
}

/** The user dataset a link's embedded table stands for, named as the study names it. */
export function datasetFromEmbedded(
  t: UserTable,
  year: Year,
  e: EmbeddedTable,
  id: string,
  rating?: RatingSpec,
): UserDataset {
  const same = (text: string) => ({ ru: text, kk: text, en: text });
  const texts = e.textColumns ?? [];
  const tableOf = (
    rows: EmbeddedRow[],
    y: Year,
    text: (string | null)[][] | undefined,
  ): TableDataset => ({
    kind: 'table',
    id,
    title: same(t.fileName),
    source: t.fileName,
    seed: t.fileName,
    tables: ['CSV'],
    units: same(''),
    years: [y],
    notes: same(''),
    scheme: e.scheme,
    columns: e.columns.map((c) => ({
      id: c.id,
      title: same(c.id),
      unit: same(c.unit),
      direction: c.direction,
    })),
    ...(texts.length > 0
      ? { textColumns: texts.map((c) => ({ id: c, title: same(c), unit: same('') })) }
      : {}),
    rows: rows.map(([key, label, ...values], k) => ({
      key,
      label,
      cells: Object.fromEntries([
        ...texts.map((c, j) => {
          const v = text?.[k]?.[j] ?? null;
          return [
            c,
            {
              value: null,
              printed: v ?? '',
              ...(v === null ? {} : { text: v }),
              source: { seed: t.fileName, table: 'CSV', row: String(k + 2), column: c },
            },
          ];
        }),
        ...e.columns.map((c, j) => [
          c.id,
          {
            value: values[j] ?? null,
            printed: values[j] === null || values[j] === undefined ? '' : String(values[j]),
            source: { seed: t.fileName, table: 'CSV', row: String(k + 2), column: c.id },
          },
        ]),
      ]),
    })),
  });
  const panel = e.panel?.map((p) => ({ year: p.year, table: tableOf(p.rows, p.year, p.text) }));
  const last = panel?.[panel.length - 1];
  const table = last ? last.table : tableOf(e.rows, year, e.text);
  return {
    id,
    fileName: t.fileName,
    importedAt: t.importedAt,
    sha256: t.sha256,
    table,
    year: last ? last.year : year,
    ...(panel ? { panel } : {}),
    mapping: rating ? mappingFromRating(rating) : {},
    ...(t.crosswalk ? { crosswalk: t.crosswalk } : {}),
  };
}
