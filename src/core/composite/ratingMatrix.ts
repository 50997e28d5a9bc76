/**
 * The input of a rating: the labelled matrix every method reads (core/matrix/labelledMatrix.ts),
 * rows = units (regions), columns = indicators, null = missing, plus what the data treatment
 * (treatRating.ts) reads besides the indicators. docs/architecture.md, "Data shapes".
 */
import type { LabelledMatrix } from '../matrix/labelledMatrix.ts';

export interface RatingMatrix extends LabelledMatrix {
  /**
   * Other columns of the data that the data treatment reads (treatRating.ts): denominators
   * (numbers) and unit groups (labels), one entry per row. Absent when nothing needs them.
   */
  attributes?: Record<string, (number | string | null)[]>;
  /**
   * The years of a panel, for interpolation between them (treatRating.ts): each year as a
   * matrix of the same rows in this matrix's order (null where a unit has no row that year),
   * the same columns and attributes; `year` is the one this matrix rates.
   */
  panel?: { year: number; years: { year: number; matrix: RatingMatrix }[] };
}
