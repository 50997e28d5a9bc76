/**
 * Colour-blind-safe palettes (no red-green pairs): sequential viridis, cividis, Blues,
 * Purples and diverging PuOr, BrBG from d3-scale-chromatic; Okabe-Ito for categories.
 */
import {
  interpolateBlues,
  interpolateBrBG,
  interpolateCividis,
  interpolatePuOr,
  interpolatePurples,
  interpolateViridis,
} from 'd3-scale-chromatic';
import type { PaletteId } from '../../state/viewState.ts';

export interface Palette {
  id: PaletteId;
  kind: 'sequential' | 'diverging';
  at: (t: number) => string;
}

// Sequential ramps start above their white end so the lowest class stays visible on the
// pale map background; viridis runs dark-to-light, so it is reversed to keep "more = darker".
export const PALETTES: Record<PaletteId, Palette> = {
  viridis: { id: 'viridis', kind: 'sequential', at: (t) => interpolateViridis(1 - t * 0.92) },
  cividis: { id: 'cividis', kind: 'sequential', at: (t) => interpolateCividis(1 - t * 0.95) },
  blues: { id: 'blues', kind: 'sequential', at: (t) => interpolateBlues(0.15 + t * 0.8) },
  purples: { id: 'purples', kind: 'sequential', at: (t) => interpolatePurples(0.15 + t * 0.8) },
  // PuOr runs purple (0) to orange (1); BrBG brown (0) to teal (1). The map's default for
  // changes is BrBG: gains teal, losses brown, close to the rating table's blue ▲ and
  // orange ▼.
  puor: { id: 'puor', kind: 'diverging', at: (t) => interpolatePuOr(0.04 + t * 0.92) },
  brbg: { id: 'brbg', kind: 'diverging', at: (t) => interpolateBrBG(0.04 + t * 0.92) },
};

export const DEFAULT_SEQUENTIAL: PaletteId = 'blues';
export const DEFAULT_DIVERGING: PaletteId = 'brbg';

/** Okabe & Ito (2008) colour-blind-safe qualitative colours (black left out). */
export const CATEGORICAL = [
  '#E69F00',
  '#56B4E9',
  '#009E73',
  '#F0E442',
  '#0072B2',
  '#D55E00',
  '#CC79A7',
  '#999999',
];

/** Colour for a missing value. */
export const NO_DATA = '#d9dde3';

/** k colours from a palette, evenly spaced; a single class takes the middle colour. */
export function paletteColours(p: Palette, k: number): string[] {
  if (k <= 0) return [];
  if (k === 1) return [p.at(0.5)];
  return Array.from({ length: k }, (_, i) => p.at(i / (k - 1)));
}

/**
 * Colours for diverging classes centred on zero: classes wholly below zero take the low
 * half, classes above the high half, a class straddling zero the neutral middle.
 */
export function divergingColours(p: Palette, breaks: number[], extent: [number, number]): string[] {
  const edges = [extent[0], ...breaks, extent[1]];
  const span = Math.max(Math.abs(extent[0]), Math.abs(extent[1])) || 1;
  return edges.slice(0, -1).map((lo, i) => {
    const hi = edges[i + 1];
    // A class holding values of both signs is neither side: a +0.6 in a class from -1.2 to
    // +0.8 must not look like a loss.
    if (lo < 0 && hi > 0) return p.at(0.5);
    const mid = (lo + hi) / 2;
    return p.at(0.5 + (0.5 * mid) / span);
  });
}

/**
 * Colours for 2n classes centred on zero (classify.ts, zeroCentredBreaks): the n below zero
 * from the low half of the palette, the n above from the high half, symmetric, the classes
 * next to zero palest but never the neutral middle (every class is a loss or a gain).
 */
export function centredColours(p: Palette, k: number): string[] {
  if (k <= 1) return [p.at(0.5)];
  const n = k / 2;
  return Array.from({ length: k }, (_, j) => p.at(0.5 + (0.5 * (j - n + 0.5)) / n));
}
