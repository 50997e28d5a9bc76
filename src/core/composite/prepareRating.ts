/**
 * The weight-independent half of a rating: pick the spec's indicators out of the matrix,
 * treat each column as the spec says (treatRating.ts: denominator, gaps, outliers),
 * normalise it once, and flatten the weights. rate() and the Monte Carlo
 * sensitivity share it, because changing weights never changes a normalisation.
 */
import type { Issue } from '../issue.ts';
import { normaliseColumn } from '../normalise/normaliseColumn.ts';
import type { GroupSpec, IndicatorSpec, RatingSpec } from '../spec.ts';
import {
  aggregationMethods,
  treeLayout,
  type AggregationLayout,
  type AggregationMethods,
} from './aggregate.ts';
import type { RatingMatrix } from './ratingMatrix.ts';
import { walkGroups } from './ratingTree.ts';
import {
  treatRatingColumn,
  treatsAnything,
  type CellTreatment,
  type TreatedRatingColumn,
} from './treatRating.ts';
import { treatedReferences } from './treatedReferences.ts';
import { resolveWeights } from './weights.ts';

const hasIndicators = (g: GroupSpec): boolean =>
  g.indicators.length > 0 || (g.groups ?? []).some(hasIndicators);

export interface PreparedRating {
  units: string[];
  /** The tree's pre-order (ratingTree.ts): each group's own indicators, groups in pre-order. */
  indicators: string[];
  layout: AggregationLayout;
  /** Each node's aggregation (groups in pre-order, then the index), from the spec's levels. */
  methods: AggregationMethods;
  /** units x indicators, row-major; NaN = missing (never leaves the core as NaN). */
  normalised: Float64Array;
  /** Indicator shares of their group, flat in the order of `indicators`. */
  indicatorWeights: Float64Array;
  /** Per group (pre-order), its share of its parent or of the index. */
  groupWeights: Float64Array;
  /**
   * Where the spec treats data: units x indicators, row-major, the values after treatment
   * (before normalisation; NaN = missing) and what was done to each cell (null = nothing).
   */
  treatment: { values: Float64Array; cells: (CellTreatment | null)[] } | null;
  issues: Issue[];
  /**
   * The prepared column behind each indicator (null: not in the data). The same objects for
   * the same matrix and spec but the weights, so rate() can keep its per-unit rows too.
   */
  columns: (PreparedColumn | null)[];
}

/** One indicator's column treated and normalised, with what was said about it. */
export interface PreparedColumn {
  treated: TreatedRatingColumn;
  /** Normalised values, null = missing. */
  normalised: (number | null)[];
  /** The treatment's, the normalisation's and the missing values' issues, in that order. */
  issues: Issue[];
}

/**
 * Prepared columns per matrix, by everything they depend on but the weights: a slider step
 * rates the same matrix again with new weights only, and at 3,000 units x 30 indicators
 * treating and normalising every column again was most of a step (bench/results/ui.md). The
 * matrix is keyed by identity (callers never change a matrix in place: state/compute.ts keeps
 * one per table); the entries of a matrix are dropped together once they hold CACHE_CELLS
 * cells (at most CACHE_COLUMNS columns): 3,000 units keep ~160 columns, a few variants of 30
 * indicators, without the cache growing past tens of megabytes.
 */
const columnCache = new WeakMap<RatingMatrix, Map<string, PreparedColumn>>();
const CACHE_CELLS = 500_000;
const CACHE_COLUMNS = 2_000;

function preparedColumn(
  m: RatingMatrix,
  j: number,
  ind: IndicatorSpec,
  groupId: string,
  spec: RatingSpec,
): PreparedColumn {
  const key = JSON.stringify([
    j,
    groupId,
    { ...ind, weight: 0 },
    spec.normalisation,
    spec.range ?? null,
    spec.treatment ?? null,
  ]);
  let byKey = columnCache.get(m);
  if (!byKey) columnCache.set(m, (byKey = new Map()));
  const hit = byKey.get(key);
  if (hit) return hit;
  const units = m.rows;
  const treated = treatRatingColumn(m, j, ind, spec.treatment);
  // Goalposts and a target follow a transform of the values (treatedReferences.ts).
  const refs = treatedReferences(spec.normalisation, ind, treated.transform);
  const col = treated.values;
  const r = refs.undefined
    ? {
        values: col.map((v) =>
          v === null ? null : spec.normalisation === 'goalposts' ? (spec.range ?? [0, 100])[0] : 0,
        ),
        issues: [],
      }
    : normaliseColumn(spec.normalisation, {
        indicator: ind.id,
        units,
        values: col,
        direction: ind.direction,
        target: refs.target,
        goalposts: refs.goalposts,
        range: spec.range,
      });
  const issues = [...treated.issues, ...refs.issues, ...r.issues];
  r.values.forEach((v, u) => {
    if (v === null)
      issues.push({
        code: 'missing-indicator-value',
        severity: 'warning',
        message: `${units[u]} has no value for ${ind.id}; its group ${groupId} is the weighted mean of the indicators present (weights re-normalised).`,
        where: { region: units[u], indicator: ind.id },
        params: { group: groupId },
      });
  });
  const c = { treated, normalised: r.values, issues };
  if (
    byKey.size >=
    Math.min(CACHE_COLUMNS, Math.max(1, Math.floor(CACHE_CELLS / Math.max(1, units.length))))
  )
    byKey.clear();
  byKey.set(key, c);
  return c;
}

