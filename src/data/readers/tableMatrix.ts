/**
 * The one step from an imported table (indicatorTable.ts) to a labelled matrix
 * (core/matrix/labelledMatrix.ts; docs/architecture.md, "Data shapes"). One rule for the rows:
 * every row but national totals; `rows: 'regions'` keeps those matched to a region and labels
 * them by ISO code (what the app analyses, as a user dataset holds them: toUserDataset),
 * `rows: 'labels'` keeps them all, labelled as written (the CLI's `--input` of clusters,
 * factors and specialisation, where the rows need not be regions). The columns: those named,
 * in that order, else every numeric column in file order. Bundled and user datasets
 * (data/types.ts) have their own one step, data/tableMatrix.ts.
 */
import type { LabelledMatrix } from '../../core/index.ts';
import type { ImportedRow, ImportedTable } from './indicatorTable.ts';

export interface ImportedMatrixOptions {
  /** 'regions': matched rows by ISO code; 'labels': every non-total row as written. */
  rows: 'regions' | 'labels';
  /** Column names (each must be in the table); default every numeric column. */
  columns?: readonly string[];
}

/** The table's rows the matrix holds, by `rows` (see the header). */
export function matrixRows(
  table: ImportedTable,
  rows: ImportedMatrixOptions['rows'],
): ImportedRow[] {
  return table.rows.filter(
    (r) => r.kind === 'region' && (rows === 'labels' || r.regionCode !== null),
  );
}

export function importedTableMatrix(
  table: ImportedTable,
  options: ImportedMatrixOptions,
): LabelledMatrix {
  const cols = options.columns
    ? options.columns.map((name) => table.columns.find((c) => c.name === name)!)
    : table.columns.filter((c) => c.type === 'numeric');
  const rows = matrixRows(table, options.rows);
  return {
    rows: rows.map((r) => (options.rows === 'regions' ? (r.regionCode as string) : r.label)),
    columns: cols.map((c) => c.name),
    values: rows.map((r) => cols.map((c) => r.values[c.index] ?? null)),
  };
}
