/**
 * Joining the receptivity table (2 or 4) and the activity table (3 or 5) of seed 004 into one
 * row per region. By default every figure goes to the region its printed row names; a
 * realignment may send some columns of some printed rows to another region (innovation-2014).
 */
import type { Cell, RowAlignment, TableRow } from '../types.ts';
import type { PrintedRowCells } from './printedTable.ts';
import { SEED_004_CANONICAL_ORDER, seed004Key } from './seed004Regions.ts';

/**
 * One TableRow per region in the canonical order of seed 004, keyed by ISO code, labelled as
 * the activity table prints it. Throws if a region ends up without a figure it should have or
 * with two, which would mean the alignment is not a permutation.
 */
export function innovationRows(
  receptivity: PrintedRowCells[],
  activity: PrintedRowCells[],
  alignment?: RowAlignment,
): TableRow[] {
  const cells = new Map<string, Record<string, Cell>>();
  const labels = new Map<string, string>();
  const put = (key: string, id: string, c: Cell) => {
    const row = cells.get(key) ?? {};
    if (row[id]) throw new Error(`Two figures for ${key}.${id}.`);
    row[id] = c;
    cells.set(key, row);
  };
  for (const r of activity) {
    const key = seed004Key(r.label);
    labels.set(key, r.label);
    for (const [id, c] of Object.entries(r.cells)) put(key, id, c);
  }
  for (const r of receptivity) {
    const own = seed004Key(r.label);
    for (const [id, c] of Object.entries(r.cells)) {
      const moved = alignment && alignment.columns.includes(id);
      const key = moved ? alignment.printedRowToKey[r.row] : own;
      if (!key) throw new Error(`No alignment for printed row ${r.row}.`);
      put(key, id, c);
    }
  }
  return SEED_004_CANONICAL_ORDER.map((key) => {
    const row = cells.get(key);
    if (!row || Object.keys(row).length !== 14) {
      throw new Error(`Region ${key} does not have all 14 figures.`);
    }
    return { key, label: labels.get(key)!, cells: row };
  });
}
