/**
 * Employed population is printed twice for each region and year: in the receptivity table
 * (2 or 4, column `employed`) and in the activity table (3 or 5, `employed_activity`). Both
 * are the same statistic (seed 004, Tables 2-5), so they must agree for the same region.
 */
import type { TableDataset } from '../types.ts';
import { type AuditFinding, because, differs } from './finding.ts';

/**
 * A finding for each region whose two employed figures differ by more than 1%, reported on
 * the receptivity table's printed row.
 */
export function auditEmployedMatch(ds: TableDataset): AuditFinding[] {
  const out: AuditFinding[] = [];
  for (const r of ds.rows) {
    const a = r.cells.employed;
    const b = r.cells.employed_activity;
    if (!a || !b || a.value === null || b.value === null) continue;
    if (!differs(a.value, b.value)) continue;
    out.push({
      dataset: ds.id,
      table: a.source.table,
      row: a.source.row,
      column: 'employed',
      printed: a.value,
      recomputed: b.value,
      ...because([
        {
          cause: 'employed-mismatch',
          params: { table: b.source.table, printed: b.printed, row: b.source.row },
        },
      ]),
    });
  }
  return out;
}
