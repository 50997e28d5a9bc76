/**
 * The spatial layers of the map (issue 10), all of the variable #/spatial analyses, under the
 * weights of the spec's `spatial` section (or the GAL/GWT file it names, when this session has
 * it), on the boundaries in use:
 * - `spatial:lag`: the spatial lag W x, in the variable's units (sequential classes);
 * - `spatial:gistar`: Getis-Ord Gi* z (self included), classes coloured on a diverging ramp
 *   centred on 0 (orange hot, purple cold, as #/spatial's value map);
 * - `spatial:hotspot`: the same z in hot- and cold-spot classes at two-sided normal levels
 *   0.10, 0.05 and 0.01 (|z| >= 1.645, 1.960, 2.576; spdep's localG z is read against the
 *   normal distribution);
 * - `spatial:lisa`: the LISA cluster categories (High-High, Low-Low, Low-High, High-Low where
 *   the adjusted pseudo p is below alpha, else not significant), with the spec's permutations,
 *   seed, adjustment and alpha: the same categories as #/spatial's cluster map.
 * The weights are built once per input (worker/spatialTask.ts inputWeights, shared with the
 * spatial task) in the calling thread; the lag and Gi* need no permutations, the LISA layer
 * runs them (core spatialAnalysis) only when it is shown. Units without a value, and every unit
 * when fewer than 4 have one or a unit is left without neighbours, show as no data.
 */
import {
  getisOrdZ,
  includeSelf,
  spatialAnalysis,
  spatialLag,
  type LisaQuadrant,
  type SpatialSpec,
  type SpatialWeights,
} from '../../core/index.ts';
import { KZ_2014 } from '../../data/boundaries/index.ts';
import type { AppState } from '../../state/store.ts';
import { activeUserBoundaries } from '../../state/userData.ts';
import type { FileWeights } from '../../worker/protocol.ts';
import { inputWeights } from '../../worker/spatialTask.ts';
import { lisaColour } from '../spatial/lisaColours.ts';
import { fileWeightsFor, spatialJob, type SpatialFeature } from '../spatial/spatialModel.ts';
import type { T } from '../../i18n/useT.ts';
import type { LayerValues, MapLayerDef } from './layers.ts';

export type SpatialLayerKind = 'lag' | 'gistar' | 'hotspot' | 'lisa';

/** The analysed units, their values and weights; null where the statistics cannot run. */
interface Prepared {
  ids: string[];
  xs: number[];
  w: SpatialWeights;
}

/** The features of the boundaries in use: an imported set in use, else the bundled 2014 ones. */
function boundaryFeatures(s: AppState): readonly SpatialFeature[] {
  const fc = activeUserBoundaries(s.userData)?.features ?? KZ_2014;
  return featuresOf(fc as { features: ReadonlyArray<{ id?: unknown; geometry: unknown }> });
}

const FEATURES = new WeakMap<object, SpatialFeature[]>();
function featuresOf(fc: {
  features: ReadonlyArray<{ id?: unknown; geometry: unknown }>;
}): SpatialFeature[] {
  let out = FEATURES.get(fc);
  if (!out) {
    out = fc.features.map((f) => ({
      id: String(f.id ?? ''),
      geometry: f.geometry as SpatialFeature['geometry'],
    }));
    FEATURES.set(fc, out);
  }
  return out;
}

function prepare(
  features: readonly SpatialFeature[],
  values: LayerValues,
  spec: SpatialSpec,
  loaded: FileWeights | null,
): Prepared | null {
  const { input } = spatialJob(features, values, [], spec, null, null);
  if (input.units.length < 4) return null;
  const built = inputWeights({ ...input, fileWeights: fileWeightsFor(spec, loaded, input.units) });
  const w = built.weights;
  if (w.ids.length < 4 || w.neighbours.some((row) => row.length === 0)) return null;
  return { ids: w.ids, xs: built.kept.map((i) => input.values[i]), w };
}

/** Memoise on the listed parts (reference equality); the value is kept only once computed. */
function memoOn<A extends unknown[], R>(f: (...a: A) => R): (...a: A) => R {
  let last: A | null = null;
  let out: R;
  return (...a: A) => {
    if (last && a.length === last.length && a.every((x, i) => x === last![i])) return out;
    out = f(...a);
    last = a;
    return out;
  };
}

/** The analysed units and weights of `variable` in state `s`, rebuilt only when an input changes. */
function preparer(variable: (s: AppState) => MapLayerDef): (s: AppState) => Prepared | null {
  let last: unknown[] | null = null;
  let out: Prepared | null = null;
  return (s) => {
    const sp = s.spec.spatial;
    const deps = [
      boundaryFeatures(s),
      variable(s).values(s),
      sp.weights,
      sp.style,
      sp.islands,
      sp.weightsFile?.name,
      sp.weightsFile?.format,
      s.spatialWeightsFile,
    ];
    if (last && deps.every((x, i) => x === last![i])) return out;
    out = prepare(deps[0] as SpatialFeature[], deps[1] as LayerValues, sp, s.spatialWeightsFile);
    last = deps;
    return out;
  };
}

