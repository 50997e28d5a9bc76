/**
 * The weight-independent half of a COINr-style index, in COINr's order: denominate ->
 * impute -> pick the cross-section -> treat outliers -> normalise. Denomination and
 * imputation run on the whole (possibly panel) table, so linear interpolation can use the
 * other years; treatment and normalisation run on the rated year only, as COINr does on one
 * coin. Every imputed and treated cell is marked.
 */
import type { Issue } from '../issue.ts';
import { latestTime, rowsAtTime, type CoinData } from './coinData.ts';
import { denominate } from './denominate.ts';
import { imputeColumn } from './impute/imputeColumn.ts';
import { interpolatePanel } from './impute/interpolatePanel.ts';
import type { IndexTree } from './indexTree.ts';
import { normaliseIndicator, type CoinNormalisation } from './normalise/coinNormalise.ts';
import { treatColumn, type TreatMark, type TreatmentSpec } from './treat/treatColumn.ts';

export const COIN_IMPUTATIONS = [
  'none',
  'i_mean',
  'i_median',
  'i_mean_grp',
  'i_median_grp',
  'i_interp',
] as const;
export type CoinImputation = (typeof COIN_IMPUTATIONS)[number];

export interface CoinPrepareOptions {
  impute: CoinImputation;
  /** Text column of iData holding each unit's group (for i_mean_grp / i_median_grp). */
  imputeGroup?: string;
  treat: TreatmentSpec;
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
  const col = new Float64Array(n);
  const out = new Float64Array(n);
  const allTimes = data.time.map((t) => t ?? 0);
  const groups = o.imputeGroup ? (data.text.get(o.imputeGroup) ?? null) : null;
  if ((o.impute === 'i_mean_grp' || o.impute === 'i_median_grp') && !groups) {
    issues.push({
      code: 'impute-group-missing',
      severity: 'error',
      message: `Group imputation needs a group column in iData${o.imputeGroup ? `; '${o.imputeGroup}' is not one` : ''}. Nothing was imputed.`,
      where: { column: o.imputeGroup ?? '' },
    });
  }
  for (let k = 0; k < K; k++) {
    const code = tree.codes[k];
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
    if (den) {
      const d = data.numeric.get(den.by);
      if (!d) {
        issues.push({
          code: 'missing-denominator',
          severity: 'error',
          message: `${code}: the denominator ${den.by} is not a numeric column of iData; it was not denominated.`,
          where: { indicator: code, column: den.by },
        });
      } else {
        const bad = denominate(full, d, den.scale ?? 1);
        if (bad > 0) {
          issues.push({
            code: 'zero-denominator',
            severity: 'warning',
            message: `${code}: ${bad} value(s) have a missing or zero ${den.by}; they are left missing.`,
            where: { indicator: code, column: den.by },
          });
        }
      }
    }
    const fullFilled = new Uint8Array(full.length);
    if (o.impute === 'i_mean' || o.impute === 'i_median') {
      // Within the rated cross-section, as COINr imputes one coin.
      const part = Float64Array.from(rows, (r) => full[r]);
      const f = new Uint8Array(n);
      imputeColumn(part, o.impute === 'i_mean' ? 'mean' : 'median', null, f);
      rows.forEach((r, i) => {
        full[r] = part[i];
        fullFilled[r] = f[i];
      });
    } else if ((o.impute === 'i_mean_grp' || o.impute === 'i_median_grp') && groups) {
      const part = Float64Array.from(rows, (r) => full[r]);
      const f = new Uint8Array(n);
      imputeColumn(
        part,
        o.impute === 'i_mean_grp' ? 'mean' : 'median',
        rows.map((r) => groups[r]),
        f,
      );
      rows.forEach((r, i) => {
        full[r] = part[i];
        fullFilled[r] = f[i];
      });
    } else if (o.impute === 'i_interp') {
      interpolatePanel(data.uCode, allTimes, full, fullFilled);
    }
    rows.forEach((r, i) => {
      col[i] = full[r];
      imputed[k * n + i] = fullFilled[r];
    });
    const t = treatColumn(col, o.treat);
    treatMarks.push(t.marks);
    treated.set(t.x, k * n);
    const problem = normaliseIndicator(
      t.x,
      {
        method: o.normalise,
        range: o.range,
        direction: tree.direction[k] === -1 ? -1 : 1,
        target: tree.target[k],
        goalposts: tree.goalposts[k],
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
