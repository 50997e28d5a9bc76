/**
 * The weight-independent half of a COINr-style index, in COINr's order: denominate ->
 * impute -> pick the cross-section -> treat outliers -> normalise. Denomination and
 * imputation run on the whole (possibly panel) table, so linear interpolation can use the
 * other years; treatment and normalisation run on the rated year only, as COINr does on one
 * coin. Every imputed and treated cell is marked.
 */
import type { Issue } from '../issue.ts';
import { latestTime, rowsAtTime, type CoinData } from './coinData.ts';
import type { IndexTree } from './indexTree.ts';
import { normaliseIndicator, type CoinNormalisation } from './normalise/coinNormalise.ts';
import type { TreatMark, TreatmentSpec } from './treat/treatColumn.ts';
import { treatIndicator, type ImputeRule } from './treatIndicator.ts';

export const COIN_IMPUTATIONS = [
  'none',
  'i_mean',
  'i_median',
  'i_mean_grp',
  'i_median_grp',
  'i_interp',
] as const;
export type CoinImputation = (typeof COIN_IMPUTATIONS)[number];

/** COINr's imputation codes as the shared treatment (treatIndicator.ts) names them. */
const IMPUTE_RULE: Record<CoinImputation, ImputeRule> = {
  none: 'none',
  i_mean: 'mean',
  i_median: 'median',
  i_mean_grp: 'group-mean',
  i_median_grp: 'group-median',
  i_interp: 'interpolate',
};

/** One indicator's own imputation and outlier treatment, overriding the study's. */
export interface IndicatorTreatmentOptions {
  impute?: CoinImputation;
  imputeGroup?: string;
  treat?: TreatmentSpec;
}

export interface CoinPrepareOptions {
  impute: CoinImputation;
  /**
   * Column of iData holding each unit's group (for i_mean_grp / i_median_grp): a text column
   * (Type Group or Other) or a numeric one, whose values are then the group labels.
   */
  imputeGroup?: string;
  treat: TreatmentSpec;
  /**
   * Per indicator code, its own imputation / treatment (the app's per-indicator choices,
   * state/coinrStudy.ts coinOptionsOf); absent fields take the study's above.
   */
  indicators?: Record<string, IndicatorTreatmentOptions>;
  /** Per indicator code, the denominator column (and an optional scale). */
  denominators?: Record<string, { by: string; scale?: number }>;
  normalise: CoinNormalisation;
  range: [number, number];
  /** Rated time; the latest by default. */
  time?: number | null;
}

export interface PreparedCoin {
  /** Rows of the data rated (the cross-section), in data order. */
  rows: number[];
  time: number | null;
  /** Indicator columns after denomination, imputation and treatment (node-major, K x n). */
  treated: Float64Array;
  /** Normalised indicator columns (node-major, K x n), NaN = missing. */
  normalised: Float64Array;
  imputed: Uint8Array;
  treatMarks: TreatMark[][];
  issues: Issue[];
}

