/**
 * Pure "data -> chart" functions of the specialisation view: the published IT shares of
 * seed 004 Table 7 as map classes, the computed measures (core/specialisation) of an
 * imported regions x industries matrix as a location-quotient heatmap and Krugman-index map
 * classes.
 */
import type { SpecialisationResult } from '../../core/index.ts';
import type { TableDataset } from '../../data/types.ts';
import { classify } from '../map/classify.ts';
import { paletteColours, PALETTES } from '../map/palettes.ts';
import { heatmapModel, type HeatmapModel } from '../factors/heatmapModel.ts';

/** LQ at or above this marks a cluster candidate (docs/methods.md section 2). */
export const LQ_CANDIDATE = 1.25;

/** LQ ratio at which the heatmap colour saturates (1/4 and 4). */
export const LQ_COLOUR_SPAN = 4;

export interface ClassedValues {
  /** Value per region code; null = no data. */
  values: Map<string, number | null>;
  /** Fill per region code with a value (regions without one are hatched). */
  fill: Map<string, string>;
  /** Classes from high to low: colour and the bounds. */
  classes: { colour: string; from: number | null; to: number | null; count: number }[];
}

/** Sequential classes (natural breaks) of per-region values; missing values get no fill. */
export function classedValues(
  codes: readonly string[],
  xs: readonly (number | null)[],
  k = 4,
): ClassedValues {
  const values = new Map(codes.map((c, i) => [c, xs[i] ?? null]));
  const present = xs.filter((v): v is number => v !== null && Number.isFinite(v));
  const fill = new Map<string, string>();
  if (present.length === 0) return { values, fill, classes: [] };
  const kk = Math.max(1, Math.min(k, new Set(present).size));
  const cl = classify(xs as (number | null)[], 'jenks', kk);
  const colours = paletteColours(PALETTES.blues, cl.breaks.length + 1);
  codes.forEach((c, i) => {
    const j = cl.classes[i];
    if (j !== null && j !== undefined) fill.set(c, colours[j]);
  });
  const edges: (number | null)[] = [null, ...cl.breaks, null];
  const classes = colours
    .map((colour, j) => ({ colour, from: edges[j], to: edges[j + 1], count: cl.counts[j] ?? 0 }))
    .reverse();
  return { values, fill, classes };
}

/** Column id of Table 7 for a year (`ksi_2010`, `ksi_2014`). */
export const itColumn = (year: number) => `ksi_${year}`;

/** Seed 004 Table 7 for one year, as map classes. */
export function itShareClasses(ds: TableDataset, year: number): ClassedValues {
  const col = itColumn(year);
  return classedValues(
    ds.rows.map((r) => r.key),
    ds.rows.map((r) => r.cells[col]?.value ?? null),
  );
}

/** The LQ heatmap: log scale diverging at 1, cells >= 1.25 marked as cluster candidates. */
export function lqHeatmap(res: SpecialisationResult): HeatmapModel {
  // Ratios beyond 4 (or below 1/4) take the end colours, so one extreme cell does not wash
  // out the rest; the printed value stays exact.
  return heatmapModel(res.lq, {
    centre: 1,
    scale: 'log',
    mark: { atLeast: LQ_CANDIDATE },
    span: LQ_COLOUR_SPAN,
  });
}

/** Legend text of a class: '< b', 'a – b' or '≥ a'. */
export function classLabel(
  c: { from: number | null; to: number | null },
  num: (x: number | null) => string,
): string {
  if (c.from === null && c.to === null) return '';
  if (c.from === null) return `< ${num(c.to)}`;
  if (c.to === null) return `≥ ${num(c.from)}`;
  return `${num(c.from)} – ${num(c.to)}`;
}