/** Everything of a prepared rating but the weights (and the weights' issues). */
type PreparedBase = Omit<PreparedRating, 'indicatorWeights' | 'groupWeights'>;

// The last weight-free half per matrix, by the spec without its weights: a slider step (the
// same tree, treatment and methods, one weight moved) then resolves the weights only, instead
// of walking and copying every column again (bench:ui, issue 9 item 1). Callers never change
// what they are handed (rate() copies the issues before adding its own).
const baseCache = new WeakMap<RatingMatrix, { key: string; base: PreparedBase }>();
const withoutWeights = (k: string, v: unknown) => (k === 'weight' ? undefined : v);

/**
 * The weight-independent half of rating `m` by `spec` (the spec's indicators treated and
 * normalised, the tree's layout and methods) and the weights resolved per level
 * (weights.ts: w_i / sum of its siblings, docs/methods.md section 1).
 */
export function prepareRating(m: RatingMatrix, spec: RatingSpec): PreparedRating {
  const key = JSON.stringify(spec, withoutWeights);
  const hit = baseCache.get(m);
  let base: PreparedBase;
  if (hit && hit.key === key) base = hit.base;
  else {
    base = prepareBase(m, spec);
    baseCache.set(m, { key, base });
  }
  const w = resolveWeights(spec);
  return {
    ...base,
    issues: [...base.issues, ...w.issues],
    indicatorWeights: Float64Array.from(w.indicator.flat()),
    groupWeights: Float64Array.from(w.group),
  };
}

function prepareBase(m: RatingMatrix, spec: RatingSpec): PreparedBase {
  const issues: Issue[] = [];
  const units = m.rows;
  const n = units.length;
  const visits = walkGroups(spec);
  const indicators: string[] = [];
  const groupStart: number[] = [0];
  for (const v of visits) {
    for (const ind of v.group.indicators) indicators.push(ind.id);
    groupStart.push(indicators.length);
  }
  const K = indicators.length;
  const normalised = new Float64Array(n * K).fill(NaN);
  const column = new Map(m.columns.map((id, j) => [id, j]));
  const treating = treatsAnything(
    visits.flatMap((v) => v.group.indicators),
    spec.treatment,
  );
  const treatment = treating
    ? {
        values: new Float64Array(n * K).fill(NaN),
        cells: new Array<CellTreatment | null>(n * K).fill(null),
      }
    : null;
  const columns: (PreparedColumn | null)[] = [];
  let k = 0;
  visits.forEach(({ group: g, field }) => {
    if (g.indicators.length === 0 && !(g.groups ?? []).some((s) => hasIndicators(s))) {
      issues.push({
        code: 'empty-group',
        severity: 'error',
        message: `Group ${g.id} has no indicators; it is left out of the index.`,
        where: { field: `${field}.indicators` },
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
          where: { field: `${field}.indicators[${ii}].id`, indicator: ind.id },
          params: { group: g.id },
        });
        columns.push(null);
        k++;
        return;
      }
      const c = preparedColumn(m, j, ind, g.id, spec);
      columns.push(c);
      issues.push(...c.issues);
      if (treatment) {
        c.treated.values.forEach((v, u) => {
          if (v !== null) treatment.values[u * K + k] = v;
          treatment.cells[u * K + k] = c.treated.cells[u];
        });
      }
      c.normalised.forEach((v, u) => {
        if (v !== null) normalised[u * K + k] = v;
      });
      k++;
    });
  });
  return {
    units,
    indicators,
    layout: treeLayout(
      n,
      groupStart,
      visits.map((v) => v.parent),
    ),
    methods: aggregationMethods(
      spec,
      visits.map((v) => v.depth),
    ),
    normalised,
    treatment,
    issues,
    columns,
  };
}
