/**
 * What #/spatial shows, computed from the boundaries in use, one map layer's values and the
 * spec's `spatial` section (docs/methods.md section 8; issue 10): the units that have both a
 * polygon and a value, spatial weights built from their polygons (core buildWeights), global
 * and local Moran's I with conditional-permutation pseudo p-values and Getis-Ord Gi*
 * (core spatialAnalysis), and the spatially constrained clusters (core
 * spatialClusterAnalysis: SCHC, SKATER or max-p) of the rating's indicators. Pure: the view
 * memoises it; at 16-20 units it takes milliseconds.
 */
import {
  buildWeights,
  parseWeightsKind,
  spatialAnalysis,
  spatialClusterAnalysis,
  summariseWeights,
  type Issue,
  type SpatialAnalysis,
  type SpatialClusterAnalysis,
  type SpatialUnit,
  type WeightsSummary,
  type SpatialSpec,
} from '../../core/index.ts';
import type { LayerValues } from '../map/layers.ts';
import { dataKey } from '../map/mapUnits.ts';

export interface SpatialFeature {
  id: string;
  geometry: SpatialUnit['geometry'];
}

export interface SpatialModel {
  /** Unit ids analysed (a polygon and a finite value), in feature order. */
  ids: string[];
  /** The variable's value per analysed unit. */
  values: number[];
  /** Features with no value for the variable (named in the view, left out of the analysis). */
  noData: string[];
  /** Units without a neighbour under these weights (joined to the nearest or left out). */
  islands: string[];
  summary: WeightsSummary | null;
  /** Neighbours (indices into ids) of each analysed unit. */
  neighbours: number[][];
  analysis: SpatialAnalysis | null;
  clusters: SpatialClusterAnalysis | null;
  issues: Issue[];
}

const EMPTY: Omit<SpatialModel, 'issues' | 'noData'> = {
  ids: [],
  values: [],
  islands: [],
  summary: null,
  neighbours: [],
  analysis: null,
  clusters: null,
};

/**
 * The model for `features` and the variable's `values` (by region code; codes of the two
 * schemes are bridged where the territory is the same, as on the map). `clusterOn` are the
 * layers the constrained clustering uses (the rating's indicators), each by region code.
 */
export function spatialModel(
  features: readonly SpatialFeature[],
  values: LayerValues,
  clusterOn: readonly LayerValues[],
  spec: SpatialSpec,
): SpatialModel {
  const units: SpatialUnit[] = [];
  const x: number[] = [];
  const keys: string[] = [];
  const noData: string[] = [];
  for (const f of features) {
    const key = dataKey(f.id, values);
    const v = key === undefined ? null : values.get(key);
    if (key === undefined || v === null || v === undefined || !Number.isFinite(v)) {
      noData.push(f.id);
      continue;
    }
    units.push({ id: f.id, geometry: f.geometry });
    x.push(v);
    keys.push(key);
  }
  // The spec's checker refuses weights it cannot parse (core/specValidate.ts): queen stands
  // in only for a hand-built spec that skipped it.
  const kind = parseWeightsKind(spec.weights) ?? parseWeightsKind('queen')!;
  if (units.length < 4) {
    return {
      ...EMPTY,
      noData,
      issues: [
        {
          code: 'too-few-units',
          severity: 'error',
          message: `Spatial statistics need at least 4 units with neighbours; there are ${units.length}.`,
          params: { min: 4, count: units.length },
        },
      ],
    };
  }
  const built = buildWeights(units, { kind, style: spec.style, islands: spec.islands });
  const w = built.weights;
  const kept = built.kept;
  const ids = kept.map((i) => units[i].id);
  const xs = kept.map((i) => x[i]);
  const issues: Issue[] = [];
  const res = spatialAnalysis(w, xs, {
    permutations: spec.permutations,
    seed: spec.seed,
    adjust: spec.adjust,
    alpha: spec.alpha,
  });
  if (!res.ok) issues.push(...res.issues);
  else issues.push(...res.warnings);

  // The constrained clustering runs on the rating's indicators where every analysed unit has
  // them all, else on the variable alone.
  const usable = clusterOn.filter((layer) =>
    kept.every((i) => {
      const k = dataKey(units[i].id, layer);
      const v = k === undefined ? null : layer.get(k);
      return v !== null && v !== undefined && Number.isFinite(v);
    }),
  );
  const rows = kept.map((i) =>
    usable.length > 0
      ? usable.map((layer) => layer.get(dataKey(units[i].id, layer)!) as number)
      : [x[i]],
  );
  const k = Math.min(Math.max(Math.round(spec.k), 1), ids.length);
  const cl = spatialClusterAnalysis(rows, w.neighbours, {
    method: spec.method,
    k,
    standardise: 'z',
    seed: spec.seed,
    observationNames: ids,
    // max-p needs a floor: each region counts 1, so at least ceil(n / k) regions a group.
    ...(spec.method === 'maxp'
      ? { floor: { values: ids.map(() => 1), min: Math.max(1, Math.ceil(ids.length / k)) } }
      : {}),
  });
  if (!cl.ok) issues.push(...cl.issues);
  else issues.push(...cl.warnings);
  return {
    ids,
    values: xs,
    noData,
    islands: built.islands,
    summary: summariseWeights(w),
    neighbours: w.neighbours,
    analysis: res.ok ? res.value : null,
    clusters: cl.ok ? cl.value : null,
    issues,
  };
}
