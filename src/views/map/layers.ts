/**
 * The variables the map can show. Each layer turns the store into one number (or category)
 * per region code. The list depends on the spec (its groups and indicators). To add a layer
 * (clustering, LQ, ...): push a definition in `mapLayers()` and give it a dictionary label.
 */
import { isPaperData, walkGroups, type AnalysisSpec } from '../../core/index.ts';
import { groupName, indicatorName } from '../common/names.ts';
import type { AppState } from '../../state/store.ts';
import type { T } from '../../i18n/useT.ts';
import { tableIn } from '../../state/resultsSlice.ts';
import { compareYear, dataYears } from '../../state/dataYears.ts';
import { publishedIndex } from '../rating/published.ts';
import { PUBLISHED_DATASET } from '../rating/rows.ts';
import { spatialMapLayers } from './spatialLayers.ts';
import type { PaletteId } from '../../state/viewState.ts';
import type { RatingOutput } from '../../worker/protocol.ts';

export type LayerValues = Map<string, number | null>;

export interface MapLayerDef {
  id: string;
  label: (t: T) => string;
  /** Diverging layers centre their palette on zero. */
  scale: 'sequential' | 'diverging';
  /**
   * Classes centred on zero (classify.ts, zeroCentredBreaks) unless the user sets their own
   * breaks: for changes, where a class holding both losses and gains would mislead.
   */
  centred?: boolean;
  /** The palette drawn when the user has not chosen one; else the scale's default. */
  palette?: PaletteId;
  /** Values on the 0-100 index scale, where the paper's class scale applies. */
  indexScale: boolean;
  /** Forced classification (the class layer always uses the paper's scale). */
  method?: 'paper';
  /**
   * Fixed classes for a layer whose values are small whole numbers (places gained): interior
   * breaks and one label per class. Quantiles of such values give overlapping ranges such as
   * '0 – +1' and '-1 – 0'.
   */
  fixed?: {
    breaks: number[];
    labels: (t: T) => string[];
    /** One colour per class (categories with their own colours, e.g. LISA clusters). */
    colours?: readonly string[];
  };
  digits: number;
  values: (s: AppState) => LayerValues;
  /**
   * The layer's values from one year's rating, for layers that read only that (the index, its
   * groups and indicators): small multiples draw every year without moving `values`' memo.
   */
  ofRating?: (r: RatingOutput) => LayerValues;
  /** Text of one value in a tooltip or legend; defaults to the number. */
  format?: (v: number, t: T) => string;
}

const byUnit = (units: readonly string[], xs: readonly (number | null)[]): LayerValues =>
  new Map(units.map((u, i) => [u, xs[i] ?? null]));

const empty: LayerValues = new Map();

/** Memoise a values function on the state parts it reads (reference equality). */
function memo<A extends unknown[]>(deps: (s: AppState) => A, f: (...a: A) => LayerValues) {
  let last: A | null = null;
  let out: LayerValues = empty;
  return (s: AppState): LayerValues => {
    const d = deps(s);
    if (last && d.length === last.length && d.every((x, i) => x === last![i])) return out;
    last = d;
    out = f(...d);
    return out;
  };
}

const current = (s: AppState) => s.results.rating[s.view.year];

const indexLayer: MapLayerDef = {
  id: 'index',
  label: (t) => t('map.layer.index'),
  scale: 'sequential',
  indexScale: true,
  digits: 1,
  values: memo(
    (s) => [current(s)] as const,
    (r) => (r ? byUnit(r.units, r.index) : empty),
  ),
  ofRating: (r) => byUnit(r.units, r.index),
};

const classLayer: MapLayerDef = {
  ...indexLayer,
  id: 'class',
  label: (t) => t('map.layer.class'),
  method: 'paper',
};

const rankChangeLayer: MapLayerDef = {
  id: 'rankChange',
  label: (t) => t('map.layer.rankChange'),
  scale: 'diverging',
  indexScale: false,
  digits: 0,
  fixed: {
    breaks: [-2.5, -0.5, 0.5, 2.5],
    labels: (t) => [
      t('map.rankClass.down3'),
      t('map.rankClass.down1'),
      t('map.rankClass.same'),
      t('map.rankClass.up1'),
      t('map.rankClass.up3'),
    ],
  },
  // Places gained from 2010 to 2014: rank 2010 minus rank 2014 (positive = moved up).
  values: memo(
    (s) => [s.results.rating[2014], s.results.rating[2010]] as const,
    (a, b) => {
      if (!a || !b) return empty;
      const r2010 = new Map(b.units.map((u, i) => [u, b.rank[i]]));
      return new Map(
        a.units.map((u, i) => {
          const before = r2010.get(u);
          return [u, before === undefined ? null : before - a.rank[i]];
        }),
      );
    },
  ),
  format: (v, t) =>
    t('map.rankChangeValue', { sign: v > 0 ? '+' : v < 0 ? '−' : '', n: Math.abs(v) }),
};

/**
 * Index change between the year in view and the year it is compared with (the year before, or
 * after for the first year; state/dataYears.ts): the later year's index minus the earlier one's,
 * on a diverging palette centred on zero. A region missing in either year has no value (issue 11).
 */
