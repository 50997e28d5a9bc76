/**
 * The rows of one seed table as printed, rebuilt from a dataset's cells by their provenance.
 * A dataset may have moved figures to the region they belong to (innovation-2014 realigns
 * Table 4); the audit checks the table as printed, so it regroups the cells by printed row.
 */
import type { Cell, TableDataset } from '../types.ts';

export interface PrintedRow {
  /** № as printed (or the label where the table has no № column). */
  row: string;
  /** The label printed in that row. */
  label: string;
  cells: Record<string, Cell>;
}

/**
 * Printed rows of `table` in printed order. The label of a printed row is the label of the
 * dataset row that holds the row's unmoved cells (moved columns are listed in the dataset's
 * `alignments`).
 */
export function printedRowsOf(ds: TableDataset, table: string): PrintedRow[] {
  const moved = new Set(ds.alignments?.filter((a) => a.table === table).flatMap((a) => a.columns));
  const rows = new Map<string, PrintedRow>();
  for (const r of ds.rows) {
    for (const [id, c] of Object.entries(r.cells)) {
      if (c.source.table !== table) continue;
      const pr = rows.get(c.source.row) ?? { row: c.source.row, label: '', cells: {} };
      pr.cells[id] = c;
      if (!moved.has(id)) pr.label = r.label;
      rows.set(c.source.row, pr);
    }
  }
  const byNumber = (a: PrintedRow, b: PrintedRow) => Number(a.row) - Number(b.row);
  const list = [...rows.values()];
  return list.every((r) => /^\d+$/.test(r.row)) ? list.sort(byNumber) : list;
}
