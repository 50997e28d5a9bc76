/**
 * Data treatment in the app's own rating (issue 9 item 3), per indicator, before
 * normalisation, in COINr's order: divide by a denominator column (COINr `Denominate()`),
 * fill gaps (COINr `Impute()`: mean, median, group mean or median, linear interpolation
 * between a panel's years), treat outliers (COINr `Treat()`: its default rule, forced
 * winsorisation of n points, ln x, Box-Cox). The column work is the COINr pipeline's own
 * (coin/treatIndicator.ts); this file maps the spec onto it, reads the data it needs from the
 * matrix (its `attributes` and `panel`, ratingMatrix.ts) and marks every cell it changed.
 *
 * An indicator's own `impute` / `outliers` override the rating's default
 * (`RatingSpec.treatment`); `denominator` is per indicator only.
 */
import type { Issue } from '../issue.ts';
import type {
  ImputeMethod,
  ImputeSpec,
  IndicatorSpec,
  OutlierSpec,
  RatingTreatment,
} from '../spec.ts';
import { treatIndicator } from '../coin/treatIndicator.ts';
import type { TreatmentSpec } from '../coin/treat/treatColumn.ts';
import type { RatingMatrix } from './ratingMatrix.ts';
import type { ReferenceTransform } from './treatedReferences.ts';

/** How one cell was changed; absent fields = not by that step. */
export interface CellTreatment {
  /** Divided by this column of the data. */
  denominator?: string;
  /** Filled by this rule (the cell was missing). */
  imputed?: ImputeMethod;
  /** `winhi` lowered / `winlo` raised by winsorisation; `log_CT`: COINr's rule fell back to its log; `log`; `boxcox`. */
  outlier?: 'winhi' | 'winlo' | 'log_CT' | 'log' | 'boxcox';
}

export interface TreatedRatingColumn {
  /** Per unit, the value after treatment (null = missing). */
  values: (number | null)[];
  /** Per unit, what was done to it (null = nothing). */
  cells: (CellTreatment | null)[];
  /**
   * Where the values were transformed (ln x, Box-Cox, COINr's log_CT): which, and the same
   * map as a function of one value, for the goalposts and target (treatedReferences.ts).
   */
  transform?: { kind: ReferenceTransform; map: (v: number) => number };
  issues: Issue[];
}

/** Default number of points winsorised (COINr `winmax`). */
export const DEFAULT_WIN_POINTS = 5;
/** Default Box-Cox exponent. */
export const DEFAULT_BOXCOX_LAMBDA = 0.5;

/** The imputation and outlier rule that apply to `ind`: its own, else the rating's default. */
export function effectiveTreatment(
  ind: Pick<IndicatorSpec, 'impute' | 'outliers'>,
  defaults: RatingTreatment | undefined,
): { impute: ImputeSpec; outliers: OutlierSpec } {
  return {
    impute: ind.impute ?? defaults?.impute ?? { method: 'none' },
    outliers: ind.outliers ?? defaults?.outliers ?? { method: 'none' },
  };
}

/** Does the spec treat any indicator (so a rating must read columns or years beyond its own)? */
export function treatsAnything(
  indicators: readonly IndicatorSpec[],
  defaults: RatingTreatment | undefined,
): boolean {
  return indicators.some((ind) => {
    const e = effectiveTreatment(ind, defaults);
    return (
      ind.denominator !== undefined || e.impute.method !== 'none' || e.outliers.method !== 'none'
    );
  });
}

/**
 * Columns of the data the treatment of `indicators` reads (denominators, group columns): the
 * rating matrix's `attributes`.
 */
export function treatmentColumns(
  indicators: readonly IndicatorSpec[],
  defaults: RatingTreatment | undefined,
): string[] {
  const out = new Set<string>();
  for (const ind of indicators) {
    if (ind.denominator) out.add(ind.denominator);
    const { impute } = effectiveTreatment(ind, defaults);
    if ((impute.method === 'group-mean' || impute.method === 'group-median') && impute.by)
      out.add(impute.by);
  }
  return [...out];
}

