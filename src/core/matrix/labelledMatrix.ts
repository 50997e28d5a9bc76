/**
 * The one shape of data every method reads: labelled rows (regions, industries, observations)
 * by labelled columns (indicators, industries, variables), with gaps. `values[r][c]` is the
 * cell of row r and column c; null = no data (never NaN). Readers build it from tables
 * (data/readers/tableMatrix.ts); methods check its gaps themselves.
 */
export interface LabelledMatrix {
  rows: string[];
  columns: string[];
  /** rows.length x columns.length; null = missing. */
  values: (number | null)[][];
}
