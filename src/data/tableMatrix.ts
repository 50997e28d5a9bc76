/**
 * The one step from a bundled or imported TableDataset to the core's LabelledMatrix
 * (docs/architecture.md, "Data shapes"): one row per table row (labelled by `row.key`, the ISO
 * code in the dataset's scheme, or a row id), the requested columns in the order asked, null
 * for a gap. A requested column the dataset does not have is left out, so that rate() names
 * it (`missing-indicator`) instead of rating on a column of blanks.
 *
 * ratingMatrix() adds what the spec's data treatment reads (core/composite/treatRating.ts):
 * the denominator and group columns as `attributes`, and, where an indicator interpolates,
 * every year of the panel with its rows in the rated year's order.
 */
import {
  interpolates,
  treatmentColumns,
  treeIndicators,
  type LabelledMatrix,
  type RatingMatrix,
  type RatingSpec,
} from '../core/index.ts';
import type { TableDataset } from './types.ts';

const numberOf = (v: unknown): number | null =>
  typeof v === 'number' && Number.isFinite(v) ? v : null;

/** The table's rows in `units` order (undefined where it has no such unit), else all of them. */
function rowsOf(ds: TableDataset, units?: readonly string[]) {
  if (!units) return ds.rows;
  const byKey = new Map(ds.rows.map((r) => [r.key, r]));
  return units.map((u) => byKey.get(u));
}

/**
 * `columns` of `ds` as a labelled matrix; `units` puts the rows in that order (a row of
 * nulls where `ds` has no such unit).
 */
export function tableToMatrix(
  ds: TableDataset,
  columns: readonly string[],
  units?: readonly string[],
): LabelledMatrix {
  const known = new Set(ds.columns.map((c) => c.id));
  const present = columns.filter((c) => known.has(c));
  return {
    rows: units ? [...units] : ds.rows.map((r) => r.key),
    columns: present,
    values: rowsOf(ds, units).map((r) => present.map((c) => numberOf(r?.cells[c]?.value))),
  };
}

/**
 * `extra` columns of `ds` that it has, each as one entry per row (a number, or a cell's text):
 * the rating's `attributes`. Undefined when there is none.
 */
function attributesOf(
  ds: TableDataset,
  extra: readonly string[],
  units?: readonly string[],
): RatingMatrix['attributes'] {
  // Text columns (unit groups, `textColumns`) serve only as attributes of the treatment.
  const known = new Set([...ds.columns, ...(ds.textColumns ?? [])].map((c) => c.id));
  const present = extra.filter((c) => known.has(c));
  if (present.length === 0) return undefined;
  const rows = rowsOf(ds, units);
  return Object.fromEntries(
    present.map((c) => [
      c,
      rows.map((r) => {
        const cell = r?.cells[c];
        return numberOf(cell?.value) ?? (cell?.text ? cell.text : null);
      }),
    ]),
  );
}

/** tableToMatrix() with the `extra` columns as attributes. */
function withAttributes(
  ds: TableDataset,
  columns: readonly string[],
  extra: readonly string[],
  units?: readonly string[],
): RatingMatrix {
  const m: RatingMatrix = tableToMatrix(ds, columns, units);
  const attributes = attributesOf(ds, extra, units);
  if (attributes) m.attributes = attributes;
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
): RatingMatrix {
  const inds = treeIndicators(spec);
  const ids = inds.map((i) => i.id);
  const extra = treatmentColumns(inds, spec.treatment);
  const m = withAttributes(ds, ids, extra);
  if (panel && panel.length > 1 && year !== undefined && interpolates(inds, spec.treatment)) {
    const self = { ...m };
    m.panel = {
      year,
      years: panel.map((p) => ({
        year: p.year,
        matrix: p.table === ds ? self : withAttributes(p.table, ids, extra, m.rows),
      })),
    };
  }
  return m;
}
