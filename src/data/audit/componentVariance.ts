/**
 * Seed 002 states that its 7 components explain 88% of the variance of 20 industries (text
 * before Table 2). With loadings on standardised variables, the share explained is the sum of
 * squared loadings over all cells divided by the number of variables, and each row's sum of
 * squares (its communality) cannot exceed 1 (docs/methods.md section 4).
 */
import type { TableDataset } from '../types.ts';
import { type AuditFinding, because, differs, round4 } from './finding.ts';

/** The share of variance the seed states for its 7 components (seed 002, text before Table 2). */
export const STATED_VARIANCE_SHARE = 0.88;

/** Sum of squared loadings / number of rows: the variance share the loadings explain. */
export function explainedVarianceShare(ds: TableDataset): number {
  let ss = 0;
  for (const r of ds.rows) for (const c of Object.values(r.cells)) ss += (c.value ?? 0) ** 2;
  return ds.rows.length === 0 ? 0 : ss / ds.rows.length;
}

/** Each row's communality (sum of squared loadings). */
export function communalities(ds: TableDataset): number[] {
  return ds.rows.map((r) => Object.values(r.cells).reduce((s, c) => s + (c.value ?? 0) ** 2, 0));
}

/**
 * A finding if the explained share differs from the stated 88% by more than 1%, and one for
 * each row whose communality exceeds 1 (by more than rounding of 3-decimal loadings).
 */
export function auditComponentVariance(ds: TableDataset): AuditFinding[] {
  const out: AuditFinding[] = [];
  const share = explainedVarianceShare(ds);
  if (differs(STATED_VARIANCE_SHARE, share)) {
    out.push({
      dataset: ds.id,
      table: ds.tables[0],
      row: 'all',
      column: 'variance share',
      printed: STATED_VARIANCE_SHARE,
      recomputed: round4(share),
      ...because([{ cause: 'variance-share' }]),
    });
  }
  communalities(ds).forEach((h, i) => {
    if (h <= 1 + 0.01) return;
    const r = ds.rows[i];
    out.push({
      dataset: ds.id,
      table: ds.tables[0],
      row: Object.values(r.cells)[0].source.row,
      column: 'communality',
      printed: 1,
      recomputed: round4(h),
      ...because([{ cause: 'communality' }]),
    });
  });
  return out;
}
