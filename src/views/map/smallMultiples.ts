/**
 * Small multiples of a map over the years of the data (issue 11): one small map per year of a
 * panel (or the bundled 2010 and 2014), all classified on the values of every year together, so
 * one set of classes and colours serves every panel and a colour means the same figure in each
 * year. Only layers computed from one year's rating (the index, its groups and indicators;
 * layers.ts, `ofRating`) are drawn this way.
 */
import type { AppState } from '../../state/store.ts';
import type { LayerValues, MapLayerDef } from './layers.ts';
import { buildMapModel, type MapModel } from './mapModel.ts';

export interface SmallMultiples {
  years: number[];
  /** One model per year, with the shared classes. */
  maps: MapModel[];
  /** All years together: the shared legend (counts are unit-years). */
  pooled: MapModel;
}

/** The small multiples of `layer` over `years`, or null when the layer has no yearly values. */
export function buildSmallMultiples(
  s: AppState,
  layer: MapLayerDef,
  years: readonly number[],
): SmallMultiples | null {
  const of = layer.ofRating;
  if (!of || years.length < 2) return null;
  const perYear: LayerValues[] = years.map((y) => {
    const r = s.results.rating[y];
    return r ? of(r) : new Map();
  });
  const all: LayerValues = new Map();
  perYear.forEach((m, i) => m.forEach((v, code) => all.set(`${years[i]}|${code}`, v)));
  const pooledValues = [...all.values()];
  const pooled = buildMapModel(s, layer, all);
  return {
    years: [...years],
    maps: perYear.map((m) => buildMapModel(s, layer, m, pooledValues)),
    pooled,
  };
}
