/**
 * Checks shared by all normalisations: an empty column, fewer than 3 observations and a
 * constant column. Three observations is the least for which a scale (max, range, SD,
 * percentile) says more than "which of two is larger"; below that the result is kept but
 * flagged.
 */
import type { Issue } from '../issue.ts';
import type { ColumnInput } from './normalisedColumn.ts';
import { presentIndices } from './normalisedColumn.ts';

export const MIN_OBSERVATIONS = 3;

/** Relative tolerance under which a column counts as constant. */
const CONSTANT_TOL = 1e-12;

export interface ColumnSummary {
  present: number[];
  min: number;
  max: number;
  constant: boolean;
  issues: Issue[];
}

/** Min, max and the shared warnings (`empty-column`, `few-observations`, `constant-column`). */
export function summariseColumn(c: ColumnInput): ColumnSummary {
  const present = presentIndices(c.values);
  const issues: Issue[] = [];
  let min = Infinity;
  let max = -Infinity;
  for (const i of present) {
    const v = c.values[i] as number;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  if (present.length === 0) {
    issues.push({
      code: 'empty-column',
      severity: 'warning',
      message: `Indicator ${c.indicator} has no values; it is left out of every sub-index.`,
      where: { indicator: c.indicator },
    });
    return { present, min: 0, max: 0, constant: false, issues };
  }
  if (present.length < MIN_OBSERVATIONS) {
    issues.push({
      code: 'few-observations',
      severity: 'warning',
      message: `Indicator ${c.indicator} has only ${present.length} value(s); a scale built on fewer than ${MIN_OBSERVATIONS} is fragile.`,
      where: { indicator: c.indicator },
      params: { count: present.length, min: MIN_OBSERVATIONS },
    });
  }
  const constant = max - min <= CONSTANT_TOL * Math.max(1, Math.abs(max), Math.abs(min));
  if (constant && present.length > 1) {
    issues.push({
      code: 'constant-column',
      severity: 'warning',
      message: `Indicator ${c.indicator} has the same value for every region; it cannot tell regions apart.`,
      where: { indicator: c.indicator },
    });
  }
  return { present, min, max, constant, issues };
}

/** One warning per negative value, naming the region (used where a ratio needs X >= 0). */
export function negativeValueIssues(c: ColumnInput, method: string): Issue[] {
  const out: Issue[] = [];
  c.values.forEach((v, i) => {
    if (typeof v === 'number' && Number.isFinite(v) && v < 0) {
      out.push({
        code: 'negative-value',
        severity: 'warning',
        message: `${c.units[i]}: ${c.indicator} = ${v} is negative; ${method} needs values >= 0, so it is counted as 0.`,
        where: { region: c.units[i], indicator: c.indicator },
        params: { value: v },
      });
    }
  });
  return out;
}
