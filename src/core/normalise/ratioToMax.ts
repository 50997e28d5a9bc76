/**
 * Ratio to the leader, seed 004 formula (1): I = X / max X * 100 (higher is better).
 * Lower is better: I = min X / X * 100, so the smallest value scores 100 and a value twice
 * the minimum scores 50 (the mirror of the paper's formula, not 100 - I).
 *
 * Edge cases (each a named Issue):
 * - `negative-value`: a ratio needs X >= 0; a negative value is counted as 0.
 * - `zero-maximum` (higher): max X <= 0 leaves nothing to divide by; the column is 0 for all.
 * - `zero-minimum` (lower): min X = 0; regions at 0 score 100, every other region 0 (the
 *   limit of min X / X as min X -> 0).
 * - constant column: every region scores 100 (all are the leader).
 * - missing values stay null.
 */
import type { Issue } from '../issue.ts';
import { negativeValueIssues, summariseColumn } from './columnChecks.ts';
import type { ColumnInput, NormalisedColumn } from './normalisedColumn.ts';
import { finiteOrNull } from './normalisedColumn.ts';

export function ratioToMax(c: ColumnInput): NormalisedColumn {
  const s = summariseColumn(c);
  const issues: Issue[] = [...s.issues, ...negativeValueIssues(c, 'the ratio to the maximum')];
  const x = c.values.map((v) => {
    const f = finiteOrNull(v);
    return f === null ? null : Math.max(0, f);
  });
  if (s.present.length === 0) return { values: x.map(() => null), issues };
  const max = Math.max(0, s.max);
  const min = Math.max(0, s.min);
  if (c.direction === 'higher') {
    if (max <= 0) {
      issues.push({
        code: 'zero-maximum',
        severity: 'warning',
        message: `Indicator ${c.indicator} has maximum 0; the ratio to the maximum is undefined, so every region scores 0.`,
        where: { indicator: c.indicator },
      });
      return { values: x.map((v) => (v === null ? null : 0)), issues };
    }
    return { values: x.map((v) => (v === null ? null : (v / max) * 100)), issues };
  }
  if (min <= 0) {
    issues.push({
      code: 'zero-minimum',
      severity: 'warning',
      message: `Indicator ${c.indicator} (lower is better) has minimum 0; regions at 0 score 100 and all others 0.`,
      where: { indicator: c.indicator },
    });
    return { values: x.map((v) => (v === null ? null : v <= 0 ? 100 : 0)), issues };
  }
  return { values: x.map((v) => (v === null ? null : (min / v) * 100)), issues };
}
