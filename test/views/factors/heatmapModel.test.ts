import { describe, expect, it } from 'vitest';
import { getDataset } from '../../../src/data/datasets/catalogue.ts';
import type { TableDataset } from '../../../src/data/types.ts';
import {
  heatmapModel,
  inkOn,
  luminance,
  maxAbsPerRow,
  NO_VALUE_FILL,
} from '../../../src/views/factors/heatmapModel.ts';

describe('maxAbsPerRow()', () => {
  it('maxAbsPerRow() picks the largest absolute value, negative ones included, first on ties', () => {
    expect(maxAbsPerRow([[0.1, -0.9, 0.5], [null, 0.2, -0.2], [null, null], []])).toEqual([
      1,
      1,
      null,
      null,
    ]);
  });
});

describe('heatmapModel()', () => {
  it("heatmapModel() marks exactly the cells seed 002's Table 2 sets in bold (one per row)", () => {
    const ds = getDataset('vko-loadings-published') as TableDataset;
    const cols = ['c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c7'];
    const values = ds.rows.map((r) => cols.map((c) => r.cells[c].value));
    const m = heatmapModel(values, { centre: 0, scale: 'linear', mark: 'max-abs-row', span: 1 });
    expect(m.nRows).toBe(20);
    expect(m.nCols).toBe(7);
    expect(m.cells).toHaveLength(140);
    for (let i = 0; i < 20; i++) {
      const marked = m.cells.filter((c) => c.row === i && c.marked).map((c) => cols[c.col]);
      const bundled = cols.filter((c) => ds.rows[i].cells[c].marked);
      expect(marked).toEqual(bundled);
      expect(marked).toHaveLength(1);
    }
    // Row 10 (wood): -0.924 in component 7 outweighs every positive loading.
    expect(m.cells.find((c) => c.row === 9 && c.marked)?.col).toBe(6);
  });

  it('heatmapModel() marks location quotients at or above the threshold and centres the colours on 1', () => {
    const m = heatmapModel(
      [
        [0.625, 1.25],
        [1.25, 1],
        [null, 2],
      ],
      { centre: 1, scale: 'log', mark: { atLeast: 1.25 } },
    );
    expect(m.cells.map((c) => c.marked)).toEqual([false, true, true, false, false, true]);
    const mid = m.cells.find((c) => c.value === 1)!;
    const low = m.cells.find((c) => c.value === 0.625)!;
    const high = m.cells.find((c) => c.value === 2)!;
    // 1 sits in the neutral middle: lighter than both ends, which lie on opposite hues.
    expect(luminance(mid.fill)).toBeGreaterThan(luminance(low.fill));
    expect(luminance(mid.fill)).toBeGreaterThan(luminance(high.fill));
    expect(low.fill).not.toBe(high.fill);
    expect(m.cells.find((c) => c.value === null)?.fill).toBe(NO_VALUE_FILL);
    // Log scale: the domain is symmetric in ratio around 1 (2 and 1/2).
    expect(m.domain[0]).toBeCloseTo(0.5, 12);
    expect(m.domain[1]).toBeCloseTo(2, 12);
  });

  it('inkOn() puts white text on dark fills and dark text on light ones (WCAG luminance)', () => {
    expect(inkOn('#000000')).toBe('#ffffff');
    expect(inkOn('rgb(250, 250, 250)')).toBe('#111827');
    expect(luminance('#ffffff')).toBeCloseTo(1, 12);
  });
});
