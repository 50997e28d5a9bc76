/**
 * The innovation-development rating of seed 004 (formulas 1-4, class scale Table 1) made
 * general (docs/methods.md section 1): normalise each indicator (normalise/), aggregate within
 * groups and across groups with weights at both levels (aggregate.ts), classify on the band
 * scale (classify.ts) and rank (1 = best; ties share the lowest rank, R's
 * `rank(-index, ties.method = "min")`, within a tolerance of 1e-9).
 *
 * Classes: the spec's bands on a 0-100 index, quintiles of rank on any other scale while the
 * bands are the paper's (classScale.ts).
 *
 * Never throws and never returns NaN or Infinity: every problem is an Issue (code, message,
 * where). Missing values: the group is the weighted mean over the indicators present, with
 * a `missing-value` warning naming region and indicator; a unit with no data at all gets
 * index 0 and a `no-data` error.
 */
import type { Issue } from '../issue.ts';
import type { RatingSpec } from '../spec.ts';
import { minRanksDescending } from '../stats/rank.ts';
import { aggregateInto, KIND } from './aggregate.ts';
import { bandIndex, sortBands } from './classify.ts';
import { classesByQuintile, QUINTILES, quintileOfRank } from './classScale.ts';
import type { RatingMatrix } from './ratingMatrix.ts';
import { prepareRating, type PreparedRating } from './prepareRating.ts';
import { walkGroups } from './ratingTree.ts';
import type { CellTreatment } from './treatRating.ts';

export type { RatingMatrix } from './ratingMatrix.ts';

export interface RatingResult {
  units: string[];
  /** Spec order (all groups' indicators, flattened). */
  indicators: string[];
  /** units x indicators, on the normalisation's scale; null = missing. */
  normalised: (number | null)[][];
  /**
   * Sub-index per unit, per group of the tree in pre-order (ratingTree.ts; 0 where a unit
   * has no data in the group); `parent` is the enclosing group's id, null under the index.
   */
  groups: { id: string; parent: string | null; values: number[] }[];
  index: number[];
  /** Class label per unit from spec.classes. */
  classes: string[];
  /** 1 = best; ties share the lowest rank ("min" method). */
  rank: number[];
  /**
   * Only where the spec treats data (treatRating.ts): units x indicators, the values after
   * treatment and before normalisation (null = missing), and what was done to each cell
   * (null = nothing), so tables and exports can mark every treated cell.
   */
  treatment?: { values: (number | null)[][]; cells: (CellTreatment | null)[][] };
  issues: Issue[];
}

