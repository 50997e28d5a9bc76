/** The input of a rating: units (regions) by indicators, null = missing. */
export interface IndicatorMatrix {
  units: string[];
  indicators: string[];
  /** units.length x indicators.length. */
  values: (number | null)[][];
}
