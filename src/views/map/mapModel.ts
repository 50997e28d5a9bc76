/**
 * From the store to what the map draws: the layer's value per region, its classes and the
 * colour of each region. A memoised selector, so the map and its legend read one result and
 * nothing is classified twice.
 */
import { onHundredScale, PAPER_CLASSES } from '../../core/index.ts';
import type { AppState } from '../../state/store.ts';
import { classify, type Classified } from './classify.ts';
import { layerById, type LayerValues, type MapLayerDef } from './layers.ts';
import {
  DEFAULT_DIVERGING,
  DEFAULT_SEQUENTIAL,
  divergingColours,
  NO_DATA,
  paletteColours,
  PALETTES,
  type Palette,
} from './palettes.ts';

export interface LegendEntry {
  colour: string;
  /** Lower and upper bound of the class (upper excluded), or the class label. */
  from: number | null;
  to: number | null;
  label?: string;
  count: number;
  /** Class number (0 = lowest), for layers that name their classes (MapLayerDef.fixed). */
  cls: number;
}

export interface MapModel {
  layer: MapLayerDef;
  values: LayerValues;
  classified: Classified;
  /** Fill colour per region code (NO_DATA where missing). */
  fill: Map<string, string>;
  legend: LegendEntry[];
  missing: number;
}

const EMPTY_CLASSIFIED: Classified = { breaks: [], classes: [], counts: [], extent: null };

/**
 * Colours for the paper's ten fixed classes: the palette spread over the classes from the
 * lowest to the highest in use (the regions of one year span five or six of the ten), so
 * that neighbouring classes stay distinguishable; classes outside that span are never drawn.
 */
function spreadOverUsed(palette: Palette, counts: readonly number[]): string[] {
  const used = counts.map((c, j) => (c > 0 ? j : -1)).filter((j) => j >= 0);
  if (used.length === 0) return paletteColours(palette, counts.length);
  const lo = used[0];
  const span = used[used.length - 1] - lo;
  const inner = paletteColours(palette, span + 1);
  return counts.map((_, j) => inner[Math.min(Math.max(j - lo, 0), span)]);
}

/** The model of `layer` under the state's classification and palette. */
export function buildMapModel(s: AppState, layer: MapLayerDef): MapModel {
  const values = layer.values(s);
  const codes = [...values.keys()];
  const xs = codes.map((c) => values.get(c) ?? null);
  const c = s.view.classification;
  let method = layer.method ?? c.method;
  // The paper's scale only means something on the 0-100 index scale: not on z-scores or a
  // min-max range the user moved (the published index is always on 0-100).
  const hundred = layer.id === 'published' || onHundredScale(s.spec.rating);
  if (method === 'paper' && !(layer.indexScale && hundred)) method = 'quantile';
  const classified = xs.length
    ? layer.fixed
      ? classify(xs, 'custom', c.k, layer.fixed.breaks)
      : classify(xs, method, c.k, c.breaks)
    : EMPTY_CLASSIFIED;
  const paletteId =
    s.view.palette ??
    layer.palette ??
    (layer.scale === 'diverging' ? DEFAULT_DIVERGING : DEFAULT_SEQUENTIAL);
  const palette = PALETTES[paletteId];
  const k = classified.breaks.length + 1;
  // Named classes (layer.fixed) take evenly spaced colours: centring on the data's extent
  // would leave the small changes nearly as pale as 'unchanged'.
  const colours = layer.fixed?.colours
    ? [...layer.fixed.colours]
    : layer.fixed
      ? // Inner 80 % of the ramp: the darkest ends would swallow the region labels.
        Array.from({ length: k }, (_, i) => palette.at(k > 1 ? 0.1 + (0.8 * i) / (k - 1) : 0.5))
      : palette.kind === 'diverging' && classified.extent
        ? divergingColours(palette, classified.breaks, classified.extent)
        : method === 'paper'
          ? spreadOverUsed(palette, classified.counts)
          : paletteColours(palette, k);
  const fill = new Map<string, string>();
  codes.forEach((code, i) => {
    const cl = classified.classes[i];
    fill.set(code, cl === null || cl === undefined ? NO_DATA : colours[cl]);
  });
  const edges: (number | null)[] = [null, ...classified.breaks, null];
  const labels =
    method === 'paper'
      ? [...PAPER_CLASSES].sort((a, b) => a.min - b.min).map((x) => x.label)
      : undefined;
  let legend: LegendEntry[] = colours.map((colour, j) => ({
    colour,
    from: edges[j],
    to: edges[j + 1],
    label: labels?.[j],
    count: classified.counts[j] ?? 0,
    cls: j,
  }));
  // Ten fixed classes would mostly be empty: keep those from the lowest to the highest in use.
  if (method === 'paper') {
    const used = legend.map((e, j) => (e.count > 0 ? j : -1)).filter((j) => j >= 0);
    if (used.length) legend = legend.slice(used[0], used[used.length - 1] + 1);
  }
  const missing = xs.filter((x) => x === null || !Number.isFinite(x)).length;
  return { layer, values, classified, fill, legend: legend.reverse(), missing };
}

let lastKey: unknown[] = [];
let lastModel: MapModel | null = null;

/** The map model for the current state; the same object while its inputs are unchanged. */
export function selectMapModel(s: AppState): MapModel {
  const layer = layerById(s, s.view.mapLayer);
  const key = [layer, layer.values(s), s.view.classification, s.view.palette, s.spec.rating];
  if (lastModel && key.every((x, i) => x === lastKey[i])) return lastModel;
  lastKey = key;
  lastModel = buildMapModel(s, layer);
  return lastModel;
}
