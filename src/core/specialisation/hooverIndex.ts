/**
 * Hoover coefficient of localisation of each industry (Hoover 1936; the dissimilarity
 * index): H_i = 1/2 sum_r |E_ir / E_i - E_r / E|, in [0, 1); 0 = the industry is spread
 * like total employment, near 1 = it sits in one small region. null where E_i = 0.
 */
import type { PreparedEmployment } from './prepareEmployment.ts';

export function hooverIndex(p: PreparedEmployment): (number | null)[] {
  return p.colTotals.map((ei, i) => {
    if (!(ei > 0) || !(p.total > 0)) return null;
    return 0.5 * p.e.reduce((a, row, r) => a + Math.abs(row[i] / ei - p.rowTotals[r] / p.total), 0);
  });
}
