/**
 * The `spatial` compute task (issue 10; docs/methods.md section 8): spatial weights from the
 * units' polygons (or from a GAL/GWT file the user imported for them), then global and local
 * Moran's I with conditional-permutation pseudo p-values and Getis-Ord Gi* (core
 * spatialAnalysis), bivariate Moran's I against a second variable, and the spatially
 * constrained clusters (core spatialClusterAnalysis: SCHC, SKATER or max-p). On 3,000 units
 * with 999 permutations this is hundreds of milliseconds, so the client sends large inputs to
 * the worker (workOf in tasks.ts); the result is plain data.
 */
import {
  adjustedRandIndex,
  bivariateMoran,
  fail,
  ok,
  buildWeights,
  centroids,
  parseWeightsKind,
  spatialAnalysis,
  spatialClusterAnalysis,
  summariseWeights,
  type BuiltWeights,
  type Issue,
  type Result,
  type WeightsKind,
} from '../core/index.ts';
import { EMPTY_SPATIAL_OUTPUT, type SpatialInput, type SpatialOutput } from './protocol.ts';

/**
 * The weights of a task input: from the GAL/GWT file the user imported for these units, else
 * of the spec's kind built on the units' polygons or centroids (core buildWeights), in the
 * spec's style, islands handled as the spec says. The map's spatial layers build theirs here
 * too (views/map/spatialLayers.ts), so both views use the same weights.
 */
export function inputWeights(
  input: Pick<SpatialInput, 'units' | 'spec' | 'fileWeights'>,
): BuiltWeights {
  const { units, spec } = input;
  // Weights from a file the user imported for these units, else from the spec's text. The
  // spec's checker refuses weights it cannot parse (core/specValidate.ts): queen stands in
  // only for a hand-built spec that skipped it.
  const file = input.fileWeights;
  let kind: WeightsKind;
  let given: { neighbours: number[][]; general?: number[][] } | undefined;
  if (file) {
    kind = { type: 'file', format: file.format };
    const index = new Map(units.map((u, i) => [u.id, i]));
    const rows = units.map((u) => {
      const ids = file.neighbours[u.id] ?? [];
      const ws = file.weights?.[u.id];
      return ids
        .map((id, t) => [index.get(id), ws ? ws[t] : 1] as const)
        .filter((x): x is readonly [number, number] => x[0] !== undefined);
    });
    given = {
      neighbours: rows.map((r) => r.map(([j]) => j)),
      ...(file.weights ? { general: rows.map((r) => r.map(([, g]) => g)) } : {}),
    };
  } else {
    kind = parseWeightsKind(spec.weights) ?? parseWeightsKind('queen')!;
  }
  return buildWeights(units, { kind, style: spec.style, islands: spec.islands, given });
}

/**
 * Max-p's floor for the kept units: the spec's floor column (input.floor) when given, else each
 * unit counting 1 with at least ceil(n / k) units a region. A unit without a value (or with a
 * negative one) in the floor column, or a floor above the column's total, is refused with a
 * message naming the column, the units and the figures.
 */
function maxpFloor(
  input: SpatialInput,
  kept: readonly number[],
  k: number,
): Result<{ values: number[]; min: number }> {
  const f = input.floor;
  if (!f) return ok({ values: kept.map(() => 1), min: Math.max(1, Math.ceil(kept.length / k)) });
  const values = kept.map((i) => f.values[i]);
  const bad = kept.filter((_, t) => {
    const v = values[t];
    return v === null || v === undefined || !Number.isFinite(v) || v < 0;
  });
  if (bad.length > 0)
    return fail([
      {
        code: 'maxp-floor-no-value',
        severity: 'error',
        message: `The floor column '${f.name}' has no usable value (a number of at least 0) for ${bad.map((i) => input.units[i].id).join(', ')}.`,
        params: { value: f.name, regions: bad.map((i) => input.units[i].id) },
      },
    ]);
  const total = (values as number[]).reduce((a, b) => a + b, 0);
  if (!(total >= f.min))
    return fail([
      {
        code: 'maxp-floor-unreachable',
        severity: 'error',
        message: `A floor of ${f.min} on '${f.name}' cannot be met: all ${kept.length} units together have ${total}.`,
        params: { value: f.name, floor: f.min, total, count: kept.length },
      },
    ]);
  return ok({ values: values as number[], min: f.min });
}

export function runSpatial(input: SpatialInput): SpatialOutput {
  const { units, values, spec } = input;
  if (units.length < 4) {
    return {
      ...EMPTY_SPATIAL_OUTPUT,
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
  const issues: Issue[] = [];
  const built = inputWeights(input);
  const w = built.weights;
  const kept = built.kept;
  const ids = kept.map((i) => units[i].id);
  const xs = kept.map((i) => values[i]);
  const res = spatialAnalysis(w, xs, {
    permutations: spec.permutations,
    seed: spec.seed,
    adjust: spec.adjust,
    alpha: spec.alpha,
  });
  if (!res.ok) issues.push(...res.issues);
  else issues.push(...res.warnings);

  let bivariate: SpatialOutput['bivariate'] = null;
  const second = input.second;
  if (res.ok && second) {
    const ys = kept.map((i) => second[i]);
    if (ys.every((v) => v !== null && Number.isFinite(v)))
      bivariate = bivariateMoran(w, xs, ys as number[], spec.permutations, spec.seed + 2);
    else
      issues.push({
        code: 'bivariate-missing',
        severity: 'warning',
        message: 'The second variable has no value for some units; bivariate Moran is left out.',
      });
  }

  const rows = kept.map((i) => input.clusterRows[i]);
  const k = Math.min(Math.max(Math.round(spec.k), 1), ids.length);
  const floor = spec.method === 'maxp' ? maxpFloor(input, kept, k) : null;
  if (floor && !floor.ok) issues.push(...floor.issues);
  const cl =
    floor && !floor.ok
      ? null
      : spatialClusterAnalysis(rows, w.neighbours, {
          method: spec.method,
          k,
          standardise: 'z',
          seed: spec.seed,
          observationNames: ids,
          ...(floor ? { floor: floor.value } : {}),
        });
  if (cl && !cl.ok) issues.push(...cl.issues);
  else if (cl) issues.push(...cl.warnings);
  const clusters = cl && cl.ok ? cl.value : null;
  // The ARI against seed 003's grouping over the units it groups (all 16 with the 2014
  // regions; the unchanged ones with today's 20).
  let reference: SpatialOutput['reference'] = null;
  const ref = input.reference;
  if (clusters && ref) {
    const with_ = kept.flatMap((i, t) => (ref[i] === null || ref[i] === undefined ? [] : [t]));
    if (with_.length >= 2)
      reference = {
        ari: adjustedRandIndex(
          with_.map((t) => clusters.labels[t]),
          with_.map((t) => ref[kept[t]] as number),
        ),
        units: with_.length,
      };
  }
  const pts = built.centroids.length ? built.centroids : centroids(units);
  return {
    ids,
    values: xs,
    islands: built.islands,
    summary: summariseWeights(w),
    neighbours: w.neighbours,
    weights: w.weights,
    centroids: kept.map((i) => [pts[i][0], pts[i][1]]),
    analysis: res.ok ? res.value : null,
    bivariate,
    clusters,
    reference,
    issues,
  };
}
