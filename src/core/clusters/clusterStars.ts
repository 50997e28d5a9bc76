/**
 * Cluster stars of the European Cluster Observatory (Ketels & Sölvell 2006, "Innovation
 * clusters in the 10 new member states of the European Union", Europe INNOVA paper 1; the
 * Observatory's star rating 2007-2011). Each region x industry gets up to three stars:
 *
 *   size            E_ir >= Q_(1 - top)(E_i)       in the top `sizeTop` (10%) of regions for
 *                                                 that industry by employment;
 *   specialisation  LQ_ir >= lqMin (2)             employed at least twice as intensively as
 *                                                 the nation;
 *   focus           E_ir / E_r >= Q_(1 - top)(F)   its share of the region's employment is in
 *                                                 the top `focusTop` (10%) of all region x
 *                                                 industry shares F.
 *
 * "Top 10%" is read as "at or above the 90th percentile" (R type 7 = NumPy "linear",
 * stats/quantile.ts), over regions with E_r > 0 and industries with E_i > 0. The Observatory
 * used the same tests on European regions; applied to the regions of one country they say
 * "leading within the country", which the UI states.
 */
import { quantile } from '../stats/quantile.ts';
import type { PreparedEmployment } from '../specialisation/prepareEmployment.ts';
import { locationQuotient } from '../specialisation/locationQuotient.ts';

export interface ClusterStarOptions {
  /** Share of regions that earn the size star in each industry (default 0.10). */
  sizeTop?: number;
  /** LQ that earns the specialisation star (default 2). */
  lqMin?: number;
  /** Share of all region x industry cells that earn the focus star (default 0.10). */
  focusTop?: number;
}

export const CLUSTER_STAR_DEFAULTS: Required<ClusterStarOptions> = {
  sizeTop: 0.1,
  lqMin: 2,
  focusTop: 0.1,
};

export interface ClusterStarResult {
  /** regions x industries: 0-3, null where LQ is undefined. */
  stars: (number | null)[][];
  size: (boolean | null)[][];
  specialisation: (boolean | null)[][];
  focus: (boolean | null)[][];
  /** Per industry: employment threshold of the size star. */
  sizeThreshold: (number | null)[];
  /** Focus-share threshold over all cells (null when no cell is defined). */
  focusThreshold: number | null;
  options: Required<ClusterStarOptions>;
}

export function clusterStars(
  p: PreparedEmployment,
  options: ClusterStarOptions = {},
): ClusterStarResult {
  const o = { ...CLUSTER_STAR_DEFAULTS, ...options };
  const lq = locationQuotient(p);
  const sizeThreshold = p.industries.map((_, i) => {
    const v = p.e.filter((_, r) => lq[r][i] !== null).map((row) => row[i]);
    return v.length > 0 ? quantile(v, 1 - o.sizeTop) : null;
  });
  const shares: number[] = [];
  p.e.forEach((row, r) =>
    row.forEach((v, i) => lq[r][i] !== null && shares.push(v / p.rowTotals[r])),
  );
  const focusThreshold = shares.length > 0 ? quantile(shares, 1 - o.focusTop) : null;
  const map = (f: (r: number, i: number) => boolean) =>
    p.e.map((row, r) => row.map((_, i) => (lq[r][i] === null ? null : f(r, i))));
  const size = map((r, i) => p.e[r][i] > 0 && p.e[r][i] >= (sizeThreshold[i] as number));
  const specialisation = map((r, i) => (lq[r][i] as number) >= o.lqMin);
  const focus = map(
    (r, i) => p.e[r][i] > 0 && p.e[r][i] / p.rowTotals[r] >= (focusThreshold as number),
  );
  const stars = p.e.map((row, r) =>
    row.map((_, i) =>
      lq[r][i] === null
        ? null
        : Number(size[r][i]) + Number(specialisation[r][i]) + Number(focus[r][i]),
    ),
  );
  return { stars, size, specialisation, focus, sizeThreshold, focusThreshold, options: o };
}
