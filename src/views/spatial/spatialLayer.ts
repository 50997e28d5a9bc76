/**
 * The value map of #/spatial: per analysed unit the variable, its spatial lag (W x, in the
 * variable's units: core spatialAnalysis `lag`) or its Getis-Ord Gi* z, and their colours:
 * value and lag on one Blues ramp over their joint range (so the two maps compare), Gi* z on
 * the diverging PuOr ramp centred on 0 (orange hot spots, purple cold ones).
 */
import type { SpatialLayer } from '../../core/index.ts';
import type { SpatialOutput } from '../../worker/protocol.ts';
import { scaleDiverging, scaleSequential } from 'd3-scale';
import { NO_DATA, PALETTES } from '../map/palettes.ts';

export interface SpatialLayerModel {
  values: Map<string, number>;
  colour: (v: number) => string;
  /** Legend: five values from low to high with their colours. */
  stops: { value: number; colour: string }[];
}

export function spatialLayerModel(
  out: Pick<SpatialOutput, 'analysis'>,
  layer: SpatialLayer,
): SpatialLayerModel | null {
  const a = out.analysis;
  if (!a) return null;
  const values = new Map<string, number>();
  if (layer === 'gistar') {
    for (const g of a.getisOrd) if (Number.isFinite(g.z)) values.set(g.id, g.z);
    const m = Math.max(1.96, ...[...values.values()].map(Math.abs));
    // Diverging around 0 on [-m, m] (d3 scaleDiverging, clamped).
    const scale = scaleDiverging((t: number) => PALETTES.puor.at(t))
      .domain([-m, 0, m])
      .clamp(true);
    const colour = (v: number) => scale(v);
    const stops = [-m, -m / 2, 0, m / 2, m].map((value) => ({ value, colour: colour(value) }));
    return { values, colour, stops };
  }
  for (const r of a.local) values.set(r.id, layer === 'lag' ? r.lag : r.value);
  const all = a.local.flatMap((r) => [r.value, r.lag]);
  const lo = Math.min(...all);
  const hi = Math.max(...all);
  // Sequential over the values and their lags (d3 scaleSequential; one colour if all equal).
  const scale = scaleSequential((t: number) => PALETTES.blues.at(t)).domain([lo, hi]);
  const colour = (v: number) => (hi > lo ? scale(v) : PALETTES.blues.at(0.5));
  const stops = [0, 0.25, 0.5, 0.75, 1].map((t) => {
    const value = lo + t * (hi - lo);
    return { value, colour: colour(value) };
  });
  return { values, colour, stops };
}

/** The fill of unit `id` on the value map (no-data grey outside the analysis). */
export function spatialLayerFill(m: SpatialLayerModel | null, id: string): string {
  const v = m?.values.get(id);
  return m && v !== undefined ? m.colour(v) : NO_DATA;
}
