/**
 * One indicator through COINr's data treatment, in COINr's order: denominate (COINr
 * `Denominate()`, denominate.ts) -> impute (COINr `Impute()`: imputeColumn.ts, or
 * `impute_panel(method = "linear")`: interpolatePanel.ts) -> take the rated cross-section ->
 * treat outliers (COINr `Treat()`, treat/treatColumn.ts). Shared by the COINr pipeline
 * (coinPrepare.ts) and the app's own rating (composite/treatRating.ts), so both treat a column
 * the same way.
 *
 * `full` holds the indicator over every row of a long table (one row per unit and time; one
 * row per unit for a single table) and is changed in place by denomination and imputation;
 * `rows` are the rows rated. Mean and median imputation run within the rated cross-section
 * (as COINr imputes one coin); interpolation runs along each unit's times.
 */
import type { ImputeMethod } from '../spec.ts';
import { denominate } from './denominate.ts';
import { imputeColumn } from './impute/imputeColumn.ts';
import { interpolatePanel } from './impute/interpolatePanel.ts';
import { treatColumn, type TreatMark, type TreatmentSpec } from './treat/treatColumn.ts';

/** Imputation rules, named as the spec names them (core/spec.ts ImputeMethod). */
export type ImputeRule = ImputeMethod;

export interface IndicatorTreatmentInput {
  /** The indicator over every row of the long table; NaN = missing. Changed in place. */
  full: Float64Array;
  /** Rows of `full` rated (the cross-section), in output order. */
  rows: readonly number[];
  /** Unit and time of each row of `full` (interpolation). */
  unit: readonly string[];
  time: readonly number[];
  /** Denominator of each row of `full`, or null for none. */
  denominator?: { values: ArrayLike<number>; scale?: number } | null;
  impute: ImputeRule;
  /** Group label of each row of `full` (group-mean, group-median). */
  groups?: readonly (string | null)[] | null;
  treat: TreatmentSpec;
}

export interface TreatedIndicator {
  /** The rated cross-section after treatment (NaN = missing). */
  x: Float64Array;
  /** 1 where the cell was imputed. */
  imputed: Uint8Array;
  /** Outlier treatment of each cell ('' = untouched). */
  marks: TreatMark[];
  /** Rows of `full` left missing by a missing or zero denominator. */
  badDenominators: number;
  /** Did the treated column pass the skew/kurtosis test (COINr's rule and winsorisation). */
  passed: boolean;
  /** The transform applied to the values as a map of one value (treatColumn.ts), if any. */
  map?: (v: number) => number;
}

export function treatIndicator(o: IndicatorTreatmentInput): TreatedIndicator {
  const { full, rows } = o;
  const n = rows.length;
  const badDenominators = o.denominator
    ? denominate(full, o.denominator.values, o.denominator.scale ?? 1)
    : 0;
  const fullFilled = new Uint8Array(full.length);
  const grouped = o.impute === 'group-mean' || o.impute === 'group-median';
  if (o.impute === 'interpolate') {
    interpolatePanel(o.unit, o.time, full, fullFilled);
  } else if (o.impute !== 'none' && (!grouped || o.groups)) {
    const part = Float64Array.from(rows, (r) => full[r]);
    const f = new Uint8Array(n);
    const stat = o.impute === 'mean' || o.impute === 'group-mean' ? 'mean' : 'median';
    imputeColumn(part, stat, grouped && o.groups ? rows.map((r) => o.groups![r]) : null, f);
    rows.forEach((r, i) => {
      full[r] = part[i];
      fullFilled[r] = f[i];
    });
  }
  const col = Float64Array.from(rows, (r) => full[r]);
  const imputed = Uint8Array.from(rows, (r) => fullFilled[r]);
  const t = treatColumn(col, o.treat);
  return {
    x: t.x,
    imputed,
    marks: t.marks,
    badDenominators,
    passed: t.passed,
    ...(t.map ? { map: t.map } : {}),
  };
}
