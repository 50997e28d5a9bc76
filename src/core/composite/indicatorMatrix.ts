/** The input of a rating: units (regions) by indicators, null = missing. */
export interface IndicatorMatrix {
  units: string[];
  indicators: string[];
  /** units.length x indicators.length. */
  values: (number | null)[][];
  /**
   * Other columns of the data that the data treatment reads (treatRating.ts): denominators
   * (numbers) and unit groups (labels), one entry per unit. Absent when nothing needs them.
   */
  columns?: Record<string, (number | string | null)[]>;
  /**
   * The years of a panel, for interpolation between them (treatRating.ts): each year as a
   * matrix of the same units in this matrix's order (null where a unit has no row that year),
   * the same indicators and columns; `year` is the one this matrix rates.
   */
  panel?: { year: number; years: { year: number; matrix: IndicatorMatrix }[] };
}