/** Does any indicator interpolate between a panel's years? */
export function interpolates(
  indicators: readonly IndicatorSpec[],
  defaults: RatingTreatment | undefined,
): boolean {
  return indicators.some(
    (ind) => effectiveTreatment(ind, defaults).impute.method === 'interpolate',
  );
}

/** The outlier rule of the spec as the column treatment (coin/treat/treatColumn.ts) runs it. */
export function outlierRule(o: OutlierSpec): TreatmentSpec {
  switch (o.method) {
    case 'none':
      return { method: 'none' };
    case 'coinr':
      return { method: 'default' };
    case 'winsorise':
      return { method: 'winsorise', winmax: o.points ?? DEFAULT_WIN_POINTS, force: true };
    case 'log':
      return { method: 'log' };
    case 'boxcox':
      return { method: 'boxcox', lambda: o.lambda ?? DEFAULT_BOXCOX_LAMBDA };
  }
}

const numberOf = (v: number | string | null | undefined): number =>
  typeof v === 'number' && Number.isFinite(v) ? v : NaN;
const labelOf = (v: number | string | null | undefined): string | null =>
  v === null || v === undefined || v === '' || (typeof v === 'number' && !Number.isFinite(v))
    ? null
    : String(v);

/**
 * Column `j` of `m` (indicator `ind`) treated by its rule. Without any treatment the values
 * come back as they are and no cell is marked.
 */
