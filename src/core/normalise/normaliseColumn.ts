/**
 * Dispatches one indicator column to the normalisation a RatingSpec names (docs/methods.md
 * section 1: ratio to max as in seed 004 formula 1; min-max; z-score; rank; distance to a
 * target; goalposts). Each method lives in its own file with its formula.
 */
import type { Normalisation } from '../spec.ts';
import { distanceToTarget } from './distanceToTarget.ts';
import { goalposts } from './goalposts.ts';
import { minMax } from './minMax.ts';
import type { ColumnInput, NormalisedColumn } from './normalisedColumn.ts';
import { percentileRank } from './percentileRank.ts';
import { ratioToMax } from './ratioToMax.ts';
import { zScore } from './zScore.ts';

export const NORMALISERS: Record<Normalisation, (c: ColumnInput) => NormalisedColumn> = {
  'ratio-to-max': ratioToMax,
  'min-max': minMax,
  'z-score': zScore,
  rank: percentileRank,
  'distance-to-target': distanceToTarget,
  goalposts,
};

/** Normalises one column with the named method (see each method's file for the formula). */
export function normaliseColumn(method: Normalisation, c: ColumnInput): NormalisedColumn {
  return NORMALISERS[method](c);
}
