/**
 * A table's rows joined to a unit registry (unitRegistry.ts): by the unit's code first, then by
 * its name (compared without case, ё = е, quotes, dashes and repeated spaces). The join report
 * lists every problem at once, each where a spreadsheet shows it: rows naming no unit (with
 * their row), names that fit several units (ambiguous: the row is left out until the user
 * writes the code), two rows for one unit (the first is kept), and units without data (with
 * their feature number and name).
 */
import type { Issue } from '../../core/index.ts';
import type { UnitRegistry } from './unitRegistry.ts';

/** Which of a unit's properties a row matched. */
export type MatchedBy = 'code' | 'name';

export interface UnitJoin {
  /** Rows joined, with the unit's code and whether the code or the name matched. */
  matched: { row: number; label: string; by: MatchedBy; code: string }[];
  /** Which property matched: the key property, the name property, or both (row by row). */
  by: 'code' | 'name' | 'both' | 'none';
  rowsWithoutUnit: { row: number; label: string }[];
  ambiguous: { row: number; label: string; units: { code: string; feature: number }[] }[];
  duplicates: { row: number; first: number; code: string }[];
  unitsWithoutData: { feature: number; code: string; name: string }[];
}

/** A name as compared: lower case, ё = е, no quotes, dashes and runs of spaces as one space. */
export function normaliseUnitName(s: string): string {
  return s
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/["'«»“”„`]/g, '')
    .replace(/[\s\u00a0\-–—_.,]+/g, ' ')
    .trim();
}

/**
 * Joins `rows` (spreadsheet row and label) to `reg`; `place` names the table file, its label
 * column (as a spreadsheet names it) and the boundary file. Issues are warnings: the rows left out are named, the rest is used.
 */
export function joinUnits(
  rows: readonly { row: number; label: string }[],
  reg: UnitRegistry,
  place: { file: string; column: string; boundaries: string },
): { join: UnitJoin; issues: Issue[] } {
  const byCode = new Map(reg.units.map((u) => [u.code.trim().toLowerCase(), u]));
  const byName = new Map<string, typeof reg.units>();
  for (const u of reg.units) {
    const k = normaliseUnitName(u.name);
    byName.set(k, [...(byName.get(k) ?? []), u]);
  }
  const join: UnitJoin = {
    matched: [],
    by: 'none',
    rowsWithoutUnit: [],
    ambiguous: [],
    duplicates: [],
    unitsWithoutData: [],
  };
  const issues: Issue[] = [];
  const where = (row: number) => ({ file: place.file, row, column: place.column });
  const taken = new Map<string, number>();
  for (const r of rows) {
    const label = r.label.trim();
    if (!label) continue;
    let unit = byCode.get(label.toLowerCase());
    let by: MatchedBy = 'code';
    if (!unit) {
      const hits = byName.get(normaliseUnitName(label)) ?? [];
      if (hits.length > 1) {
        const units = hits.map((u) => ({ code: u.code, feature: u.feature }));
        join.ambiguous.push({ row: r.row, label, units });
        issues.push({
          code: 'unit-name-ambiguous',
          severity: 'warning',
          message: `Row ${r.row}: '${label}' is the name of ${hits.length} units (${hits.map((u) => u.code).join(', ')}); write the unit's code instead. Until then the row is left out.`,
          where: where(r.row),
          params: { value: label, count: hits.length, codes: hits.map((u) => u.code).join(', ') },
        });
        continue;
      }
      unit = hits[0];
      by = 'name';
    }
    if (!unit) {
      join.rowsWithoutUnit.push({ row: r.row, label });
      issues.push({
        code: 'unit-row-unmatched',
        severity: 'warning',
        message: `Row ${r.row}: '${label}' is neither the code nor the name of a unit in the boundary file; the row is left out.`,
        where: where(r.row),
        params: { value: label },
      });
      continue;
    }
    const first = taken.get(unit.code);
    if (first !== undefined) {
      join.duplicates.push({ row: r.row, first, code: unit.code });
      issues.push({
        code: 'unit-row-duplicate',
        severity: 'warning',
        message: `Rows ${first} and ${r.row} both name the unit ${unit.code} (${unit.name}); only row ${first} is used.`,
        where: where(r.row),
        params: { first, value: `${unit.code} (${unit.name})` },
      });
      continue;
    }
    taken.set(unit.code, r.row);
    join.matched.push({ row: r.row, label, code: unit.code, by });
  }
  for (const u of reg.units) {
    if (taken.has(u.code)) continue;
    join.unitsWithoutData.push({ feature: u.feature, code: u.code, name: u.name });
    issues.push({
      code: 'unit-without-data',
      severity: 'warning',
      message: `Feature ${u.feature} (${u.code}, ${u.name}) has no row in the table; it is drawn without data.`,
      where: { file: place.boundaries, feature: u.feature },
      params: { value: `${u.code}, ${u.name}` },
    });
  }
  const codes = join.matched.some((m) => m.by === 'code');
  const names = join.matched.some((m) => m.by === 'name');
  join.by = codes && names ? 'both' : codes ? 'code' : names ? 'name' : 'none';
  return { join, issues };
}