/** Rates every unit of `m` by `spec` (seed 004 formulas 1-4 with the paper's spec). */
export function rate(m: RatingMatrix, spec: RatingSpec): RatingResult {
  const p = prepareRating(m, spec);
  const issues = p.issues;
  const n = p.units.length;
  const K = p.layout.nIndicators;
  const visits = walkGroups(spec);
  const G = visits.length;
  const groupsOut = new Float64Array(n * G);
  const index = new Float64Array(n);
  aggregateInto(
    p.normalised,
    p.layout,
    p.indicatorWeights,
    p.groupWeights,
    p.methods,
    groupsOut,
    index,
  );

  // Zeros and negatives where a group takes a geometric or harmonic mean of its indicators
  // (the stated rule of aggregate.ts).
  const groupOf = new Int32Array(K);
  for (let g = 0; g < G; g++)
    for (let k = p.layout.groupStart[g]; k < p.layout.groupStart[g + 1]; k++) groupOf[k] = g;
  const sensitive = (k: number) => {
    const kind = p.methods.kinds[groupOf[k]];
    return kind === KIND.geometric || kind === KIND.harmonic;
  };
  if (K > 0 && Array.from({ length: K }, (_, k) => k).some(sensitive)) {
    for (let u = 0; u < n; u++) {
      for (let k = 0; k < K; k++) {
        const x = p.normalised[u * K + k];
        if (!sensitive(k) || x !== x || !(p.indicatorWeights[k] > 0) || x > 0) continue;
        issues.push({
          code: x < 0 ? 'geometric-negative' : 'geometric-zero',
          severity: x < 0 ? 'error' : 'warning',
          message:
            x < 0
              ? `${p.units[u]}: ${p.indicators[k]} is negative after normalisation; a geometric mean needs values >= 0 (use a 0-100 normalisation, not z-scores). Counted as 0.`
              : `${p.units[u]}: ${p.indicators[k]} is 0 after normalisation, so its geometric sub-index and index are 0.`,
          where: { region: p.units[u], indicator: p.indicators[k] },
        });
      }
    }
  }

  for (let u = 0; u < n; u++) {
    let any = false;
    for (let g = 0; g < G; g++) {
      if (groupsOut[u * G + g] === groupsOut[u * G + g]) any = true;
    }
    if (!any && G > 0) {
      issues.push({
        code: 'no-data',
        severity: 'error',
        message: `${p.units[u]} has no value for any indicator; its index is set to 0.`,
        where: { region: p.units[u] },
      });
    }
  }

  const sorted = sortBands(spec.classes);
  const indexOut = Array.from(index, (v) => (Number.isFinite(v) ? v : 0));
  const rank = Array.from(minRanksDescending(indexOut));
  const quintiles = classesByQuintile(spec);
  if (quintiles && n > 0) {
    issues.push({
      code: 'quantile-classes',
      severity: 'warning',
      message:
        "The index is not on a 0-100 scale, so the paper's classes A++..D do not apply: the units are put into five quintiles by rank (Q1 = top 20%).",
      where: { field: 'rating.classes' },
    });
  } else if (spec.normalisation === 'z-score' && sorted.length > 0) {
    issues.push({
      code: 'class-scale',
      severity: 'warning',
      message:
        'Z-scores are centred on 0, not on a 0-100 scale; the class bands do not mean what they say.',
      where: { field: 'rating.classes' },
    });
  }
  const classes = indexOut.map((v, u) => {
    if (quintiles) return QUINTILES[quintileOfRank(rank[u], n)];
    if (sorted.length === 0) return '';
    const b = bandIndex(v, sorted);
    if (b >= 0) return sorted[b].label;
    issues.push({
      code: 'below-classes',
      severity: 'warning',
      message: `${p.units[u]}: index ${v} is below the lowest class bound ${sorted[sorted.length - 1].min}; it is put in the lowest class.`,
      where: { region: p.units[u] },
      params: { value: Math.round(v * 100) / 100, min: sorted[sorted.length - 1].min },
    });
    return sorted[sorted.length - 1].label;
  });

  const { normalised, treatment } = unitRows(m, p);
  return {
    ...(treatment ? { treatment } : {}),
    units: [...p.units],
    indicators: p.indicators,
    normalised,
    groups: visits.map(({ group: g, parent }, gi) => ({
      id: g.id,
      parent: parent < 0 ? null : visits[parent].group.id,
      values: Array.from({ length: n }, (_, u) => {
        const v = groupsOut[u * G + gi];
        return Number.isFinite(v) ? v : 0;
      }),
    })),
    index: indexOut,
    classes,
    rank,
    issues,
  };
}

type UnitRows = Pick<RatingResult, 'normalised' | 'treatment'>;

// Per matrix, the per-unit rows of the last rating and the prepared columns they came from:
// a weight step (same columns) hands out the same rows instead of building 3,000 x 30 again.
const rowsCache = new WeakMap<
  RatingMatrix,
  { columns: PreparedRating['columns']; rows: UnitRows }
>();

function unitRows(m: RatingMatrix, p: PreparedRating): UnitRows {
  const last = rowsCache.get(m);
  if (
    last &&
    last.columns.length === p.columns.length &&
    last.columns.every((c, k) => c === p.columns[k])
  )
    return last.rows;
  const n = p.units.length;
  const K = p.indicators.length;
  const normalised = new Array<(number | null)[]>(n);
  for (let u = 0; u < n; u++) {
    const row = new Array<number | null>(K);
    for (let k = 0; k < K; k++) {
      const x = p.normalised[u * K + k];
      row[k] = x === x ? x : null;
    }
    normalised[u] = row;
  }
  const t = p.treatment;
  const rows: UnitRows = {
    normalised,
    treatment: t
      ? {
          values: Array.from({ length: n }, (_, u) =>
            Array.from(t.values.subarray(u * K, (u + 1) * K), (x) => (x === x ? x : null)),
          ),
          cells: Array.from({ length: n }, (_, u) => t.cells.slice(u * K, (u + 1) * K)),
        }
      : undefined,
  };
  rowsCache.set(m, { columns: p.columns, rows });
  return rows;
}
