/**
 * What #/spatial shows, computed from the boundaries in use, one map layer's values and the
 * spec's `spatial` section (docs/methods.md section 8; issue 10). `spatialJob()` joins the
 * units that have both a polygon and a value into the input of the `spatial` compute task
 * (worker/spatialTask.ts: weights, global and local Moran's I with conditional-permutation
 * pseudo p-values, Getis-Ord Gi*, bivariate Moran, the spatially constrained clusters of the
 * rating's indicators); the analysis controller runs it (state/analysisCompute.ts), in the
 * worker for large inputs. `spatialModel()` does both steps in the calling thread (tests).
 */
import type { SpatialUnit, SpatialSpec } from '../../core/index.ts';
import type { SpatialJob } from '../../state/analysisResults.ts';
import type { FileWeights, SpatialOutput } from '../../worker/protocol.ts';
import { runSpatial } from '../../worker/spatialTask.ts';
import type { LayerValues } from '../map/layers.ts';
import { dataKey } from '../map/mapUnits.ts';

export interface SpatialFeature {
  id: string;
  geometry: SpatialUnit['geometry'];
}

export type SpatialModel = SpatialOutput & {
  /** Features with no value for the variable (named in the view, left out of the analysis). */
  noData: string[];
};

const valueOf = (id: string, layer: LayerValues): number | null => {
  const k = dataKey(id, layer);
  const v = k === undefined ? null : layer.get(k);
  return v !== null && v !== undefined && Number.isFinite(v) ? v : null;
};

/** Seed 003's group of a unit: by its code, or another code of the same territory. */
function groupOf(id: string, groups: ReadonlyMap<string, number>): number | null {
  const k = dataKey(id, groups);
  return k === undefined ? null : (groups.get(k) ?? null);
}

/**
 * The task input for `features` and the variable's `values` (by region code; codes of the two
 * schemes are bridged where the territory is the same, as on the map). `clusterOn` are the
 * layers the constrained clustering uses (the rating's indicators), each by region code;
 * `second` the variable of bivariate Moran's I; `fileWeights` weights imported from a file.
 */
export function spatialJob(
  features: readonly SpatialFeature[],
  values: LayerValues,
  clusterOn: readonly LayerValues[],
  spec: SpatialSpec,
  second: LayerValues | null = null,
  fileWeights: FileWeights | null = null,
  extra: {
    /** Max-p's floor column by region code, its name and the least total per region. */
    floor?: { values: LayerValues; min: number; name: string } | null;
    /** Seed 003's group by 2014 region code. */
    groups?: ReadonlyMap<string, number> | null;
  } = {},
): SpatialJob {
  const units: SpatialUnit[] = [];
  const x: number[] = [];
  const noData: string[] = [];
  for (const f of features) {
    const v = valueOf(f.id, values);
    if (v === null) {
      noData.push(f.id);
      continue;
    }
    units.push({ id: f.id, geometry: f.geometry });
    x.push(v);
  }
  // The constrained clustering runs on the rating's indicators where every unit has them all,
  // else on the variable alone.
  const usable = clusterOn.filter((layer) => units.every((u) => valueOf(u.id, layer) !== null));
  const clusterRows = units.map((u, i) =>
    usable.length > 0 ? usable.map((layer) => valueOf(u.id, layer) as number) : [x[i]],
  );
  return {
    input: {
      units,
      values: x,
      clusterRows,
      second: second ? units.map((u) => valueOf(u.id, second)) : null,
      spec,
      fileWeights,
      floor: extra.floor
        ? {
            values: units.map((u) => valueOf(u.id, extra.floor!.values)),
            min: extra.floor.min,
            name: extra.floor.name,
          }
        : null,
      reference: extra.groups ? units.map((u) => groupOf(u.id, extra.groups!)) : null,
    },
    noData,
  };
}

/**
 * The imported GAL/GWT weights to use: those this session holds when the spec names that file
 * (name and format) and the file covers every unit; else null (weights built from the spec).
 */
export function fileWeightsFor(
  spec: SpatialSpec,
  loaded: FileWeights | null,
  units: readonly { id: string }[],
): FileWeights | null {
  return spec.weightsFile &&
    loaded &&
    loaded.name === spec.weightsFile.name &&
    loaded.format === spec.weightsFile.format &&
    units.every((u) => u.id in loaded.neighbours)
    ? loaded
    : null;
}

/** spatialJob() and the task in the calling thread. */
export function spatialModel(
  features: readonly SpatialFeature[],
  values: LayerValues,
  clusterOn: readonly LayerValues[],
  spec: SpatialSpec,
  second: LayerValues | null = null,
  fileWeights: FileWeights | null = null,
): SpatialModel {
  const job = spatialJob(features, values, clusterOn, spec, second, fileWeights);
  return { ...runSpatial(job.input), noData: job.noData };
}
