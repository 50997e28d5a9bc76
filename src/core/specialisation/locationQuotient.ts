/**
 * Location quotient (seed 002, location-quotient method; docs/methods.md section 2):
 * LQ_ir = (E_ir / E_r) / (E_i / E). LQ > 1: region r is specialised in industry i; 1.25 is a
 * common threshold for a cluster candidate. null where E_r = 0 or E_i = 0 (undefined).
 */
import type { PreparedEmployment } from './prepareEmployment.ts';

export const LQ_CLUSTER_THRESHOLD = 1.25;

export function locationQuotient(p: PreparedEmployment): (number | null)[][] {
  return p.e.map((row, r) =>
    row.map((v, i) =>
      p.rowTotals[r] > 0 && p.colTotals[i] > 0
        ? v / p.rowTotals[r] / (p.colTotals[i] / p.total)
        : null,
    ),
  );
}
