/**
 * Standardisation, I = (X - mean) / s with the sample standard deviation (n - 1), as R's
 * `scale()` and core/stats/zscore.ts; mean and s over the present values only. Lower is
 * better: I = -(X - mean) / s. A constant column is 0 for every region (`constant-column`).
 * The scale is unbounded and centred on 0: the paper's 0-100 class bands do not apply, and
 * geometric aggregation is undefined for it (rate() reports both).
 */
import { columnStats } from '../stats/zscore.ts';
import { summariseColumn } from './columnChecks.ts';
import type { ColumnInput, NormalisedColumn } from './normalisedColumn.ts';
import { finiteOrNull } from './normalisedColumn.ts';

export function zScore(c: ColumnInput): NormalisedColumn {
  const s = summariseColumn(c);
  const present = s.present.map((i) => [c.values[i] as number]);
  const { mean, sd } = present.length > 0 ? columnStats(present, 0) : { mean: 0, sd: 0 };
  const sign = c.direction === 'higher' ? 1 : -1;
  const values = c.values.map((v) => {
    const f = finiteOrNull(v);
    if (f === null) return null;
    return s.constant || !(sd > 0) ? 0 : (sign * (f - mean)) / sd;
  });
  return { values, issues: s.issues };
}
