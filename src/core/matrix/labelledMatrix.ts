/**
 * The one shape of data every method reads: labelled rows (regions, industries, observations)
 * by labelled columns (indicators, industries, variables), with gaps. `values[r][c]` is the
 * cell of row r and column c; null = no data (never NaN). The data layer builds it from a
 * table in one step (data/tableMatrix.ts for datasets, data/readers/tableMatrix.ts for an
 * imported table); methods check its gaps themselves. A method that needs more extends it
 * (composite/ratingMatrix.ts) rather than renaming its fields. docs/architecture.md, "Data
 * shapes".
 */
export interface LabelledMatrix {
  rows: string[];
  columns: string[];
  /** rows.length x columns.length; null = missing. */
  values: (number | null)[][];
}
