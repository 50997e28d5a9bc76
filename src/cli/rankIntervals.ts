/**
 * One shape for rank intervals in CLI output, shared by `sensitivity` on the paper's rating or
 * a project and by `sensitivity --idata --imeta` (COINr studies): the nominal rank, the median
 * and the 5th and 95th percentiles of the rank over the runs, and the share of runs in each
 * class, rounded to 6 decimals; in CSV the class shares become columns `p_<class>`.
 */
import { toCsv } from './output.ts';

/** Numbers in CLI output: 6 decimals (the index is on 0-100; 1e-6 is far below any print). */
export function round6(x: number): number {
  const r = Math.round(x * 1e6) / 1e6;
  return Object.is(r, -0) ? 0 : r;
}

export interface RankInterval {
  nominal: number;
  median: number;
  p05: number;
  p95: number;
  classes: Record<string, number>;
}

/** `head` (the unit's code and name under the caller's keys) followed by its interval. */
export function intervalRow<H extends object>(head: H, u: RankInterval): H & RankInterval {
  return {
    ...head,
    nominal: u.nominal,
    median: round6(u.median),
    p05: round6(u.p05),
    p95: round6(u.p95),
    classes: Object.fromEntries(Object.entries(u.classes).map(([k, v]) => [k, round6(v)])),
  };
}

/** The rows as CSV, class shares spread into `p_<class>` columns. */
export function intervalsCsv(
  rows: readonly (object & { classes: Record<string, number> })[],
): string {
  return toCsv(
    rows.map(({ classes, ...rest }) => ({
      ...(rest as Record<string, unknown>),
      ...Object.fromEntries(Object.entries(classes).map(([k, v]) => [`p_${k}`, v])),
    })),
  );
}