const changeLayer: MapLayerDef = {
  id: 'change',
  label: (t) => t('map.layer.change'),
  scale: 'diverging',
  centred: true,
  indexScale: false,
  digits: 1,
  values: memo(
    (s) => {
      const y = s.view.year;
      const other = compareYear(dataYears(s), y);
      if (other === null) return [undefined, undefined] as const;
      // Always the later year minus the earlier one: the change over that period.
      const [early, late] = other < y ? [other, y] : [y, other];
      return [s.results.rating[late], s.results.rating[early]] as const;
    },
    (a, b) => {
      if (!a || !b) return empty;
      const before = new Map(b.units.map((u, i) => [u, b.index[i]]));
      return new Map(
        a.units.map((u, i) => {
          const x = a.index[i];
          const y = before.get(u);
          return [
            u,
            y === undefined ||
            y === null ||
            x === null ||
            !Number.isFinite(x) ||
            !Number.isFinite(y)
              ? null
              : x - y,
          ];
        }),
      );
    },
  ),
  format: (v, t) => `${v > 0 ? '+' : v < 0 ? '−' : ''}${t.num(Math.abs(v), 1)}`,
};

const publishedLayer: MapLayerDef = {
  id: 'published',
  label: (t) => t('map.layer.published'),
  scale: 'sequential',
  indexScale: true,
  digits: 2,
  values: memo(
    (s) => [tableIn(s.data, PUBLISHED_DATASET), s.view.year] as const,
    (ds, year) => (ds ? publishedIndex(ds, year) : empty),
  ),
};

function subLayer(groupId: string): MapLayerDef {
  const of = (r: RatingOutput | undefined) => {
    const g = r?.groups.find((x) => x.id === groupId);
    return r && g ? byUnit(r.units, g.values) : empty;
  };
  return {
    id: `sub:${groupId}`,
    // Replaced by the spec's name in buildLayers; this one only for a group of the paper.
    label: (t) => t('map.layer.sub', { name: t(`group.${groupId}` as never) }),
    scale: 'sequential',
    indexScale: true,
    digits: 1,
    values: memo((s) => [current(s)] as const, of),
    ofRating: of,
  };
}

function indicatorLayer(id: string): MapLayerDef {
  const of = (r: RatingOutput | undefined) => {
    const j = r ? r.indicators.indexOf(id) : -1;
    return r && j >= 0
      ? byUnit(
          r.units,
          r.normalised.map((row) => row[j]),
        )
      : empty;
  };
  return {
    id: `ind:${id}`,
    label: (t) => t('map.layer.ind', { name: t(`ind.${id}` as never) }),
    scale: 'sequential',
    indexScale: true,
    digits: 1,
    values: memo((s) => [current(s)] as const, of),
    ofRating: of,
  };
}

const cache = new Map<string, MapLayerDef>();
const cached = (id: string, make: () => MapLayerDef) => {
  let d = cache.get(id);
  if (!d) cache.set(id, (d = make()));
  return d;
};

/**
 * The layers on offer under the current spec, in menu order, named as the spec names its
 * groups and indicators (the user's labels with user data). The class scale of the paper, the
 * change 2010-2014 and the published index are offered only with the paper's own data.
 */
export function mapLayers(spec: Pick<AnalysisSpec, 'rating' | 'data'>): MapLayerDef[] {
  // One list per (rating, data) pair, so a layer keeps its identity between store reads
  // (selectMapModel compares layers by reference).
  let byData = listCache.get(spec.rating);
  if (!byData) listCache.set(spec.rating, (byData = new WeakMap()));
  let list = byData.get(spec.data);
  if (!list) byData.set(spec.data, (list = buildLayers(spec)));
  return list;
}

const listCache = new WeakMap<object, WeakMap<object, MapLayerDef[]>>();

function buildLayers(spec: Pick<AnalysisSpec, 'rating' | 'data'>): MapLayerDef[] {
  const groups = walkGroups(spec.rating).map((v) => v.group);
  const paper = isPaperData(spec.data);
  // Values come from the cached definitions (their memo must survive); labels follow the spec.
  const named = (d: MapLayerDef, label: MapLayerDef['label']): MapLayerDef =>
    paper ? d : { ...d, label };
  return [
    named(indexLayer, (t) => t('map.layer.indexUser')),
    ...(paper ? [classLayer] : []),
    // Groups are named from the spec on any data: the paper's translated, the user's own
    // labels (also groups added to the paper's tree in the index editor) as typed.
    ...groups.map((g, k) => ({
      ...cached(`sub:${g.id}`, () => subLayer(g.id)),
      label: (t: Parameters<MapLayerDef['label']>[0]) =>
        t('map.layer.sub', { name: groupName(t, spec, g.id, k) }),
    })),
    ...groups.flatMap((g) =>
      g.indicators.map((i) =>
        named(
          cached(`ind:${i.id}`, () => indicatorLayer(i.id)),
          (t) => t('map.layer.ind', { name: indicatorName(t, spec, i.id) }),
        ),
      ),
    ),
    // The change between neighbouring years applies to any data with two or more years.
    ...(paper ? [rankChangeLayer] : []),
    changeLayer,
    ...(paper ? [publishedLayer] : []),
    // Issue 10: lag, Gi* z, hot and cold spots, LISA clusters of #/spatial's variable
    // (views/map/spatialLayers.ts).
    ...SPATIAL_LAYERS,
  ];
}

/** #/spatial's variable: the layer its spec names, else the first (the index). */
const spatialVariable = (s: AppState): MapLayerDef => {
  const list = mapLayers(s.spec).filter((l) => !l.id.startsWith('spatial:'));
  return list.find((l) => l.id === s.spec.spatial.variable) ?? list[0];
};
const SPATIAL_LAYERS = spatialMapLayers(spatialVariable);

/** The layer with `id`, or the index layer where the id is unknown (e.g. an old link). */
export function layerById(s: AppState, id: string): MapLayerDef {
  return mapLayers(s.spec).find((l) => l.id === id) ?? mapLayers(s.spec)[0];
}
