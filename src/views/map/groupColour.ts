/**
 * Colour of a published region group (seed 003 numbers them 1-8): Okabe & Ito's
 * colour-blind-safe qualitative colours, in group order, so the outline on the map and the
 * swatch in the legend agree.
 */
import { CATEGORICAL } from './palettes.ts';

// Okabe-Ito yellow (#F0E442) is too pale for a thin line on a light fill: use black's
// stand-in, a dark grey-blue, for that slot instead.
const GROUP_COLOURS = CATEGORICAL.map((c) => (c === '#F0E442' ? '#3d4b5c' : c));

export function groupColour(id: number): string {
  const n = GROUP_COLOURS.length;
  return GROUP_COLOURS[(((id - 1) % n) + n) % n];
}
