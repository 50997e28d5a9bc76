/**
 * Binary matrix of revealed comparative advantage (Balassa 1965; Hidalgo et al. 2007,
 * "The product space conditions the development of nations", Science 317):
 *
 *   RCA_ri = (E_ri / E_r) / (E_i / E)   (= the location quotient)
 *   M_ri   = 1 if RCA_ri >= threshold (1), else 0
 *
 * with diversity k_r = sum_i M_ri and ubiquity k_i = sum_r M_ri. Undefined RCA (E_r = 0 or
 * E_i = 0) counts as 0, as EconGeo's `location.quotient(binary = TRUE)` does with NaN.
 */
import type { PreparedEmployment } from '../specialisation/prepareEmployment.ts';
import { locationQuotient } from '../specialisation/locationQuotient.ts';

export interface RcaMatrix {
  /** regions x industries, RCA (null where undefined). */
  rca: (number | null)[][];
  /** regions x industries, 0 or 1. */
  m: number[][];
  diversity: number[];
  ubiquity: number[];
}

export function rcaMatrix(p: PreparedEmployment, threshold = 1): RcaMatrix {
  const rca = locationQuotient(p);
  const m = rca.map((row) => row.map((v): number => (v !== null && v >= threshold ? 1 : 0)));
  const diversity = m.map((row) => row.reduce((a, b) => a + b, 0));
  const ubiquity = p.industries.map((_, i) => m.reduce((a, row) => a + row[i], 0));
  return { rca, m, diversity, ubiquity };
}
