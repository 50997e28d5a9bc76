/**
 * From a bundled or imported TableDataset to the core's IndicatorMatrix: one unit per row
 * (keyed by `row.key`, the ISO code in the dataset's scheme), the requested columns in the
 * order asked. A requested column the dataset does not have is left out, so that rate()
 * names it (`missing-indicator`) instead of rating on a column of blanks.
 */
import type { IndicatorMatrix } from '../core/index.ts';
import type { TableDataset } from './types.ts';

export function tableToMatrix(ds: TableDataset, columns: string[]): IndicatorMatrix {
  const known = new Set(ds.columns.map((c) => c.id));
  const indicators = columns.filter((c) => known.has(c));
  return {
    units: ds.rows.map((r) => r.key),
    indicators,
    values: ds.rows.map((r) =>
      indicators.map((c) => {
        const v = r.cells[c]?.value;
        return typeof v === 'number' && Number.isFinite(v) ? v : null;
      }),
    ),
  };
}
