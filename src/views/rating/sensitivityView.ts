/** Rank intervals per region from a sensitivity result (core/sensitivity). */
import type { SensitivityOutput } from '../../worker/protocol.ts';

export interface RankInterval {
  nominal: number;
  median: number;
  p05: number;
  p95: number;
}

/** Interval by region code. */
export function rankIntervals(_s: SensitivityOutput): Map<string, RankInterval> {
  return new Map();
}
