/**
 * Which classes a rating's index gets (issue 9 item 4, docs/methods.md section 1): the paper's
 * bands A++..D (seed 004 Table 1) are cut on a 0-100 index, so they apply only when every
 * normalised score lies on 0-100 (ratio to max, min-max or goalposts to the default range,
 * percentile rank, distance to a target) and no level counts Copeland wins. On any other
 * scale (z-scores, a min-max range such as 1-10, Copeland scores) the paper's bands would put every unit in one class, so the units are classed by
 * quintiles of their rank instead: Q1 = the top fifth. Bands the user wrote themselves are
 * applied on any scale, as given.
 *
 * Quintile of rank r (1 = best, ties share the lowest rank) among n units:
 * q = floor((r - 1) * 5 / n) + 1, so with n = 20 ranks 1-4 are Q1 and 17-20 are Q5.
 */
import { PAPER_CLASSES, type ClassBand, type RatingSpec } from '../spec.ts';

export const QUINTILES = ['Q1', 'Q2', 'Q3', 'Q4', 'Q5'] as const;

/** True when every normalised score, hence the index, lies on 0-100. */
export function onHundredScale(
  spec: Pick<RatingSpec, 'normalisation' | 'range'> &
    Partial<Pick<RatingSpec, 'aggregation' | 'levels'>>,
): boolean {
  if (spec.normalisation === 'z-score') return false;
  // Copeland scores count wins and losses between units: no 0-100 scale at any level.
  if (spec.aggregation === 'copeland' || spec.levels?.includes('copeland')) return false;
  if (spec.normalisation === 'min-max' || spec.normalisation === 'goalposts') {
    const r = spec.range;
    return !r || (r[0] === 0 && r[1] === 100);
  }
  return true;
}

/** True when `bands` are the paper's (same labels at the same lower bounds). */
export function isPaperBands(bands: readonly ClassBand[]): boolean {
  if (bands.length !== PAPER_CLASSES.length) return false;
  const key = (b: readonly ClassBand[]) =>
    [...b]
      .sort((x, y) => x.min - y.min)
      .map((c) => `${c.label}@${c.min}`)
      .join('|');
  return key(bands) === key(PAPER_CLASSES);
}

/** True when the rating classes by quintiles of rank rather than by its bands. */
export function classesByQuintile(
  spec: Pick<RatingSpec, 'normalisation' | 'range' | 'classes'> &
    Partial<Pick<RatingSpec, 'aggregation' | 'levels'>>,
): boolean {
  return !onHundredScale(spec) && isPaperBands(spec.classes);
}

/** 0-based quintile (0 = Q1, the top fifth) of rank `r` (1 = best) among `n` units. */
export function quintileOfRank(r: number, n: number): number {
  if (!(n > 0)) return 0;
  return Math.min(4, Math.max(0, Math.floor(((r - 1) * 5) / n)));
}
