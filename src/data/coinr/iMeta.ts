/**
 * COINr's indicator metadata table `iMeta` (COINr v1 `new_coin()`): one row per indicator,
 * aggregate, group, denominator or other column, with columns iCode, iName, Level, Parent,
 * Direction, Weight, Type, Unit, Target (and COINr's optional goalpost_lower,
 * goalpost_upper, goalpost_scale). checkIMeta() applies the rules of COINr's `check_iMeta()`
 * but lists every problem with its row and column instead of stopping at the first.
 */
import type { IndexNodeSpec } from '../../core/index.ts';
import { cellText, type Grid } from '../readers/grid.ts';
import { parseNumber } from '../readers/parseNumber.ts';
import { columnWhere } from '../readers/place.ts';
import type { CoinrProblem } from './coinrProblem.ts';

export const IMETA_TYPES = ['Indicator', 'Aggregate', 'Group', 'Denominator', 'Other'] as const;
export type IMetaType = (typeof IMETA_TYPES)[number];
export const IMETA_REQUIRED = ['iCode', 'Level', 'Parent', 'Direction', 'Type', 'Weight'] as const;

export interface IMetaRow {
  /** Spreadsheet row (header = 1). */
  row: number;
  iCode: string;
  iName: string | null;
  Level: number | null;
  Parent: string | null;
  Direction: number | null;
  Weight: number | null;
  Type: string;
  Unit: string | null;
  Target: number | null;
  goalpostLower: number | null;
  goalpostUpper: number | null;
  goalpostScale: number | null;
}

export interface IMetaTable {
  file: string;
  columns: string[];
  rows: IMetaRow[];
}

/** Reads the grid; cell-level problems (a number column holding text) are returned too. */
export function readIMeta(grid: Grid): { table: IMetaTable; problems: CoinrProblem[] } {
  const file = grid.fileName;
  const problems: CoinrProblem[] = [];
  const header = (grid.rows[0] ?? []).map((c) => cellText(c).trim());
  const at = new Map<string, number>();
  header.forEach((h, j) => {
    if (h !== '' && !at.has(h)) at.set(h, j);
  });
  for (const req of IMETA_REQUIRED) {
    if (!at.has(req))
      problems.push({
        code: 'imeta-missing-column',
        severity: 'error',
        file,
        row: 1,
        vars: { name: req },
      });
  }
  const rows: IMetaRow[] = [];
  grid.rows.slice(1).forEach((cells, i) => {
    const row = i + 2;
    if (cells.every((c) => cellText(c).trim() === '')) return;
    const text = (name: string): string | null => {
      const j = at.get(name);
      if (j === undefined) return null;
      const t = cellText(cells[j]).trim();
      return t === '' || t.toUpperCase() === 'NA' ? null : t;
    };
    const num = (name: string): number | null => {
      const j = at.get(name);
      if (j === undefined) return null;
      const cell = cells[j];
      if (typeof cell === 'number') return Number.isFinite(cell) ? cell : null;
      const t = cellText(cell).trim();
      if (t === '' || t.toUpperCase() === 'NA') return null;
      const p = parseNumber(t);
      if (p.kind === 'number') return p.value;
      if (p.kind === 'missing') return null;
      problems.push({
        code: 'imeta-not-number',
        severity: 'error',
        file,
        row,
        column: columnWhere(j, name),
        vars: { name, value: t },
      });
      return null;
    };
    rows.push({
      row,
      iCode: text('iCode') ?? '',
      iName: text('iName'),
      Level: num('Level'),
      Parent: text('Parent'),
      Direction: num('Direction'),
      Weight: num('Weight'),
      Type: text('Type') ?? '',
      Unit: text('Unit'),
      Target: num('Target'),
      goalpostLower: num('goalpost_lower'),
      goalpostUpper: num('goalpost_upper'),
      goalpostScale: num('goalpost_scale'),
    });
  });
  return { table: { file, columns: header, rows }, problems };
}

/**
 * COINr's check_iMeta() rules, every violation listed: required columns; Level positive
 * whole numbers without gaps; Aggregate not at level 1; iCode present, unique, without
 * spaces, not starting with a digit; Direction -1 or 1; Type one of the five; iName present
 * where the column exists; Level, Direction and Weight present for indicators and
 * aggregates; indicators at level 1; Target present for every indicator where the column
 * exists; Parent a known iCode exactly one level up, none at the top level, one top node.
 * Added: weights must be >= 0.
 */
