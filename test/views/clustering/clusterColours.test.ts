import { describe, expect, it } from 'vitest';
import {
  clusterColour,
  clusterPalette,
  KELLY_20,
} from '../../../src/views/clustering/clusterColours.ts';
import { CATEGORICAL } from '../../../src/views/map/palettes.ts';

const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
const distance = (a: string, b: string) => Math.hypot(...rgb(a).map((x, i) => x - rgb(b)[i]));

describe('clusterColour()', () => {
  it('clusterColour() keeps the colour-blind-safe Okabe-Ito colours up to eight groups', () => {
    expect(Array.from({ length: 8 }, (_, g) => clusterColour(g + 1, 8))).toEqual(CATEGORICAL);
  });
  it('clusterColour() gives 9 to 20 groups 9 to 20 different colours (groups 1 and 9 differ)', () => {
    for (let k = 9; k <= 20; k++) {
      const colours = Array.from({ length: k }, (_, g) => clusterColour(g + 1, k));
      expect(new Set(colours).size).toBe(k);
    }
    expect(clusterColour(1, 14)).not.toBe(clusterColour(9, 14));
  });
  it("clusterPalette(20) is Kelly's list, no two closer than its closest published pair (yellow F3C300 vs greenish yellow DCD300, 28 RGB units)", () => {
    expect(clusterPalette(20)).toBe(KELLY_20);
    let min = Infinity;
    for (let i = 0; i < KELLY_20.length; i++)
      for (let j = i + 1; j < KELLY_20.length; j++)
        min = Math.min(min, distance(KELLY_20[i], KELLY_20[j]));
    expect(min).toBeCloseTo(28.02, 1);
    expect(distance('#F3C300', '#DCD300')).toBeCloseTo(min, 9);
  });
  it("clusterColour(g, k, 'kelly') gives Kelly's colours at every k, so a group keeps its colour across cuts", () => {
    expect(clusterPalette(4, 'kelly')).toBe(KELLY_20);
    expect(Array.from({ length: 4 }, (_, g) => clusterColour(g + 1, 4, 'kelly'))).toEqual(
      KELLY_20.slice(0, 4),
    );
    expect(clusterColour(3, 4, 'kelly')).toBe(clusterColour(3, 12, 'kelly'));
    expect(clusterColour(3, 4, 'okabe-ito')).not.toBe(clusterColour(3, 12, 'okabe-ito'));
  });
});
