/**
 * One categorical palette for clusters, shared by the dendrogram, the cluster map and the
 * tables: Okabe & Ito's colour-blind-safe colours (views/map/palettes.ts). Beyond eight
 * groups the colours repeat, so every place that colours a group also prints its number.
 */
import { CATEGORICAL } from '../map/palettes.ts';

/** Colour of group g (1-based). */
export function clusterColour(g: number): string {
  return CATEGORICAL[(((g - 1) % CATEGORICAL.length) + CATEGORICAL.length) % CATEGORICAL.length];
}

/** Colour of links above the cut (they join groups). */
export const ABOVE_CUT = '#6b7280';
