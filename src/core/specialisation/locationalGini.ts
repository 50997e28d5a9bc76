/**
 * Locational Gini coefficient of each industry (Krugman 1991, Geography and Trade,
 * appendix D): order regions by LQ_ir ascending; with X_k the cumulative share of total
 * employment and Y_k the cumulative share of industry i over the first k regions,
 * G_i = 1 - sum_k (X_k - X_(k-1)) (Y_k + Y_(k-1)), the area between the Lorenz curve and
 * the diagonal, doubled. 0 = spread like total employment. Regions with E_r = 0 add nothing
 * to either share and are skipped. null where E_i = 0.
 */
import type { PreparedEmployment } from './prepareEmployment.ts';

export function locationalGini(p: PreparedEmployment): (number | null)[] {
  return p.colTotals.map((ei, i) => {
    if (!(ei > 0) || !(p.total > 0)) return null;
    const rows = p.e
      .map((row, r) => ({ x: p.rowTotals[r] / p.total, y: row[i] / ei, lq: 0 }))
      .filter((o) => o.x > 0);
    for (const o of rows) o.lq = o.y / o.x;
    rows.sort((a, b) => a.lq - b.lq);
    let area = 0;
    let cy = 0;
    for (const o of rows) {
      area += o.x * (2 * cy + o.y);
      cy += o.y;
    }
    return 1 - area;
  });
}
