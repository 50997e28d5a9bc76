import { describe, expect, it } from 'vitest';
import { aggregateUnits, allocateUnits } from '../../../src/core/index.ts';

// Hand-checked: parts A (pop 100, rate 10 %), B (pop 300, rate 2 %) make unit AB:
// pop 400; rate (100 * 10 + 300 * 2) / 400 = 4 %; the undeclared column is unknown for AB.
const table = {
  values: [
    [100, 10, 7],
    [300, 2, 8],
    [50, 5, 9],
  ],
  kinds: ['additive', 'weighted', 'other'] as const,
  weightColumn: 0,
};

describe('aggregateUnits()', () => {
  it('aggregateUnits() sums additive columns and weights rates by the weight column', () => {
    const r = aggregateUnits({ ...table, kinds: [...table.kinds] }, [[0, 1], [2]], ['AB', 'C']);
    expect(r.values).toEqual([
      [400, 4, null],
      [50, 5, 9],
    ]);
    expect(r.issues).toEqual([]);
  });
  it('aggregateUnits() makes the whole missing when a part is missing', () => {
    const values = [
      [100, null, 7],
      [null, 2, 8],
    ];
    const r = aggregateUnits({ ...table, kinds: [...table.kinds], values }, [[0, 1]]);
    expect(r.values).toEqual([[null, null, null]]);
  });
  it('aggregateUnits() reports a zero total weight instead of dividing by it', () => {
    const values = [
      [0, 1, 0],
      [0, 2, 0],
    ];
    const r = aggregateUnits({ ...table, kinds: [...table.kinds], values }, [[0, 1]], ['AB']);
    expect(r.values[0][1]).toBeNull();
    expect(r.issues.map((i) => i.code)).toEqual(['crosswalk-zero-weight']);
  });
});

describe('allocateUnits()', () => {
  it('allocateUnits() splits additive columns by the shares and carries rates', () => {
    const r = allocateUnits({ ...table, kinds: [...table.kinds] }, [0, 0, 2], [0.25, 0.75, 1]);
    expect(r.values).toEqual([
      [25, 10, 7],
      [75, 10, 7],
      [50, 5, 9],
    ]);
    expect(r.issues).toEqual([]);
  });
  it('allocateUnits() names a parent whose shares do not sum to 1', () => {
    const r = allocateUnits({ ...table, kinds: [...table.kinds] }, [0, 0], [0.5, 0.6], ['P']);
    expect(r.issues.map((i) => [i.code, i.where?.region])).toEqual([['crosswalk-shares-sum', 'P']]);
  });
});
