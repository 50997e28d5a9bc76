/**
 * Krugman specialisation index against the rest of the country (docs/methods.md section 2, the
 * named variant): KSI_r = sum_i |E_ir / E_r - (E_i - E_ir) / (E - E_r)|, in [0, 2]. Unlike
 * the national version the region does not dilute its own benchmark, which matters for a
 * large region (Almaty city). null where E_r = 0 or E - E_r = 0 (no rest to compare with).
 */
import type { PreparedEmployment } from './prepareEmployment.ts';

export function krugmanIndexRest(p: PreparedEmployment): (number | null)[] {
  return p.e.map((row, r) => {
    const er = p.rowTotals[r];
    const rest = p.total - er;
    if (!(er > 0) || !(rest > 0)) return null;
    return row.reduce((a, v, i) => a + Math.abs(v / er - (p.colTotals[i] - v) / rest), 0);
  });
}
