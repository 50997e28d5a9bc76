/**
 * Reading a spec of any version: older documents are migrated step by step to the current
 * version (core/spec.ts), then validated (core/specValidate.ts). Every link and project file
 * an older version wrote still opens (corpus: test/fixtures/spec-v1/).
 *
 * Version 1 -> 2 (docs/architecture.md, "The spec"):
 * - `dataset` (validated, never read) is dropped; `data` says which data the study runs on:
 *   the bundled innovation table of the link's year, or the user table that was in use
 *   (project files name it in `data.activeDataset`);
 * - with a user table, the rating's indicators, which version 1 addressed by the paper's ids
 *   (S_D ...) through the table's column mapping, become the user's columns: the column's
 *   header is the id and the label, its unit comes along, and the direction is the one the
 *   import set, unless version 1 held `lower` (a choice the user made; version 1 wrote
 *   `higher` for every indicator it was never told about, which is the bug this fixes);
 * - the view fields that change numbers move into the spec: the year into `data.year`, what
 *   #/clustering and #/factors analyse into `clustering.source|table` and `factors.source`,
 *   the specialisation table into `specialisation.table`, the map settings into `map`, the
 *   route, language and selection into `view`;
 * - imported tables named by local ids (`user-1`) are named by file name and SHA-256 where
 *   this machine has them, and otherwise dropped with a warning (version 1 showed the bundled
 *   data in that case, silently).
 */
import { fail, ok, type Issue, type Result } from './issue.ts';
import {
  SPEC_VERSION,
  type AnalysisSpec,
  type BoundarySet,
  type FileRef,
  type UserTable,
} from './spec.ts';
import { hasErrors, validateSpec } from './specValidate.ts';

type Obj = Record<string, unknown>;
const isObj = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);

/** What a migration may know beyond the document itself. */
export interface MigrationContext {
  /** Version 1 links and project files carried the view next to the spec. */
  view?: unknown;
  /** Version 1's user table in use, described as version 2 names it, with its v1 mapping. */
  userTable?: { table: UserTable; mapping: Record<string, string>; year: number };
  /** The user boundary set in use (version 1 project files: `data.activeBoundaries`). */
  boundaries?: FileRef;
  /** Local ids of imported tables (`user-1`) -> how version 2 names them, where known here. */
  resolveTable?: (localId: string) => FileRef | null;
}

const warn = (code: string, field: string, message: string): Issue => ({
  code,
  severity: 'warning',
  message: `${field}: ${message}`,
  where: { field },
});

/** Version 1 (spec + view) as a version 2 document (not yet validated) and what it noted. */
export function migrateV1(x: Obj, ctx: MigrationContext = {}): { doc: Obj; notes: Issue[] } {
  const notes: Issue[] = [];
  const view = isObj(ctx.view) ? ctx.view : {};
  const user = ctx.userTable;
  const rating: unknown = isObj(x.rating) ? JSON.parse(JSON.stringify(x.rating)) : x.rating;
  if (user && isObj(rating) && Array.isArray(rating.groups)) {
    const col = (id: string) => user.table.columns.find((c) => c.id === user.mapping[id]);
    rating.groups = rating.groups
      .map((g: unknown) => {
        if (!isObj(g) || !Array.isArray(g.indicators)) return g;
        const indicators = g.indicators
          .map((i: unknown) => {
            if (!isObj(i) || typeof i.id !== 'string') return i;
            const c = col(i.id);
            if (!c) return null;
            return {
              ...i,
              id: c.id,
              label: c.id,
              unit: c.unit,
              direction: i.direction === 'lower' ? 'lower' : c.direction,
            };
          })
          .filter((i: unknown) => i !== null);
        return { ...g, indicators };
      })
      .filter((g: unknown) => !isObj(g) || !Array.isArray(g.indicators) || g.indicators.length);
  }
  const localTable = (field: string, id: unknown): FileRef | null => {
    if (typeof id !== 'string') return null;
    const ref = ctx.resolveTable?.(id) ?? null;
    if (!ref)
      notes.push(
        warn(
          'missing-local-table',
          field,
          `the imported table '${id}' is not on this computer; the bundled data are analysed instead`,
        ),
      );
    return ref;
  };
  const year = user ? user.year : (view.year ?? 2014);
  const boundaries: BoundarySet = ctx.boundaries
    ? { source: 'user', ...ctx.boundaries }
    : { source: 'bundled' };
  const clustering = isObj(x.clustering) ? x.clustering : {};
  const factors = isObj(x.factors) ? x.factors : {};
  const doc: Obj = {
    version: SPEC_VERSION,
    data: {
      table: user ? user.table : { source: 'bundled', dataset: 'innovation' },
      year,
      boundaries,
    },
    rating,
    sensitivity: x.sensitivity,
    clustering: {
      ...clustering,
      source: view.clusterSource ?? 'regions',
      table: localTable('clustering.table', view.clusterTable),
    },
    factors: { ...factors, source: view.factorSource ?? 'regions' },
    specialisation: { table: localTable('specialisation.table', view.specialisationTable) },
    map: {
      layer: view.mapLayer ?? 'index',
      classification: view.classification ?? { method: 'paper', k: 5, breaks: [] },
      palette: view.palette ?? null,
      categorical: 'okabe-ito',
      overlays: view.overlays ?? { sites: false, groups: false, labels: true, basemap: false },
    },
    view: {
      route: typeof view.route === 'string' ? view.route : 'map',
      language: view.language ?? 'ru',
      selected: view.selected ?? [],
    },
  };
  if (x.sensitivity === undefined) delete doc.sensitivity;
  return { doc, notes };
}

