/**
 * Percentile rank on 0-100: I = (r - 1) / (n - 1) * 100, where r is the ascending rank of X
 * among the n present values with ties given their average rank (R's
 * `rank(ties.method = "average")`). The lowest value scores 0, the highest 100, ties share a
 * score, and a constant column scores 50 throughout. Lower is better: I = (n - r) / (n - 1)
 * * 100. With a single value (n = 1) it scores 50 (`few-observations` is reported).
 */
import { averageRanks } from '../stats/rank.ts';
import { summariseColumn } from './columnChecks.ts';
import type { ColumnInput, NormalisedColumn } from './normalisedColumn.ts';

export function percentileRank(c: ColumnInput): NormalisedColumn {
  const s = summariseColumn(c);
  const n = s.present.length;
  const r = averageRanks(s.present.map((i) => c.values[i] as number));
  const values: (number | null)[] = c.values.map(() => null);
  s.present.forEach((i, k) => {
    const up = n > 1 ? (r[k] - 1) / (n - 1) : 0.5;
    values[i] = (c.direction === 'higher' ? up : 1 - up) * 100;
  });
  return { values, issues: s.issues };
}
