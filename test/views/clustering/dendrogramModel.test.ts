import { describe, expect, it } from 'vitest';
import { hclust, type HclustTree } from '../../../src/core/index.ts';
import {
  heightForK,
  kAtHeight,
  layoutDendrogram,
  type DendrogramBox,
} from '../../../src/views/clustering/dendrogramModel.ts';
import reference from './fixtures/dendrogram_reference.json';

const BOX: DendrogramBox = {
  width: 440,
  height: 120,
  margin: { top: 10, right: 20, bottom: 10, left: 20 },
};

// A hand-checked tree in R's form: n = 4, observations 2 and 4 merge at 1, then 1 joins
// them at 2, then 3 joins at 3. R's order walks the last merge left first: 3, 1, 2, 4.
const SMALL: HclustTree = {
  n: 4,
  merge: [
    [-2, -4],
    [-1, 1],
    [-3, 2],
  ],
  height: [1, 2, 3],
  order: [3, 1, 2, 4],
};

describe('layoutDendrogram()', () => {
  it('layoutDendrogram() spaces leaves evenly in R order and puts each merge at the midpoint of its parts', () => {
    const l = layoutDendrogram(SMALL, 2, BOX);
    // Plot 400 px wide, 4 leaves: centres at 20 + 50, 150, 250, 350.
    expect(l.leaves.map((x) => [x.obs, x.x])).toEqual([
      [2, 70],
      [0, 170],
      [1, 270],
      [3, 370],
    ]);
    // Merge 1 joins obs 2 (x 270) and 4 (x 370); merge 2 joins obs 1 (170) and merge 1 (320);
    // merge 3 joins obs 3 (70) and merge 2 (245).
    expect(l.links.map((k) => k.x)).toEqual([320, 245, 157.5]);
    // maxHeight = 3 * 1.08; y = 110 - h / 3.24 * 100.
    expect(l.links[0].y).toBeCloseTo(110 - (1 / 3.24) * 100, 2);
    expect(l.links[2].y).toBeCloseTo(110 - (3 / 3.24) * 100, 2);
    expect(l.links[0].d).toBe(`M270,110V${l.links[0].y}H370V110`);
  });

  it('layoutDendrogram() colours the merges inside each group and leaves the joins above the cut grey', () => {
    const l = layoutDendrogram(SMALL, 2, BOX);
    // k = 2: cutree applies merges 1 and 2 -> {1, 2, 4} is group 1 and {3} group 2.
    expect(l.leaves.map((x) => x.group)).toEqual([2, 1, 1, 1]);
    expect(l.links.map((k) => k.group)).toEqual([1, 1, null]);
    expect(layoutDendrogram(SMALL, 4, BOX).links.every((k) => k.group === null)).toBe(true);
  });

  for (const method of ['ward.D2', 'average'] as const) {
    it(`layoutDendrogram() places every node where R's as.dendrogram() midpoints do (${method})`, () => {
      const ref = reference[method];
      const tree: HclustTree = {
        n: ref.n,
        merge: ref.merge.map((r) => [r[0], r[1]] as [number, number]),
        height: ref.height,
        order: ref.order,
      };
      const box: DendrogramBox = {
        width: 1632,
        height: 500,
        margin: { top: 0, right: 16, bottom: 0, left: 16 },
      };
      const l = layoutDendrogram(tree, 3, box);
      const step = (box.width - 32) / ref.n;
      const toR = (px: number) => (px - 16) / step + 0.5;
      l.links.forEach((k, s) => expect(toR(k.x)).toBeCloseTo(ref.nodeX[s], 3));
      l.links.forEach((k, s) => expect(l.heightOf(k.y)).toBeCloseTo(ref.height[s], 1));
      expect(l.leaves).toHaveLength(16);
    });
  }
});

describe('cut line', () => {
  it('kAtHeight() applies every merge at or below the line (R cutree(h = ))', () => {
    expect(kAtHeight(SMALL, 0.5)).toBe(4);
    expect(kAtHeight(SMALL, 1)).toBe(3);
    expect(kAtHeight(SMALL, 1.5)).toBe(3);
    expect(kAtHeight(SMALL, 2.5)).toBe(2);
    expect(kAtHeight(SMALL, 3.2)).toBe(1);
    expect(kAtHeight(SMALL, -10)).toBe(4);
  });

  it('heightForK() sits midway between the last merge applied and the next', () => {
    expect(heightForK(SMALL, 4)).toBe(0.5);
    expect(heightForK(SMALL, 3)).toBe(1.5);
    expect(heightForK(SMALL, 2)).toBe(2.5);
    expect(heightForK(SMALL, 1)).toBeCloseTo((3 + 3 * 1.06) / 2, 12);
  });

  it('kAtHeight(heightForK(k)) gives k back for every k of a real tree', () => {
    const ref = reference['ward.D2'];
    const tree = hclust(
      // Any data with distinct merge heights will do; the reference tree's own heights are distinct.
      Array.from({ length: 12 }, (_, i) => [Math.sin(i * 1.7) * 3, Math.cos(i * 0.9) * 2, i % 4]),
      'ward',
    );
    for (let k = 1; k <= tree.n; k++) expect(kAtHeight(tree, heightForK(tree, k))).toBe(k);
    const rt: HclustTree = {
      ...ref,
      merge: ref.merge.map((r) => [r[0], r[1]] as [number, number]),
    };
    for (let k = 1; k <= rt.n; k++) expect(kAtHeight(rt, heightForK(rt, k))).toBe(k);
  });
});

describe('height axis', () => {
  it('labels the height from 0 in round steps of 1, 2 or 5 times a power of ten', () => {
    // SMALL: maxHeight = 3 * 1.08 = 3.24.
    expect(layoutDendrogram(SMALL, 2, BOX).ticks).toEqual([0, 0.5, 1, 1.5, 2, 2.5, 3]);
    const tall = { ...SMALL, height: [10, 40, 78.7] };
    expect(layoutDendrogram(tall, 2, BOX).ticks).toEqual([0, 20, 40, 60, 80]);
  });
});