export function prepareCoin(data: CoinData, tree: IndexTree, o: CoinPrepareOptions): PreparedCoin {
  const issues: Issue[] = [];
  const K = tree.nIndicators;
  const time = o.time === undefined ? latestTime(data) : o.time;
  const rows = rowsAtTime(data, time);
  const n = rows.length;
  const treated = new Float64Array(K * n);
  const normalised = new Float64Array(K * n);
  const imputed = new Uint8Array(K * n);
  const treatMarks: TreatMark[][] = [];
  const work = new Float64Array(n);
  const out = new Float64Array(n);
  const allTimes = data.time.map((t) => t ?? 0);
  const groupCache = new Map<string, readonly (string | null)[] | null>();
  const groupsOf = (name: string | undefined): readonly (string | null)[] | null => {
    if (!name) return null;
    if (!groupCache.has(name)) {
      // A numeric column's values are its group labels, as the app's rating reads them
      // (composite/treatRating.ts: String of the number).
      const num = data.numeric.get(name);
      groupCache.set(
        name,
        data.text.get(name) ?? (num ? Array.from(num, (v) => (v === v ? String(v) : null)) : null),
      );
    }
    return groupCache.get(name) ?? null;
  };
  const groupProblems = new Set<string>();
  for (let k = 0; k < K; k++) {
    const code = tree.codes[k];
    const own = o.indicators?.[code];
    const impute = own?.impute ?? o.impute;
    const groupColumn = own?.impute !== undefined ? own.imputeGroup : o.imputeGroup;
    const groups = groupsOf(groupColumn);
    if ((impute === 'i_mean_grp' || impute === 'i_median_grp') && !groups) {
      const key = groupColumn ?? '';
      if (!groupProblems.has(key)) {
        groupProblems.add(key);
        issues.push({
          code: 'impute-group-missing',
          severity: 'error',
          message: `Group imputation needs a group column in iData${groupColumn ? `; '${groupColumn}' is not one` : ''}. Nothing was imputed.`,
          where: { column: key },
        });
      }
    }
    const src = data.numeric.get(code);
    if (!src) {
      issues.push({
        code: 'missing-indicator',
        severity: 'error',
        message: `The indicator ${code} has no column in iData; it is missing for every unit.`,
        where: { indicator: code },
      });
      treated.fill(NaN, k * n, (k + 1) * n);
      normalised.fill(NaN, k * n, (k + 1) * n);
      treatMarks.push(new Array<TreatMark>(n).fill(''));
      continue;
    }
    const full = Float64Array.from(src);
    const den = o.denominators?.[code];
    const d = den ? data.numeric.get(den.by) : undefined;
    if (den && !d) {
      issues.push({
        code: 'missing-denominator',
        severity: 'error',
        message: `${code}: the denominator ${den.by} is not a numeric column of iData; it was not denominated.`,
        where: { indicator: code, column: den.by },
      });
    }
    const t = treatIndicator({
      full,
      rows,
      unit: data.uCode,
      time: allTimes,
      denominator: den && d ? { values: d, scale: den.scale } : null,
      impute: IMPUTE_RULE[impute],
      groups,
      treat: own?.treat ?? o.treat,
    });
    if (den && t.badDenominators > 0) {
      issues.push({
        code: 'zero-denominator',
        severity: 'warning',
        message: `${code}: ${t.badDenominators} value(s) have a missing or zero ${den.by}; they are left missing.`,
        where: { indicator: code, column: den.by },
      });
    }
    imputed.set(t.imputed, k * n);
    treatMarks.push(t.marks);
    treated.set(t.x, k * n);
    // A transform of the values (ln x, Box-Cox, log_CT) takes the target and goalposts along
    // (composite/treatedReferences.ts; docs/methods.md section 9); outside its domain they
    // are missing, and the normalisation says so.
    const onScale = (v: number | null) => {
      if (v === null || !t.map) return v;
      const m = t.map(v);
      return m === m ? m : null;
    };
    const gp = tree.goalposts[k];
    const lower = gp ? onScale(gp.lower) : null;
    const upper = gp ? onScale(gp.upper) : null;
    const problem = normaliseIndicator(
      t.x,
      {
        method: o.normalise,
        range: o.range,
        direction: tree.direction[k] === -1 ? -1 : 1,
        target: onScale(tree.target[k]),
        goalposts: gp && lower !== null && upper !== null ? { ...gp, lower, upper } : null,
      },
      out,
      work,
    );
    normalised.set(out, k * n);
    if (problem) issues.push(normaliseIssue(problem, code));
  }
  return { rows, time, treated, normalised, imputed, treatMarks, issues };
}

function normaliseIssue(problem: string, code: string): Issue {
  const text: Record<string, string> = {
    'constant-column': `${code} has the same value for every unit; min-max gives every unit the middle of the range.`,
    'no-target': `${code} has no Target in iMeta; distance to target cannot be computed, so it is missing.`,
    'no-goalposts': `${code} has neither goalposts (goalpost_lower, goalpost_upper) nor a Target in iMeta; it is missing.`,
    'ratio-nonpositive-max': `${code}: the largest value is 0, so the ratio to the maximum is undefined; it is missing.`,
    'ratio-negative-direction': `${code} has Direction -1: as in COINr the ratio runs on -x, whose maximum is negative, so it does not rank this indicator sensibly; prefer n_minx or n_rank for it.`,
  };
  return {
    code: `normalise-${problem}`,
    severity:
      problem === 'constant-column' || problem === 'ratio-negative-direction' ? 'warning' : 'error',
    message: text[problem] ?? problem,
    where: { indicator: code },
  };
}
