/**
 * Strong clusters by the rule of the U.S. Cluster Mapping Project (Delgado, Porter & Stern
 * 2014, "Defining clusters of related industries", and the project's "strong cluster"
 * indicator, clustermapping.us): region r is a strong cluster in industry i when
 *
 *   LQ_ir >= Q_0.75(LQ_i)   its location quotient is in the top quarter of regions for i,
 *   E_ir  >  Q_0.25(E_i)    its employment is above the bottom quarter of regions for i,
 *   LQ_ir >= 1              and it is specialised at all.
 *
 * Q_p is the sample quantile over the regions with a defined LQ_ir (R type 7 = NumPy
 * "linear", stats/quantile.ts). LQ_ir = (E_ir / E_r) / (E_i / E) as in locationQuotient.ts.
 * The three thresholds are options so the user can see how the verdict moves with them.
 */
import { quantile } from '../stats/quantile.ts';
import type { PreparedEmployment } from '../specialisation/prepareEmployment.ts';
import { locationQuotient } from '../specialisation/locationQuotient.ts';

export interface StrongClusterOptions {
  /** Percentile of LQ across regions that a strong cluster reaches (default 0.75). */
  lqPercentile?: number;
  /** Percentile of employment across regions that it exceeds (default 0.25). */
  sizePercentile?: number;
  /** Lowest LQ (default 1). */
  lqMin?: number;
}

export const STRONG_CLUSTER_DEFAULTS: Required<StrongClusterOptions> = {
  lqPercentile: 0.75,
  sizePercentile: 0.25,
  lqMin: 1,
};

export interface StrongClusterResult {
  /** regions x industries; null where LQ is undefined. */
  strong: (boolean | null)[][];
  /** Per industry: the LQ percentile threshold (null when no region has a defined LQ). */
  lqThreshold: (number | null)[];
  /** Per industry: the employment percentile threshold. */
  sizeThreshold: (number | null)[];
  options: Required<StrongClusterOptions>;
}

export function strongClusters(
  p: PreparedEmployment,
  options: StrongClusterOptions = {},
): StrongClusterResult {
  const o = { ...STRONG_CLUSTER_DEFAULTS, ...options };
  const lq = locationQuotient(p);
  const lqThreshold: (number | null)[] = [];
  const sizeThreshold: (number | null)[] = [];
  p.industries.forEach((_, i) => {
    const rows = p.e.map((_, r) => r).filter((r) => lq[r][i] !== null);
    if (rows.length === 0) {
      lqThreshold.push(null);
      sizeThreshold.push(null);
      return;
    }
    lqThreshold.push(
      quantile(
        rows.map((r) => lq[r][i] as number),
        o.lqPercentile,
      ),
    );
    sizeThreshold.push(
      quantile(
        rows.map((r) => p.e[r][i]),
        o.sizePercentile,
      ),
    );
  });
  const strong = p.e.map((row, r) =>
    row.map((v, i) => {
      const l = lq[r][i];
      if (l === null) return null;
      return l >= (lqThreshold[i] as number) && v > (sizeThreshold[i] as number) && l >= o.lqMin;
    }),
  );
  return { strong, lqThreshold, sizeThreshold, options: o };
}