export function treatRatingColumn(
  m: RatingMatrix,
  j: number,
  ind: IndicatorSpec,
  defaults: RatingTreatment | undefined,
): TreatedRatingColumn {
  const n = m.rows.length;
  const own = m.values.map((row) => row[j] ?? null);
  const { impute, outliers } = effectiveTreatment(ind, defaults);
  const issues: Issue[] = [];
  const where = { indicator: ind.id };
  if (!ind.denominator && impute.method === 'none' && outliers.method === 'none')
    return { values: own, cells: own.map(() => null), issues };

  // The long table: the rated year alone, or every year of a panel when interpolating.
  let method = impute.method;
  const panel = method === 'interpolate' ? m.panel : undefined;
  if (method === 'interpolate' && (!panel || panel.years.length < 2)) {
    issues.push({
      code: 'interpolate-no-panel',
      severity: 'warning',
      message: `${ind.id}: interpolation needs the same indicator over several years (a panel); this table has one year, so no gap was filled.`,
      where,
    });
    method = 'none';
  }
  const slices = panel ? panel.years : [{ year: 0, matrix: m }];
  const at = panel ? panel.years.findIndex((y) => y.year === panel.year) : 0;
  const len = slices.length * n;
  const full = new Float64Array(len).fill(NaN);
  const unit: string[] = new Array<string>(len);
  const time: number[] = new Array<number>(len);
  const den = ind.denominator;
  const denValues = den ? new Float64Array(len).fill(NaN) : null;
  let denMissing = false;
  const by = impute.by;
  const grouped = method === 'group-mean' || method === 'group-median';
  let groups: (string | null)[] | null = grouped ? new Array<string | null>(len).fill(null) : null;
  slices.forEach(({ matrix: s }, y) => {
    const k = s === m ? j : s.columns.indexOf(ind.id);
    const dcol = den ? s.attributes?.[den] : undefined;
    if (den && !dcol) denMissing = true;
    const gcol = grouped && by ? s.attributes?.[by] : undefined;
    for (let u = 0; u < n; u++) {
      const i = y * n + u;
      unit[i] = m.rows[u];
      time[i] = slices[y].year;
      const v = k >= 0 ? s.values[u]?.[k] : null;
      full[i] = typeof v === 'number' && Number.isFinite(v) ? v : NaN;
      if (denValues && dcol) denValues[i] = numberOf(dcol[u]);
      if (groups && gcol) groups[i] = labelOf(gcol[u]);
    }
  });
  if (den && denMissing) {
    issues.push({
      code: 'treat-denominator-missing',
      severity: 'error',
      message: `${ind.id}: the denominator ${den} is not a column of the data; the indicator was not divided.`,
      where: { ...where, column: den },
      params: { denominator: den },
    });
  }
  if (grouped && !(by && m.attributes?.[by])) {
    issues.push({
      code: 'treat-group-missing',
      severity: 'error',
      message: `${ind.id}: filling gaps by group needs a column of the data with each unit's group${by ? `; '${by}' is not one` : ''}. Nothing was filled.`,
      where: { ...where, column: by ?? '' },
      params: { column: by ?? '' },
    });
    groups = null;
  }
  const rows = Array.from({ length: n }, (_, u) => at * n + u);
  const before = Float64Array.from(full);
  const useDen = den && !denMissing && denValues;
  const t = treatIndicator({
    full,
    rows,
    unit,
    time,
    denominator: useDen ? { values: denValues } : null,
    impute: grouped && !groups ? 'none' : method,
    groups,
    treat: outlierRule(outliers),
  });
  if (useDen && t.badDenominators > 0) {
    issues.push({
      code: 'treat-denominator-zero',
      severity: 'warning',
      message: `${ind.id}: ${t.badDenominators} value(s) have a missing or zero ${den}; they are left missing.`,
      where: { ...where, column: den },
      params: { count: t.badDenominators, denominator: den },
    });
  }
  const values: (number | null)[] = [];
  const cells: (CellTreatment | null)[] = [];
  let nonPositive = 0;
  for (let u = 0; u < n; u++) {
    const r = rows[u];
    const x = t.x[u];
    const c: CellTreatment = {};
    const d = useDen ? denValues[r] : NaN;
    if (useDen && before[r] === before[r] && d === d && d !== 0) c.denominator = den;
    if (t.imputed[u]) c.imputed = method;
    const mark = t.marks[u];
    if (mark) c.outlier = mark;
    if (x !== x && mark === 'log') nonPositive++;
    values.push(x === x ? x : null);
    cells.push(c.denominator || c.imputed || c.outlier ? c : null);
  }
  if (nonPositive > 0) {
    issues.push({
      code: 'log-nonpositive',
      severity: 'warning',
      message: `${ind.id}: ${nonPositive} value(s) are 0 or negative, where ln x is undefined; they are left missing (COINr's rule or Box-Cox shift the column first).`,
      where,
      params: { count: nonPositive },
    });
  }
  const kind = t.marks.find((k) => k === 'log' || k === 'boxcox' || k === 'log_CT');
  return {
    values,
    cells,
    ...(t.map && kind ? { transform: { kind, map: t.map } } : {}),
    issues,
  };
}

/**
 * A treated cell as a short code for exports (the rating CSV's `treatment` column and the
 * CLI): its steps joined by '+', in the order applied: `div:<column>` divided by a column,
 * `imp:<rule>` filled (mean, median, group-mean, group-median, interpolate), `win:high`
 * lowered / `win:low` raised by winsorisation, `log_ct` COINr's rule's log, `log` ln x,
 * `boxcox` Box-Cox; '' for an untouched cell.
 */
export function cellTreatmentCode(c: CellTreatment | null | undefined): string {
  if (!c) return '';
  const parts: string[] = [];
  if (c.denominator) parts.push(`div:${c.denominator}`);
  if (c.imputed) parts.push(`imp:${c.imputed}`);
  if (c.outlier === 'winhi') parts.push('win:high');
  else if (c.outlier === 'winlo') parts.push('win:low');
  else if (c.outlier === 'log_CT') parts.push('log_ct');
  else if (c.outlier) parts.push(c.outlier);
  return parts.join('+');
}

/** A unit's treated cells as `indicator=code` joined by '; ' (indicators in rating order). */
export function rowTreatmentCode(
  indicators: readonly string[],
  cells: readonly (CellTreatment | null)[],
): string {
  return indicators
    .map((id, k) => {
      const code = cellTreatmentCode(cells[k]);
      return code ? `${id}=${code}` : '';
    })
    .filter(Boolean)
    .join('; ');
}
