/**
 * From a matrix (rows x columns) to the cells a heatmap draws: a diverging colour centred on
 * a reference value (0 for loadings, 1 for location quotients), the text colour that stays
 * readable on it, and which cells are marked. Pure, so the marking rule is unit-tested.
 *
 * Marking rules:
 * - 'max-abs-row': in each row, the cell with the largest absolute value (seed 002, Table 2
 *   sets it in bold; docs/methods.md section 4). Ties go to the first column.
 * - { atLeast: x }: every cell >= x (e.g. LQ >= 1.25, a cluster candidate; docs/methods.md 2).
 */
import { PALETTES, type Palette } from '../map/palettes.ts';

export type MarkRule = 'max-abs-row' | { atLeast: number } | 'none';

export interface HeatmapCell {
  row: number;
  col: number;
  value: number | null;
  fill: string;
  /** Text colour with enough contrast on `fill`. */
  ink: string;
  marked: boolean;
}

export interface HeatmapModel {
  nRows: number;
  nCols: number;
  cells: HeatmapCell[];
  /** Value at each end of the colour scale (symmetric around the centre, or ratio for log). */
  domain: [number, number];
  centre: number;
}

export interface HeatmapOptions {
  /** Value drawn in the neutral middle colour. */
  centre: number;
  /** 'linear': distance from the centre; 'log': log ratio to the centre (for ratios such as LQ). */
  scale: 'linear' | 'log';
  mark: MarkRule;
  palette?: Palette;
  /** Fixed half-width of the scale (linear) or largest ratio (log); default from the data. */
  span?: number;
}

export const NO_VALUE_FILL = '#eef0f3';

/** Column of the largest |value| in each row (first on ties), or null for an empty row. */
export function maxAbsPerRow(
  values: ReadonlyArray<ReadonlyArray<number | null>>,
): (number | null)[] {
  return values.map((row) => {
    let best: number | null = null;
    row.forEach((v, j) => {
      if (v === null || !Number.isFinite(v)) return;
      if (best === null || Math.abs(v) > Math.abs(row[best] as number)) best = j;
    });
    return best;
  });
}

/** Relative luminance of an `rgb(r, g, b)` or `#rrggbb` colour (WCAG 2.x). */
export function luminance(colour: string): number {
  let rgb: number[];
  const m = /rgb\((\d+),\s*(\d+),\s*(\d+)\)/.exec(colour);
  if (m) rgb = [Number(m[1]), Number(m[2]), Number(m[3])];
  else if (/^#[0-9a-f]{6}$/i.test(colour))
    rgb = [1, 3, 5].map((i) => parseInt(colour.slice(i, i + 2), 16));
  else return 1;
  const [r, g, b] = rgb.map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Dark text on light fills, white on dark ones (whichever contrasts more). */
export function inkOn(fill: string): string {
  const l = luminance(fill);
  return 1.05 / (l + 0.05) > (l + 0.05) / 0.05 ? '#ffffff' : '#111827';
}

export function heatmapModel(
  values: ReadonlyArray<ReadonlyArray<number | null>>,
  opts: HeatmapOptions,
): HeatmapModel {
  const palette = opts.palette ?? PALETTES.puor;
  const finite = values.flat().filter((v): v is number => v !== null && Number.isFinite(v));
  let span: number;
  let pos: (v: number) => number;
  if (opts.scale === 'log') {
    const ratios = finite.filter((v) => v > 0).map((v) => Math.abs(Math.log(v / opts.centre)));
    const lr = opts.span ? Math.log(opts.span) : Math.max(Math.log(2), ...ratios);
    span = Math.exp(lr);
    pos = (v) => (v <= 0 ? 0 : 0.5 + (0.5 * Math.log(v / opts.centre)) / lr);
  } else {
    span = opts.span ?? Math.max(1e-9, ...finite.map((v) => Math.abs(v - opts.centre)));
    pos = (v) => 0.5 + (0.5 * (v - opts.centre)) / span;
  }
  const clamp = (x: number) => Math.min(Math.max(x, 0), 1);
  const rowMax = opts.mark === 'max-abs-row' ? maxAbsPerRow(values) : null;
  const cells: HeatmapCell[] = [];
  values.forEach((row, i) =>
    row.forEach((v, j) => {
      const ok = v !== null && Number.isFinite(v);
      const fill = ok ? palette.at(clamp(pos(v))) : NO_VALUE_FILL;
      const marked =
        ok &&
        (rowMax ? rowMax[i] === j : typeof opts.mark === 'object' ? v >= opts.mark.atLeast : false);
      cells.push({ row: i, col: j, value: ok ? v : null, fill, ink: inkOn(fill), marked });
    }),
  );
  const domain: [number, number] =
    opts.scale === 'log'
      ? [opts.centre / span, opts.centre * span]
      : [opts.centre - span, opts.centre + span];
  return {
    nRows: values.length,
    nCols: values.reduce((m, r) => Math.max(m, r.length), 0),
    cells,
    domain,
    centre: opts.centre,
  };
}
