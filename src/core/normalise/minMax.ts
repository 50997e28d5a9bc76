/**
 * Min-max rescaling to 0-100 (OECD/JRC Handbook on Constructing Composite Indicators, 2008,
 * section 5): higher is better I = (X - min) / (max - min) * 100; lower is better
 * I = (max - X) / (max - min) * 100. A constant column (max = min) scores 50 for every
 * region, the midpoint, with a `constant-column` warning (the same value the percentile rank
 * gives to a column of ties). Missing values stay null.
 */
import { summariseColumn } from './columnChecks.ts';
import type { ColumnInput, NormalisedColumn } from './normalisedColumn.ts';
import { finiteOrNull } from './normalisedColumn.ts';

export function minMax(c: ColumnInput): NormalisedColumn {
  const s = summariseColumn(c);
  const range = s.max - s.min;
  const values = c.values.map((v) => {
    const f = finiteOrNull(v);
    if (f === null) return null;
    if (s.constant) return 50;
    const up = (f - s.min) / range;
    return (c.direction === 'higher' ? up : 1 - up) * 100;
  });
  return { values, issues: s.issues };
}
