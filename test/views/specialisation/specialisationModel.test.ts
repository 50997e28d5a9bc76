import { describe, expect, it } from 'vitest';
import { specialisation } from '../../../src/core/index.ts';
import { getDataset } from '../../../src/data/datasets/catalogue.ts';
import type { TableDataset } from '../../../src/data/types.ts';
import {
  classLabel,
  itShareClasses,
  LQ_CANDIDATE,
  lqHeatmap,
} from '../../../src/views/specialisation/specialisationModel.ts';

describe('lqHeatmap()', () => {
  it('lqHeatmap() marks LQ >= 1.25 as cluster candidates (hand-computed 2 x 2 matrix)', () => {
    // E = [[10, 30], [30, 30]]: E_r = 40, 60; E_i = 40, 60; E = 100.
    // LQ = (E_ir / E_r) / (E_i / E) = [[0.625, 1.25], [1.25, 0.8333]].
    const res = specialisation({
      rows: ['KZ-AKM', 'KZ-AKT'],
      columns: ['a', 'b'],
      values: [
        [10, 30],
        [30, 30],
      ],
    });
    const m = lqHeatmap(res);
    expect(m.cells.map((c) => c.value)).toEqual([0.625, 1.25, 1.25, expect.closeTo(0.8333, 4)]);
    expect(m.cells.map((c) => c.marked)).toEqual([false, true, true, false]);
    expect(LQ_CANDIDATE).toBe(1.25);
  });
});

describe('itShareClasses()', () => {
  it("itShareClasses() leaves seed 004 Table 7's '-' regions without a fill (hatched as no data)", () => {
    const ds = getDataset('it-specialisation-published') as TableDataset;
    for (const [year, dashes] of [
      [2010, ['KZ-ATY', 'KZ-KUS', 'KZ-KZY', 'KZ-MAN', 'KZ-PAV']],
      [2014, ['KZ-ATY', 'KZ-KUS', 'KZ-KZY']],
    ] as const) {
      const c = itShareClasses(ds, year);
      const missing = [...c.values]
        .filter(([, v]) => v === null)
        .map(([k]) => k)
        .sort();
      expect(missing).toEqual([...dashes].sort());
      for (const k of dashes) expect(c.fill.has(k)).toBe(false);
      expect(c.fill.size).toBe(16 - dashes.length);
      // Almaty city (0.683 / 0.634) is alone in the top class.
      expect(c.classes[0].count).toBe(1);
      expect(c.values.get('KZ-ALA')).toBe(year === 2010 ? 0.683 : 0.634);
    }
  });
});

describe('classLabel()', () => {
  it('classLabel() writes open classes with < and ≥ and closed ones as a range', () => {
    const num = (x: number | null) => (x === null ? '—' : x.toFixed(2));
    expect(classLabel({ from: null, to: 0.5 }, num)).toBe('< 0.50');
    expect(classLabel({ from: 0.5, to: 1 }, num)).toBe('0.50 – 1.00');
    expect(classLabel({ from: 1, to: null }, num)).toBe('≥ 1.00');
    expect(classLabel({ from: null, to: null }, num)).toBe('');
  });
});
