/**
 * The dashboard's side of units below regions (issue 11, item 4): a boundary file whose features
 * match no region becomes a set of the user's own units (data/units/unitRegistry.ts), and a
 * table whose rows name those units by code or name is keyed by them (data/units/joinUnits.ts)
 * instead of by the region registry. The region path is untouched: a table is read as units
 * only while such a set is in use and only when more of its rows name units than regions.
 */
import { fail, ok, type Issue, type Result } from '../../core/index.ts';
import type { ImportedBoundaries } from '../../data/readers/geojson.ts';
import type { ImportedTable } from '../../data/readers/indicatorTable.ts';
import { columnLetter } from '../../data/readers/place.ts';
import { joinUnits, type UnitJoin } from '../../data/units/joinUnits.ts';
import { unitPropertyChoices, unitRegistry } from '../../data/units/unitRegistry.ts';
import type { UserBoundarySet } from '../../state/userData.ts';

type Feat = UserBoundarySet['features']['features'][number];

function keyed(
  features: readonly Feat[],
  sourceIds: (string | null)[],
  file: string,
  keyProperty?: string,
  nameProperty?: string | null,
): Result<{ features: Feat[]; units: NonNullable<UserBoundarySet['units']> }> {
  const plain = features.map((f, i) => ({
    id: sourceIds[i] ?? undefined,
    properties: f.properties,
  }));
  const reg = unitRegistry(plain, file, keyProperty, nameProperty);
  if (!reg.ok) return reg;
  return ok({
    features: features.map((f, i) => ({ ...f, id: reg.value.units[i].code })),
    units: { ...reg.value, sourceIds },
  });
}

/** An imported boundary file with no region in it as a set of the user's own units. */
export function unitSetOf(
  b: ImportedBoundaries,
  id: string,
  importedAt: string,
): Result<UserBoundarySet> {
  const sourceIds = b.sourceIds ?? b.features.map(() => null);
  const k = keyed(b.features, sourceIds, b.fileName);
  if (!k.ok) return k;
  const u = k.value.units;
  const notice: Issue = {
    code: 'boundaries-as-units',
    severity: 'warning',
    message: `The features matched no region, so the file was added as a set of its own units (${u.units.length}): code from '${u.keyProperty}', name from '${u.nameProperty ?? u.keyProperty}'. A table with these codes or names in its first column is joined to them.`,
    where: { file: b.fileName },
    params: {
      count: u.units.length,
      key: u.keyProperty === '$id' ? 'id' : u.keyProperty,
      name: u.nameProperty ?? (u.keyProperty === '$id' ? 'id' : u.keyProperty),
    },
  };
  return ok(
    {
      id,
      fileName: b.fileName,
      importedAt,
      scheme: b.scheme,
      features: { type: 'FeatureCollection', features: k.value.features },
      report: b.report,
      units: k.value.units,
    },
    [notice],
  );
}

/** The properties a unit set can take its codes and names from (for the picker). */
export function unitChoices(set: UserBoundarySet) {
  const u = set.units;
  return unitPropertyChoices(
    set.features.features.map((f, i) => ({
      id: u?.sourceIds[i] ?? undefined,
      properties: f.properties,
    })),
  );
}

/** The same unit set with its codes (and names) taken from other properties. */
export function rekeyUnitSet(
  set: UserBoundarySet,
  keyProperty: string,
  nameProperty: string | null,
): Result<UserBoundarySet> {
  if (!set.units) return fail([]);
  const k = keyed(
    set.features.features,
    set.units.sourceIds,
    set.fileName,
    keyProperty,
    nameProperty,
  );
  if (!k.ok) return k;
  return ok({
    ...set,
    features: { type: 'FeatureCollection', features: k.value.features },
    units: k.value.units,
  });
}

/** Region-matching notices that say nothing about a table of units (they are replaced). */
export const REGION_NOTICES = new Set([
  'unmatched-region',
  'ambiguous-region',
  'regions-missing',
  'scheme-assumed',
  'duplicate-region',
]);

/**
 * `table` read as a table of `set`'s units, or null when it names more regions than units (a
 * table of regions stays one). Rows are keyed by unit code; the join and its notices come along.
 */
export function asUnitTable(
  table: ImportedTable,
  set: UserBoundarySet,
  warnings: readonly Issue[],
): { table: ImportedTable; join: UnitJoin; warnings: Issue[] } | null {
  if (!set.units) return null;
  const rows = table.rows.filter((r) => r.kind === 'region' && r.label !== '');
  const regions = rows.filter((r) => r.regionCode !== null).length;
  const { join, issues } = joinUnits(
    rows.map((r) => ({ row: r.row, label: r.label })),
    set.units,
    { file: table.fileName, column: columnLetter(table.labelColumn), boundaries: set.fileName },
  );
  if (join.matched.length === 0 || join.matched.length <= regions) return null;
  const code = new Map(join.matched.map((m) => [m.row, m.code]));
  return {
    table: {
      ...table,
      rows: table.rows.map((r) => ({ ...r, regionCode: code.get(r.row) ?? null, suggestions: [] })),
      missingRegions: [],
    },
    join,
    warnings: [...warnings.filter((w) => !REGION_NOTICES.has(w.code)), ...issues],
  };
}