/** Sections whose problems do not stop a study from opening: they take their defaults. */
const LENIENT = ['map', 'view', 'specialisation'];

/**
 * A spec of any version, migrated and validated. Problems confined to the presentation
 * sections (map, view, specialisation) become warnings and those sections their defaults,
 * as version 1 did with a link's bad view fields; any other problem fails the whole spec,
 * every problem listed.
 */
export function readSpec(x: unknown, ctx: MigrationContext = {}): Result<AnalysisSpec> {
  if (!isObj(x))
    return fail([
      {
        code: 'wrong-type',
        severity: 'error',
        message: 'spec: must be an object',
        where: { field: 'spec' },
      },
    ]);
  let doc: Obj = x;
  let notes: Issue[] = [];
  if (x.version === 1) ({ doc, notes } = migrateV1(x, ctx));
  else if (typeof x.version === 'number' && x.version > SPEC_VERSION)
    return fail([
      {
        code: 'newer-version',
        severity: 'error',
        message: `version: this study was written by a newer version of the atlas (spec ${x.version}; this one reads up to ${SPEC_VERSION})`,
        where: { field: 'version' },
      },
    ]);
  let r = validateSpec(doc);
  if (!r.ok) {
    const section = (i: Issue) => (i.where?.field ?? '').split(/[.[]/)[0];
    const errors = r.issues.filter((i) => i.severity === 'error');
    const lenient = errors.filter((i) => LENIENT.includes(section(i)));
    if (lenient.length === errors.length) {
      const retry = { ...doc };
      for (const s of new Set(lenient.map(section))) delete retry[s];
      const again = validateSpec(retry);
      if (again.ok) {
        const demoted = lenient.map((i) => ({ ...i, severity: 'warning' as const }));
        r = ok(again.value, [...r.issues.filter((i) => i.severity !== 'error'), ...demoted]);
      }
    }
  }
  if (!r.ok) return fail([...notes, ...r.issues]);
  return ok(r.value, [...notes, ...r.warnings]);
}

/**
 * Parses JSON text and reads it as an AnalysisSpec of any version (migrated to the current
 * one); bad JSON is an `invalid-json` issue.
 */
export function parseSpecJson(text: string, ctx: MigrationContext = {}): Result<AnalysisSpec> {
  let x: unknown;
  try {
    x = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    return fail([
      {
        code: 'invalid-json',
        severity: 'error',
        message: `The spec is not valid JSON: ${(err as Error).message}`,
      },
    ]);
  }
  return readSpec(x, ctx);
}

export { hasErrors };
