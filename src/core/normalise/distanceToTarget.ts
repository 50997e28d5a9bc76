/**
 * Distance to a target T (OECD/JRC Handbook 2008, "distance to a reference"), on 0-100 as
 * the share of the target reached: higher is better I = min(X / T, 1) * 100; lower is better
 * I = min(T / X, 1) * 100. A region at or beyond its target scores 100, which is the paper's
 * ratio to the maximum with the leader replaced by a fixed goal.
 *
 * Edge cases: `missing-target` (error) when T is absent, `invalid-target` (error) when
 * T <= 0; the column is then 0 for all. `negative-value`: X < 0 is counted as 0. Lower is
 * better with X = 0: below any positive target, so 100.
 */
import type { Issue } from '../issue.ts';
import { negativeValueIssues, summariseColumn } from './columnChecks.ts';
import type { ColumnInput, NormalisedColumn } from './normalisedColumn.ts';
import { finiteOrNull } from './normalisedColumn.ts';

export function distanceToTarget(c: ColumnInput): NormalisedColumn {
  const s = summariseColumn(c);
  const issues: Issue[] = [...s.issues];
  const t = c.target;
  if (typeof t !== 'number' || !Number.isFinite(t) || t <= 0) {
    const missing = typeof t !== 'number' || !Number.isFinite(t);
    issues.push({
      code: missing ? 'missing-target' : 'invalid-target',
      severity: 'error',
      message: missing
        ? `Indicator ${c.indicator} has no target; distance to a target needs one. Every region scores 0.`
        : `Indicator ${c.indicator} has target ${t}; the target must be > 0. Every region scores 0.`,
      where: { indicator: c.indicator },
      ...(missing ? {} : { params: { value: t as number } }),
    });
    return { values: c.values.map((v) => (finiteOrNull(v) === null ? null : 0)), issues };
  }
  issues.push(...negativeValueIssues(c, 'distance to a target'));
  const values = c.values.map((v) => {
    const f = finiteOrNull(v);
    if (f === null) return null;
    const x = Math.max(0, f);
    if (c.direction === 'higher') return Math.min(x / t, 1) * 100;
    return x <= 0 ? 100 : Math.min(t / x, 1) * 100;
  });
  return { values, issues };
}
