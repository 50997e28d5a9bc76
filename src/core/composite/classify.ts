/**
 * Class of an index value on a band scale (seed 004 Table 1; docs/methods.md section 1): the band
 * with the largest lower bound `min` <= value, a band including its lower bound. A tolerance
 * of 1e-9 absorbs floating-point noise, so 69.99999999999999 from (a + b) / 2 counts as 70.
 */
import type { ClassBand } from '../spec.ts';

export const CLASS_TOLERANCE = 1e-9;

/** Bands sorted by descending lower bound (for repeated lookups). */
export function sortBands(bands: readonly ClassBand[]): ClassBand[] {
  return [...bands].sort((a, b) => b.min - a.min);
}

/**
 * Index into `sorted` (descending `min`) of the band of `value`; -1 when below every band or
 * when there are no bands.
 */
export function bandIndex(value: number, sorted: readonly ClassBand[]): number {
  for (let i = 0; i < sorted.length; i++) {
    if (value + CLASS_TOLERANCE >= sorted[i].min) return i;
  }
  return -1;
}

/** The class label of `value`; below every band, the lowest band's label ('' with no bands). */
export function classify(value: number, bands: readonly ClassBand[]): string {
  const sorted = sortBands(bands);
  const i = bandIndex(value, sorted);
  if (i >= 0) return sorted[i].label;
  return sorted.length > 0 ? sorted[sorted.length - 1].label : '';
}