export function checkIMeta(t: IMetaTable): CoinrProblem[] {
  const { file, rows } = t;
  const out: CoinrProblem[] = [];
  const col = (name: string): string => {
    const j = t.columns.indexOf(name);
    return j >= 0 ? columnWhere(j, name) : name;
  };
  const p = (
    code: string,
    r: IMetaRow,
    column: string,
    vars: Record<string, string | number> = {},
    severity: 'error' | 'warning' = 'error',
  ) =>
    out.push({
      code,
      severity,
      file,
      row: r.row,
      column: col(column),
      vars: { code: r.iCode, ...vars },
    });
  const structural = (r: IMetaRow) => r.Type === 'Indicator' || r.Type === 'Aggregate';
  const levels = new Set<number>();
  for (const r of rows) {
    if (r.Level !== null) {
      if (!Number.isInteger(r.Level) || r.Level < 1 || r.Level > 1000)
        p('imeta-level-invalid', r, 'Level', { value: r.Level });
      else levels.add(r.Level);
    }
  }
  const maxLevel = levels.size > 0 ? Math.max(...levels) : 0;
  const gaps: number[] = [];
  for (let l = 1; l <= maxLevel; l++) if (!levels.has(l)) gaps.push(l);
  if (gaps.length > 0)
    out.push({
      code: 'imeta-level-gap',
      severity: 'error',
      file,
      column: col('Level'),
      vars: { levels: gaps.join(', '), max: maxLevel },
    });
  const seen = new Map<string, number>();
  const byCode = new Map<string, IMetaRow>();
  for (const r of rows) {
    if (r.iCode === '') {
      p('imeta-icode-missing', r, 'iCode');
    } else {
      if (seen.has(r.iCode))
        p('imeta-icode-duplicate', r, 'iCode', { first: seen.get(r.iCode) as number });
      else {
        seen.set(r.iCode, r.row);
        byCode.set(r.iCode, r);
      }
      if (/\s/.test(r.iCode)) p('imeta-icode-space', r, 'iCode');
      if (/^[0-9]/.test(r.iCode)) p('imeta-icode-digit', r, 'iCode');
    }
    if (!(IMETA_TYPES as readonly string[]).includes(r.Type))
      p('imeta-type-invalid', r, 'Type', { value: r.Type });
    if (r.Type === 'Aggregate' && r.Level === 1) p('imeta-aggregate-level1', r, 'Level');
    if (r.Direction !== null && r.Direction !== 1 && r.Direction !== -1)
      p('imeta-direction-invalid', r, 'Direction', { value: r.Direction });
    if (t.columns.includes('iName') && r.iName === null) p('imeta-iname-missing', r, 'iName');
    if (structural(r)) {
      if (r.Level === null) p('imeta-level-missing', r, 'Level');
      if (r.Direction === null) p('imeta-direction-missing', r, 'Direction');
      if (r.Weight === null) p('imeta-weight-missing', r, 'Weight');
      else if (r.Weight < 0) p('imeta-weight-negative', r, 'Weight', { value: r.Weight });
    }
    if (r.Type === 'Indicator' && r.Level !== null && r.Level !== 1)
      p('imeta-indicator-level', r, 'Level', { value: r.Level });
    if (r.Type === 'Indicator' && t.columns.includes('Target') && r.Target === null)
      p('imeta-target-missing', r, 'Target');
  }
  const tops = rows.filter((r) => structural(r) && r.Level === maxLevel && maxLevel > 1);
  if (tops.length > 1)
    out.push({
      code: 'imeta-several-tops',
      severity: 'error',
      file,
      column: col('Level'),
      vars: { codes: tops.map((r) => r.iCode).join(', '), level: maxLevel },
    });
  for (const r of rows) {
    if (r.Parent !== null) {
      const parent = byCode.get(r.Parent);
      if (!parent) p('imeta-parent-unknown', r, 'Parent', { parent: r.Parent });
      else if (r.Level === maxLevel && structural(r))
        p('imeta-top-parent', r, 'Parent', { parent: r.Parent });
      else if (r.Level !== null && parent.Level !== null && parent.Level !== r.Level + 1)
        p('imeta-parent-level', r, 'Parent', {
          parent: r.Parent,
          level: r.Level,
          parentLevel: parent.Level,
          expected: r.Level + 1,
        });
    } else if (structural(r) && r.Level !== null && r.Level < maxLevel) {
      p('imeta-parent-missing', r, 'Parent');
    }
  }
  const hasChild = new Set(rows.filter((r) => structural(r)).map((r) => r.Parent));
  for (const r of rows)
    if (r.Type === 'Aggregate' && !hasChild.has(r.iCode))
      p('imeta-aggregate-childless', r, 'iCode');
  if (!rows.some((r) => r.Type === 'Indicator'))
    out.push({ code: 'imeta-no-indicators', severity: 'error', file, column: col('Type') });
  return out;
}

/** The index tree of the Indicator and Aggregate rows (call after checkIMeta is clean). */
export function iMetaToNodes(t: IMetaTable): IndexNodeSpec[] {
  return t.rows
    .filter((r) => r.Type === 'Indicator' || r.Type === 'Aggregate')
    .map((r) => ({
      code: r.iCode,
      name: r.iName ?? r.iCode,
      level: r.Level ?? 1,
      parent: r.Parent,
      weight: r.Weight ?? 1,
      direction: r.Direction === -1 ? -1 : 1,
      target: r.Target,
      goalposts:
        r.goalpostLower !== null && r.goalpostUpper !== null
          ? {
              lower: r.goalpostLower,
              upper: r.goalpostUpper,
              ...(r.goalpostScale !== null ? { scale: r.goalpostScale } : {}),
            }
          : null,
    }));
}
