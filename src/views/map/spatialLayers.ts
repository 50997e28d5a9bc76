/**
 * The spatial layers of the map (issue 10): the spatial lag (W x) and Getis-Ord Gi* z (self
 * included) of the variable #/spatial analyses, under the weights of the spec's `spatial`
 * section (or the GAL/GWT file it names, when this session has it), on the boundaries in use.
 * Both are computed here in the calling thread: contiguity, one lag and one Gi* pass, without
 * permutations (the LISA cluster map, which needs them, stays on #/spatial). Units without a
 * value, and every unit when fewer than 4 have one or islands are left without neighbours, show
 * as no data.
 */
import {
  buildWeights,
  getisOrdZ,
  includeSelf,
  parseWeightsKind,
  spatialLag,
  type SpatialUnit,
  type WeightsKind,
} from '../../core/index.ts';
import { KZ_2014 } from '../../data/boundaries/index.ts';
import type { AppState } from '../../state/store.ts';
import { activeUserBoundaries } from '../../state/userData.ts';
import type { LayerValues, MapLayerDef } from './layers.ts';
import { dataKey } from './mapUnits.ts';

type Kind = 'lag' | 'gistar';

function compute(
  kind: Kind,
  features: ReadonlyArray<{ id: string | number; geometry: unknown }>,
  values: LayerValues,
  s: AppState,
): LayerValues {
  const sp = s.spec.spatial;
  const units: SpatialUnit[] = [];
  const x: number[] = [];
  for (const f of features) {
    const k = dataKey(String(f.id), values);
    const v = k === undefined ? null : values.get(k);
    if (v === null || v === undefined || !Number.isFinite(v)) continue;
    units.push({ id: String(f.id), geometry: f.geometry as SpatialUnit['geometry'] });
    x.push(v);
  }
  const out: LayerValues = new Map();
  if (units.length < 4) return out;
  const file = s.spatialWeightsFile;
  const useFile =
    sp.weightsFile &&
    file &&
    file.name === sp.weightsFile.name &&
    units.every((u) => u.id in file.neighbours);
  let kind_: WeightsKind = parseWeightsKind(sp.weights) ?? parseWeightsKind('queen')!;
  let given: { neighbours: number[][]; general?: number[][] } | undefined;
  if (useFile) {
    kind_ = { type: 'file', format: file.format };
    const index = new Map(units.map((u, i) => [u.id, i]));
    const rows = units.map((u) =>
      (file.neighbours[u.id] ?? [])
        .map((id, t) => [index.get(id), file.weights?.[u.id]?.[t] ?? 1] as const)
        .filter((r): r is readonly [number, number] => r[0] !== undefined),
    );
    given = {
      neighbours: rows.map((r) => r.map(([j]) => j)),
      ...(file.weights ? { general: rows.map((r) => r.map(([, g]) => g)) } : {}),
    };
  }
  const built = buildWeights(units, { kind: kind_, style: sp.style, islands: sp.islands, given });
  const w = built.weights;
  if (w.neighbours.some((row) => row.length === 0)) return out;
  const xs = built.kept.map((i) => x[i]);
  const result = kind === 'lag' ? spatialLag(w, xs) : getisOrdZ(includeSelf(w, w.style), xs, true);
  w.ids.forEach((id, i) => out.set(id, Number.isFinite(result[i]) ? result[i] : null));
  return out;
}

/** The lag or Gi* layer of the variable `variable(s)` (the spatial view's variable layer). */
export function spatialMapLayer(kind: Kind, variable: (s: AppState) => MapLayerDef): MapLayerDef {
  let last: unknown[] | null = null;
  let out: LayerValues = new Map();
  return {
    id: kind === 'lag' ? 'spatial:lag' : 'spatial:gistar',
    label: (t) => t(kind === 'lag' ? 'map.layer.spatialLag' : 'map.layer.spatialGi'),
    scale: kind === 'lag' ? 'sequential' : 'diverging',
    indexScale: false,
    digits: 2,
    values: (s) => {
      const layer = variable(s);
      const values = layer.values(s);
      const features = activeUserBoundaries(s.userData)?.features ?? KZ_2014.features;
      const deps = [values, features, s.spec.spatial, s.spatialWeightsFile];
      if (last && deps.every((d, i) => d === last![i])) return out;
      last = deps;
      out = compute(kind, features as ReadonlyArray<{ id: string; geometry: unknown }>, values, s);
      return out;
    },
  };
}
