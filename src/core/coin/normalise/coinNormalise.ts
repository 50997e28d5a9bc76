/**
 * One indicator column normalised as COINr's `Normalise()` does: the column is multiplied
 * by its Direction first (so lower-is-better indicators are reversed before any method),
 * then the method runs on it. Goalposts and distance to target work on the raw column with
 * the direction inside the formula, as COINr does when it takes their parameters from iMeta.
 * Each method's formula is in its own file.
 */
import type { Normalisation } from '../../spec.ts';
import { normaliseColumn } from '../../normalise/normaliseColumn.ts';
import { columnRange } from './columnRange.ts';
import { nGoalposts } from './nGoalposts.ts';
import { nMinx } from './nMinx.ts';
import { nRank } from './nRank.ts';
import { nRatio } from './nRatio.ts';
import { nZscore } from './nZscore.ts';

export const COIN_NORMALISATIONS = [
  'n_minx',
  'n_zscore',
  'n_rank',
  'n_goalposts',
  'n_dist2targ',
  'n_ratio',
] as const;
/**
 * The atlas's own definitions where they differ from COINr's, for the dashboard's sensitivity
 * so that its nominal run is the rating table itself (core/normalise: percentile rank with
 * average ties, the paper's ratio to the leader with min X / X for lower is better, distance
 * to a target as the share of the target reached). Not offered by the CLI's `--normalise`,
 * whose names keep COINr's meaning.
 */
export const ATLAS_NORMALISATIONS = {
  atlas_rank: 'rank',
  atlas_ratio: 'ratio-to-max',
  atlas_dist2targ: 'distance-to-target',
} as const satisfies Record<string, Normalisation>;
export type CoinNormalisation =
  (typeof COIN_NORMALISATIONS)[number] | keyof typeof ATLAS_NORMALISATIONS;

export interface NormaliseParams {
  method: CoinNormalisation;
  /** Output range [lo, hi] for the bounded methods (default 0-100). */
  range: [number, number];
  direction: 1 | -1;
  target: number | null;
  goalposts: { lower: number; upper: number; scale?: number } | null;
}

/** Why a column came out without values (the caller turns these into issues). */
export type NormaliseProblem =
  | 'constant-column'
  | 'no-target'
  | 'no-goalposts'
  | 'ratio-nonpositive-max'
  | 'ratio-negative-direction'
  | null;

export function normaliseIndicator(
  raw: ArrayLike<number>,
  p: NormaliseParams,
  out = new Float64Array(raw.length),
  work = new Float64Array(raw.length),
): NormaliseProblem {
  const [lo, hi] = p.range;
  const d = p.direction;
  if (p.method in ATLAS_NORMALISATIONS) {
    const values: (number | null)[] = Array.from(raw, (v) => (v === v ? v : null));
    const c = normaliseColumn(ATLAS_NORMALISATIONS[p.method as keyof typeof ATLAS_NORMALISATIONS], {
      indicator: '',
      units: values.map(() => ''),
      values,
      direction: d === 1 ? 'higher' : 'lower',
      ...(p.target !== null ? { target: p.target } : {}),
    });
    c.values.forEach((v, i) => (out[i] = v === null ? NaN : v));
    return c.issues.some((x) => x.severity === 'error') ? 'no-target' : null;
  }
  if (p.method === 'n_goalposts' || p.method === 'n_dist2targ') {
    let g = p.method === 'n_goalposts' ? p.goalposts : null;
    if (!g && p.target !== null) {
      // Distance to target: from the worst observed value to the target.
      const { min, max } = columnRange(raw);
      g = d === 1 ? { lower: min, upper: p.target } : { lower: p.target, upper: max };
    }
    if (!g) {
      out.fill(NaN);
      return p.method === 'n_goalposts' ? 'no-goalposts' : 'no-target';
    }
    const [l, h] = g.scale !== undefined ? [0, g.scale] : [lo, hi];
    nGoalposts(raw, d, g.lower, g.upper, l, h, out);
    return null;
  }
  for (let i = 0; i < raw.length; i++) work[i] = raw[i] * d;
  switch (p.method) {
    case 'n_minx': {
      const r = columnRange(work);
      nMinx(work, lo, hi, out);
      return r.n > 1 && r.max === r.min ? 'constant-column' : null;
    }
    case 'n_zscore':
      nZscore(work, 0, 1, out);
      return null;
    case 'n_rank':
      nRank(work, lo, hi, out);
      return null;
    case 'n_ratio': {
      nRatio(work, hi, out);
      if (d === -1) return 'ratio-negative-direction';
      return columnRange(work).max !== 0 ? null : 'ratio-nonpositive-max';
    }
  }
  return null;
}
