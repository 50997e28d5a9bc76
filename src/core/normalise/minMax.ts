/**
 * Min-max rescaling to [lo, hi], by default 0-100 (OECD/JRC Handbook on Constructing Composite
 * Indicators, 2008, section 5; COINr `n_minx(x, l_u = c(lo, hi))`): higher is better
 * I = lo + (X - min) / (max - min) * (hi - lo); lower is better
 * I = lo + (max - X) / (max - min) * (hi - lo). A constant column (max = min) scores the
 * midpoint (lo + hi) / 2 for every region, with a `constant-column` warning (the same value
 * the percentile rank gives to a column of ties). Missing values stay null.
 */
import { summariseColumn } from './columnChecks.ts';
import type { ColumnInput, NormalisedColumn } from './normalisedColumn.ts';
import { finiteOrNull } from './normalisedColumn.ts';

export function minMax(c: ColumnInput): NormalisedColumn {
  const s = summariseColumn(c);
  const range = s.max - s.min;
  const [lo, hi] = c.range ?? [0, 100];
  const values = c.values.map((v) => {
    const f = finiteOrNull(v);
    if (f === null) return null;
    if (s.constant) return (lo + hi) / 2;
    const up = (f - s.min) / range;
    return lo + (c.direction === 'higher' ? up : 1 - up) * (hi - lo);
  });
  return { values, issues: s.issues };
}