/** LISA categories as class numbers: the legend (drawn from the top class down) reads HH first. */
const LISA_CLASS: readonly (LisaQuadrant | null)[] = [
  null,
  'Low-Low',
  'Low-High',
  'High-Low',
  'High-High',
];

/** Two-sided standard normal quantiles for 0.10, 0.05 and 0.01 (R: qnorm(c(.95,.975,.995))). */
export const HOTSPOT_Z = [1.6448536269514722, 1.959963984540054, 2.5758293035489004] as const;

/** Hot- and cold-spot colours: blue for cold, red for hot (no red-green pair), grey between. */
const HOTSPOT_COLOURS = [
  '#2166ac',
  '#67a9cf',
  '#d1e5f0',
  '#eeeeee',
  '#fddbc7',
  '#ef8a62',
  '#b2182b',
];

/**
 * The spatial layers of the variable `variable(s)` (the spatial view's variable layer), in the
 * order the map lists them.
 */
export function spatialMapLayers(variable: (s: AppState) => MapLayerDef): MapLayerDef[] {
  const prep = preparer(variable);
  const byId = (p: Prepared, xs: ArrayLike<number>): LayerValues =>
    new Map(p.ids.map((id, i) => [id, Number.isFinite(xs[i]) ? xs[i] : null]));
  const none: LayerValues = new Map();

  const lag = memoOn((p: Prepared | null) => (p ? byId(p, spatialLag(p.w, p.xs)) : none));
  const gi = memoOn((p: Prepared | null) =>
    p ? byId(p, getisOrdZ(includeSelf(p.w, p.w.style), p.xs, true)) : none,
  );
  const lisa = memoOn(
    (p: Prepared | null, R: number, seed: number, adjust: string, alpha: number) => {
      if (!p) return none;
      const res = spatialAnalysis(p.w, p.xs, {
        permutations: R,
        seed,
        adjust: adjust as SpatialSpec['adjust'],
        alpha,
      });
      if (!res.ok) return none;
      return new Map(
        res.value.local.map((r) => [r.id, LISA_CLASS.indexOf(r.significant ? r.quadrant : null)]),
      ) as LayerValues;
    },
  );

  const lv = (t: T, p: number) => `p\u00a0<\u00a0${t.num(p, 2)}`;
  const z = (v: number, t: T) => `z = ${v < 0 ? '−' : ''}${t.num(Math.abs(v), 2)}`;
  return [
    {
      id: 'spatial:lag',
      label: (t) => t('map.layer.spatialLag'),
      scale: 'sequential',
      indexScale: false,
      digits: 2,
      values: (s) => lag(prep(s)),
    },
    {
      id: 'spatial:gistar',
      label: (t) => t('map.layer.spatialGi'),
      scale: 'diverging',
      palette: 'puor',
      indexScale: false,
      digits: 2,
      values: (s) => gi(prep(s)),
    },
    {
      id: 'spatial:hotspot',
      label: (t) => t('map.layer.spatialHotspot'),
      scale: 'diverging',
      indexScale: false,
      digits: 2,
      fixed: {
        breaks: [
          -HOTSPOT_Z[2],
          -HOTSPOT_Z[1],
          -HOTSPOT_Z[0],
          HOTSPOT_Z[0],
          HOTSPOT_Z[1],
          HOTSPOT_Z[2],
        ],
        colours: HOTSPOT_COLOURS,
        labels: (t) => [
          `${t('map.hotspot.cold')}, ${lv(t, 0.01)}`,
          `${t('map.hotspot.cold')}, ${lv(t, 0.05)}`,
          `${t('map.hotspot.cold')}, ${lv(t, 0.1)}`,
          t('spatial.quad.ns'),
          `${t('map.hotspot.hot')}, ${lv(t, 0.1)}`,
          `${t('map.hotspot.hot')}, ${lv(t, 0.05)}`,
          `${t('map.hotspot.hot')}, ${lv(t, 0.01)}`,
        ],
      },
      values: (s) => gi(prep(s)),
      format: z,
    },
    {
      id: 'spatial:lisa',
      label: (t) => t('map.layer.spatialLisa'),
      scale: 'sequential',
      indexScale: false,
      digits: 0,
      fixed: {
        breaks: [0.5, 1.5, 2.5, 3.5],
        colours: LISA_CLASS.map(lisaColour),
        labels: (t) =>
          LISA_CLASS.map((q) => (q ? t(`spatial.quad.${q}` as never) : t('spatial.quad.ns'))),
      },
      values: (s) => {
        const sp = s.spec.spatial;
        return lisa(prep(s), sp.permutations, sp.seed, sp.adjust, sp.alpha);
      },
      format: (v, t) => {
        const q = LISA_CLASS[v];
        return q ? t(`spatial.quad.${q}` as never) : t('spatial.quad.ns');
      },
    },
  ];
}
