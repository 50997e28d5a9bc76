/**
 * The weight-independent half of a rating: pick the spec's indicators out of the matrix,
 * normalise each column once, and flatten the weights. rate() and the Monte Carlo
 * sensitivity share it, because changing weights never changes a normalisation.
 */
import type { Issue } from '../issue.ts';
import { normaliseColumn } from '../normalise/normaliseColumn.ts';
import type { RatingSpec } from '../spec.ts';
import type { AggregationLayout } from './aggregate.ts';
import type { IndicatorMatrix } from './indicatorMatrix.ts';
import { resolveWeights } from './weights.ts';

export interface PreparedRating {
  units: string[];
  /** Spec order, all groups flattened. */
  indicators: string[];
  layout: AggregationLayout;
  /** units x indicators, row-major; NaN = missing (never leaves the core as NaN). */
  normalised: Float64Array;
  /** Indicator weights normalised within their group, flat in spec order. */
  indicatorWeights: Float64Array;
  /** Group weights normalised to sum 1. */
  groupWeights: Float64Array;
  issues: Issue[];
}

export function prepareRating(m: IndicatorMatrix, spec: RatingSpec): PreparedRating {
  const issues: Issue[] = [];
  const units = m.units;
  const n = units.length;
  const indicators: string[] = [];
  const groupStart: number[] = [0];
  for (const g of spec.groups) {
    for (const ind of g.indicators) indicators.push(ind.id);
    groupStart.push(indicators.length);
  }
  const K = indicators.length;
  const normalised = new Float64Array(n * K).fill(NaN);
  const column = new Map(m.indicators.map((id, j) => [id, j]));
  let k = 0;
  spec.groups.forEach((g, gi) => {
    if (g.indicators.length === 0) {
      issues.push({
        code: 'empty-group',
        severity: 'error',
        message: `Group ${g.id} has no indicators; it is left out of the index.`,
        where: { field: `rating.groups[${gi}].indicators` },
        params: { group: g.id },
      });
    }
    g.indicators.forEach((ind, ii) => {
      const j = column.get(ind.id);
      if (j === undefined) {
        issues.push({
          code: 'missing-indicator',
          severity: 'error',
          message: `Indicator ${ind.id} is not in the data; it is left out of group ${g.id}.`,
          where: { field: `rating.groups[${gi}].indicators[${ii}].id`, indicator: ind.id },
          params: { group: g.id },
        });
        k++;
        return;
      }
      const col = m.values.map((row) => row[j] ?? null);
      const r = normaliseColumn(spec.normalisation, {
        indicator: ind.id,
        units,
        values: col,
        direction: ind.direction,
        target: ind.target,
      });
      issues.push(...r.issues);
      r.values.forEach((v, u) => {
        if (v === null) {
          issues.push({
            code: 'missing-indicator-value',
            severity: 'warning',
            message: `${units[u]} has no value for ${ind.id}; its group ${g.id} is the weighted mean of the indicators present (weights re-normalised).`,
            where: { region: units[u], indicator: ind.id },
            params: { group: g.id },
          });
        } else normalised[u * K + k] = v;
      });
      k++;
    });
  });
  const w = resolveWeights(spec);
  issues.push(...w.issues);
  return {
    units,
    indicators,
    layout: { nUnits: n, nIndicators: K, groupStart },
    normalised,
    indicatorWeights: Float64Array.from(w.indicator.flat()),
    groupWeights: Float64Array.from(w.group),
    issues,
  };
}
