/**
 * The competitive position of one region's industries, the observations of seed 002's
 * discriminant step (Ward, then discriminant analysis into non-core, middle and driver
 * industries, after Hill & Brennan 2000, "A methodology for identifying the drivers of
 * industrial clusters", Economic Development Quarterly 14:65). For region r of the matrix E
 * (regions x industries, totals E_r, E_i, E; docs/methods.md sections 2 and 5) and each
 * industry i:
 *
 *   lq_i      = (E_ri / E_r) / (E_i / E)     specialisation (location quotient)
 *   focus_i   = E_ri / E_r                   the industry's share of the region's employment
 *                                            (the European Cluster Observatory's "focus")
 *   density_i = sum_(j != i) M_rj phi_ij / sum_(j != i) phi_ij   relatedness density
 *                                            (complexity/relatednessDensity.ts, M = [LQ >= 1])
 *   hoover_i  = 1/2 sum_r abs(E_ri / E_i - E_r / E)   the industry's geographic concentration
 *                                            (specialisation/hooverIndex.ts)
 *
 * The region's share of the nation's industry, E_ri / E_i = lq_i E_r / E, is lq times a
 * constant within one region, so it is not offered: with lq it would make the within-group
 * covariance singular. A ratio whose denominator is 0 is null (the industry is then left
 * out). Checked against NumPy (test/fixtures/discriminant/industry).
 */
import { proximity } from '../complexity/proximity.ts';
import { rcaMatrix } from '../complexity/rcaMatrix.ts';
import { relatednessDensity } from '../complexity/relatednessDensity.ts';
import type { Issue } from '../issue.ts';
import type { IndustryMeasure } from '../spec.ts';
import type { LabelledMatrix } from '../matrix/labelledMatrix.ts';
import { prepareEmployment } from '../specialisation/prepareEmployment.ts';
import { hooverIndex } from '../specialisation/hooverIndex.ts';

/** The measures, in display order (the spec's IndustryMeasure). */
export const INDUSTRY_POSITION_MEASURES: readonly IndustryMeasure[] = [
  'lq',
  'focus',
  'density',
  'hoover',
];

export interface IndustryPosition {
  region: string;
  industries: string[];
  /** Per measure, one value per industry; null = undefined (a total of 0). */
  values: Record<IndustryMeasure, (number | null)[]>;
  issues: Issue[];
}

/** The measures for the region with the given code; null if the matrix lacks it. */
export function industryPosition(m: LabelledMatrix, region: string): IndustryPosition | null {
  const r = m.rows.indexOf(region);
  if (r < 0) return null;
  const p = prepareEmployment(m);
  const er = p.rowTotals[r];
  const rca = rcaMatrix(p);
  const density = relatednessDensity(rca.m, proximity(rca.m))[r];
  return {
    region,
    industries: [...p.industries],
    values: {
      lq: rca.rca[r],
      focus: p.industries.map((_, i) => (er > 0 ? p.e[r][i] / er : null)),
      density,
      hoover: hooverIndex(p),
    },
    issues: p.issues,
  };
}
