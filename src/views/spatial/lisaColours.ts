/**
 * LISA cluster-map colours as GeoDa draws them (Anselin 2005, GeoDa Workbook): High-High red,
 * Low-Low blue, Low-High light blue, High-Low light red, not significant light grey.
 */
import type { LisaQuadrant } from '../../core/index.ts';

/** Legend order: the four quadrants, then not significant (null). */
export const LISA_KEYS: readonly (LisaQuadrant | null)[] = [
  'High-High',
  'Low-Low',
  'Low-High',
  'High-Low',
  null,
];

const COLOURS: Record<LisaQuadrant, string> = {
  'High-High': '#d7191c',
  'Low-Low': '#2c7bb6',
  'Low-High': '#abd9e9',
  'High-Low': '#fdae61',
};

/** The fill of a significant unit's quadrant; null (not significant) is light grey. */
export function lisaColour(q: LisaQuadrant | null): string {
  return q ? COLOURS[q] : '#eeeeee';
}
