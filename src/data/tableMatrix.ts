/**
 * From a bundled or imported TableDataset to the core's IndicatorMatrix: one unit per row
 * (keyed by `row.key`, the ISO code in the dataset's scheme), the requested columns in the
 * order asked. A requested column the dataset does not have is left out, so that rate()
 * names it (`missing-indicator`) instead of rating on a column of blanks.
 *
 * ratingMatrix() adds what the spec's data treatment reads (core/composite/treatRating.ts):
 * the denominator and group columns, and, where an indicator interpolates, every year of the
 * panel with its rows in the rated year's order.
 */
import {
  interpolates,
  treatmentColumns,
  treeIndicators,
  type IndicatorMatrix,
  type RatingSpec,
} from '../core/index.ts';
import type { TableDataset } from './types.ts';

const numberOf = (v: unknown): number | null =>
  typeof v === 'number' && Number.isFinite(v) ? v : null;

/**
 * `columns` of `ds` as a matrix; `extra` columns go to `columns` (numbers, or a cell's text);
 * `units` puts the rows in that order (null where `ds` has no such unit).
 */
export function tableToMatrix(
  ds: TableDataset,
  columns: string[],
  extra: readonly string[] = [],
  units?: readonly string[],
): IndicatorMatrix {
  const known = new Set(ds.columns.map((c) => c.id));
  const indicators = columns.filter((c) => known.has(c));
  const byKey = units ? new Map(ds.rows.map((r) => [r.key, r])) : null;
  const rows = units ? units.map((u) => byKey!.get(u)) : ds.rows;
  const m: IndicatorMatrix = {
    units: units ? [...units] : ds.rows.map((r) => r.key),
    indicators,
    values: rows.map((r) => indicators.map((c) => numberOf(r?.cells[c]?.value))),
  };
  const present = extra.filter((c) => known.has(c));
  if (present.length > 0) {
    m.columns = Object.fromEntries(
      present.map((c) => [
        c,
        rows.map((r) => {
          const cell = r?.cells[c];
          return numberOf(cell?.value) ?? (cell?.text ? cell.text : null);
        }),
      ]),
    );
  }
  return m;
}

/**
 * The matrix a rating by `spec` reads from `ds` (the rated year): its indicators, the columns
 * its treatment reads, and `panel` (every year's table, ascending) when it interpolates.
 */
export function ratingMatrix(
  ds: TableDataset,
  spec: RatingSpec,
  panel?: readonly { year: number; table: TableDataset }[],
  year?: number,
): IndicatorMatrix {
  const inds = treeIndicators(spec);
  const ids = inds.map((i) => i.id);
  const extra = treatmentColumns(inds, spec.treatment);
  const m = tableToMatrix(ds, ids, extra);
  if (panel && panel.length > 1 && year !== undefined && interpolates(inds, spec.treatment)) {
    const self = { ...m };
    m.panel = {
      year,
      years: panel.map((p) => ({
        year: p.year,
        matrix: p.table === ds ? self : tableToMatrix(p.table, ids, extra, m.units),
      })),
    };
  }
  return m;
}
