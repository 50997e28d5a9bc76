/**
 * An imported table (indicatorTable.ts) as a labelled matrix: every row but national totals,
 * labelled as written, by the numeric columns in file order. Used where the rows need not be
 * regions (the CLI's `--input` of clusters, factors and specialisation); the app's rating
 * reads region rows only (indicatorMatrix.ts).
 */
import type { LabelledMatrix } from '../../core/index.ts';
import type { ImportedTable } from './indicatorTable.ts';

export function importedTableMatrix(table: ImportedTable): LabelledMatrix {
  const cols = table.columns.filter((c) => c.type === 'numeric');
  const rows = table.rows.filter((r) => r.kind === 'region');
  return {
    rows: rows.map((r) => r.label),
    columns: cols.map((c) => c.name),
    values: rows.map((r) => cols.map((c) => r.values[c.index] ?? null)),
  };
}
