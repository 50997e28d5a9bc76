/**
 * Rank intervals per region from a sensitivity result (core/sensitivity/sensitivity.ts): the
 * nominal rank, the median and the 5th-95th percentile ranks over the sampled weight sets,
 * and the share of runs in each class.
 */
import type { SensitivityOutput } from '../../worker/protocol.ts';

export interface RankInterval {
  nominal: number;
  median: number;
  p05: number;
  p95: number;
  /** Classes with a share of runs above zero, largest share first (ties in spec order). */
  classes: { label: string; share: number }[];
  /** Runs behind the interval (0 when sampling was refused). */
  runs: number;
}

// One map per sensitivity result: the table rebuilds its rows at every weight step, and
// while the (worker's) sensitivity has not moved the intervals must stay the same objects, so
// the rows' memoised interval cells skip their re-render (bench:ui, issue 9 item 1).
const intervalsOf = new WeakMap<SensitivityOutput, Map<string, RankInterval>>();

/**
 * Interval by region code; regions the core could not rank are left out. The same map (and
 * interval objects) for the same result object.
 */
export function rankIntervals(s: SensitivityOutput): Map<string, RankInterval> {
  const hit = intervalsOf.get(s);
  if (hit) return hit;
  const out = new Map<string, RankInterval>();
  intervalsOf.set(s, out);
  for (const u of s.units) {
    if (![u.nominal, u.median, u.p05, u.p95].every(Number.isFinite)) continue;
    const classes = Object.entries(u.classes)
      .map(([label, share], i) => ({ label, share, i }))
      .filter((c) => c.share > 0)
      .sort((a, b) => b.share - a.share || a.i - b.i)
      .map(({ label, share }) => ({ label, share }));
    out.set(u.unit, {
      nominal: u.nominal,
      median: u.median,
      p05: u.p05,
      p95: u.p95,
      classes,
      runs: s.runs,
    });
  }
  return out;
}

/**
 * The classes any unit reached in the runs, in the order of the scale: the spec's bands from
 * the highest `min` down (A++ .. D), then labels outside them (the quintiles Q1 .. Q5) sorted.
 */
export function classesReached(
  intervals: readonly (RankInterval | null)[],
  bands: readonly { label: string; min: number }[],
): string[] {
  const seen = new Set<string>();
  for (const i of intervals) for (const c of i?.classes ?? []) seen.add(c.label);
  const order = [...bands].sort((a, b) => b.min - a.min).map((b) => b.label);
  const inBands = order.filter((l) => seen.has(l));
  const rest = [...seen].filter((l) => !order.includes(l)).sort();
  return [...inBands, ...rest];
}
