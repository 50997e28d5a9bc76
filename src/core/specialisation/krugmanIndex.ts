/**
 * Krugman specialisation index (Krugman 1991, Geography and Trade; docs/methods.md section 2),
 * against the country: KSI_r = sum_i |E_ir / E_r - E_i / E|, in [0, 2]; 0 = the region's
 * structure equals the country's. null where E_r = 0.
 */
import type { PreparedEmployment } from './prepareEmployment.ts';

export function krugmanIndex(p: PreparedEmployment): (number | null)[] {
  return p.e.map((row, r) => {
    const er = p.rowTotals[r];
    if (!(er > 0) || !(p.total > 0)) return null;
    return row.reduce((a, v, i) => a + Math.abs(v / er - p.colTotals[i] / p.total), 0);
  });
}
