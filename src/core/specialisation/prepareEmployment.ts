/**
 * The input of the specialisation measures (docs/methods.md section 2): E, a labelled matrix
 * (core/matrix/labelledMatrix.ts) with rows = regions r and columns = industries i, of
 * employment or output, with totals E_r (row), E_i (column) and E. Every measure reads it
 * through prepareEmployment(), which turns bad cells into named issues: a missing cell counts
 * as 0 (`missing-value`, warning), a negative one is an error and counts as 0
 * (`negative-value`). A region or industry whose total is 0 makes the ratios that divide by it
 * undefined: they become null, with `empty-region` / `empty-industry`.
 */
import type { Issue } from '../issue.ts';
import type { LabelledMatrix } from '../matrix/labelledMatrix.ts';

export interface PreparedEmployment {
  regions: string[];
  industries: string[];
  /** Clean cells (missing and negative as 0). */
  e: number[][];
  /** E_r. */
  rowTotals: number[];
  /** E_i. */
  colTotals: number[];
  /** E. */
  total: number;
  issues: Issue[];
}

export function prepareEmployment(m: LabelledMatrix): PreparedEmployment {
  const issues: Issue[] = [];
  const R = m.rows.length;
  const I = m.columns.length;
  const e = m.rows.map((region, r) =>
    m.columns.map((industry, i) => {
      const v = m.values[r]?.[i];
      if (typeof v !== 'number' || !Number.isFinite(v)) {
        issues.push({
          code: 'missing-employment',
          severity: 'warning',
          message: `${region}: no value for ${industry}; counted as 0.`,
          where: { region, indicator: industry },
        });
        return 0;
      }
      if (v < 0) {
        issues.push({
          code: 'negative-value',
          severity: 'error',
          message: `${region}: ${industry} = ${v} is negative; employment and output cannot be, so it counts as 0.`,
          where: { region, indicator: industry },
          params: { value: v },
        });
        return 0;
      }
      return v;
    }),
  );
  const rowTotals = e.map((row) => row.reduce((a, b) => a + b, 0));
  const colTotals = Array.from({ length: I }, (_, i) => e.reduce((a, row) => a + row[i], 0));
  const total = rowTotals.reduce((a, b) => a + b, 0);
  rowTotals.forEach((t, r) => {
    if (t === 0) {
      issues.push({
        code: 'empty-region',
        severity: 'warning',
        message: `${m.rows[r]} has 0 in every industry; its shares, location quotients and Krugman index are undefined (left empty).`,
        where: { region: m.rows[r] },
      });
    }
  });
  colTotals.forEach((t, i) => {
    if (t === 0) {
      issues.push({
        code: 'empty-industry',
        severity: 'warning',
        message: `${m.columns[i]} is 0 in every region; its location quotients, regional shares and concentration are undefined (left empty).`,
        where: { indicator: m.columns[i] },
        params: { industry: m.columns[i] },
      });
    }
  });
  if (R > 0 && I > 0 && total === 0) {
    issues.push({
      code: 'empty-matrix',
      severity: 'error',
      message: 'Every cell is 0: there is nothing to compare.',
    });
  }
  return { regions: m.rows, industries: m.columns, e, rowTotals, colTotals, total, issues };
}
