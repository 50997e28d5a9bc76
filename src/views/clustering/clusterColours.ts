/**
 * One categorical palette for clusters, shared by the dendrogram, the cluster map and the
 * tables. Up to eight groups: Okabe & Ito's colour-blind-safe colours (views/map/palettes.ts).
 * Nine to twenty groups: Kelly's (1965) twenty colours of maximum contrast (white and black
 * left out), so groups 1 and 9 no longer share a colour; no palette keeps more than eight
 * groups apart for every colour-vision deficiency, so every place that colours a group also
 * prints its number. Beyond twenty the colours repeat. The spec records the choice
 * (map.categorical, core/spec.ts): 'okabe-ito' as above, or 'kelly' for Kelly's twenty at
 * every k, so a group number keeps its colour whatever the cut.
 */
import type { CategoricalPaletteId } from '../../core/index.ts';
import { CATEGORICAL } from '../map/palettes.ts';

/** Kelly, K. L. (1965), "Twenty-two colors of maximum contrast", Color Engineering 3(6). */
export const KELLY_20 = [
  '#F3C300',
  '#875692',
  '#F38400',
  '#A1CAF1',
  '#BE0032',
  '#C2B280',
  '#848482',
  '#008856',
  '#E68FAC',
  '#0067A5',
  '#F99379',
  '#604E97',
  '#F6A600',
  '#B3446C',
  '#DCD300',
  '#882D17',
  '#8DB600',
  '#654522',
  '#E25822',
  '#2B3D26',
];

/** The palette for k groups (Okabe-Ito up to 8, Kelly's 20 above; always Kelly's with 'kelly'). */
export function clusterPalette(
  k: number,
  palette: CategoricalPaletteId = 'okabe-ito',
): readonly string[] {
  return palette === 'okabe-ito' && k <= CATEGORICAL.length ? CATEGORICAL : KELLY_20;
}

/** Colour of group g (1-based) among k groups (k defaults to the colour-blind-safe eight). */
export function clusterColour(
  g: number,
  k = CATEGORICAL.length,
  palette: CategoricalPaletteId = 'okabe-ito',
): string {
  const p = clusterPalette(k, palette);
  return p[(((g - 1) % p.length) + p.length) % p.length];
}

/** Colour of links above the cut (they join groups). */
export const ABOVE_CUT = '#6b7280';
