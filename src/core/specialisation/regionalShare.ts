/**
 * Regional share of an industry, E_ir / E_i: region r's part of national industry i. Seed
 * 004's "modified KSI" for IT (Table 7) behaves as this share (docs/methods.md section 2).
 * null where E_i = 0.
 */
import type { PreparedEmployment } from './prepareEmployment.ts';

export function regionalShare(p: PreparedEmployment): (number | null)[][] {
  return p.e.map((row) => row.map((v, i) => (p.colTotals[i] > 0 ? v / p.colTotals[i] : null)));
}
