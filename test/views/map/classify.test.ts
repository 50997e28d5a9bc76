import { describe, expect, it } from 'vitest';
import {
  niceCeil,
  zeroCentredBreaks,
  classify,
  classOf,
  customBreaks,
  equalIntervalBreaks,
  jenksBreaks,
  paperBreaks,
  checkBreaks,
  quantileBreaks,
  stdDevBreaks,
} from '../../../src/views/map/classify.ts';
import ref from '../../fixtures/map/classify.json';

const ssdOf = (values: number[], breaks: number[]): number => {
  const groups = new Map<number, number[]>();
  for (const v of values) {
    const c = classOf(v, breaks)!;
    groups.set(c, [...(groups.get(c) ?? []), v]);
  }
  let total = 0;
  for (const g of groups.values()) {
    const m = g.reduce((a, b) => a + b, 0) / g.length;
    total += g.reduce((a, b) => a + (b - m) ** 2, 0);
  }
  return total;
};

describe('jenksBreaks()', () => {
  for (const c of ref.jenks) {
    it(`jenksBreaks() matches the ${c.method} optimum for ${c.name}, k = ${c.k}`, () => {
      const b = jenksBreaks(c.values, c.k);
      expect(b).toEqual(c.breaks);
      expect(ssdOf(c.values, b)).toBeCloseTo(c.ssd, 8);
    });
  }
  it('jenksBreaks() gives fewer classes than asked when there are fewer distinct values', () => {
    expect(jenksBreaks([1, 1, 2, 2, null], 4)).toEqual([2]);
  });
});

describe('quantileBreaks()', () => {
  for (const c of ref.quantile) {
    it(`quantileBreaks() equals numpy.quantile (type 7) for ${c.name}, k = ${c.k}`, () => {
      const b = quantileBreaks(c.values, c.k);
      expect(b.length).toBe(c.breaks.length);
      b.forEach((x, i) => expect(x).toBeCloseTo(c.breaks[i], 10));
    });
  }
  it('quantileBreaks() collapses tied breaks', () => {
    expect(quantileBreaks([5, 5, 5, 5, 9], 4)).toEqual([5]);
  });
});

describe('other classifications', () => {
  it('equalIntervalBreaks() splits the range into k equal parts', () => {
    expect(equalIntervalBreaks([0, 3, 10, null], 5)).toEqual([2, 4, 6, 8]);
    expect(equalIntervalBreaks([4, 4], 3)).toEqual([]);
  });
  it('stdDevBreaks() puts breaks at mean + (j - k/2) sample SDs', () => {
    // mean 5, sample SD sqrt(((−3)²+(−1)²+1²+3²)/3) = sqrt(20/3)
    const sd = Math.sqrt(20 / 3);
    const b = stdDevBreaks([2, 4, 6, 8], 4);
    [5 - sd, 5, 5 + sd].forEach((x, i) => expect(b[i]).toBeCloseTo(x, 12));
    const b5 = stdDevBreaks([2, 4, 6, 8], 5);
    expect(b5[1]).toBeCloseTo(5 - 0.5 * sd, 12);
  });
  it("paperBreaks() is seed 004's Table 1 scale: 10, 20, ..., 90", () => {
    expect(paperBreaks()).toEqual([10, 20, 30, 40, 50, 60, 70, 80, 90]);
  });
  it('classOf() includes the lower bound, as Table 1 of seed 004 does', () => {
    const b = paperBreaks();
    expect(classOf(30, b)).toBe(3);
    expect(classOf(29.99, b)).toBe(2);
    expect(classOf(0, b)).toBe(0);
    expect(classOf(100, b)).toBe(9);
    expect(classOf(null, b)).toBeNull();
    expect(classOf(Number.NaN, b)).toBeNull();
  });
  it('customBreaks() sorts and drops duplicates', () => {
    expect(customBreaks([30, 10, 10, Number.NaN])).toEqual([10, 30]);
  });
  it('checkBreaks() reads either decimal mark and thousands spaces', () => {
    expect(checkBreaks('20,5; 10 ; 1 000; 40.5;')).toEqual({
      breaks: [10, 20.5, 40.5, 1000],
      issues: [],
    });
  });
  it('checkBreaks() lets nothing in "abc; 30,5; ; 999" pass silently', () => {
    const r = checkBreaks('abc; 30,5; ; 999', [12, 85]);
    expect(r.issues.map((i) => [i.code, i.severity, i.params])).toEqual([
      ['break-not-a-number', 'error', { position: 1, value: 'abc' }],
      ['break-empty', 'error', { position: 3 }],
    ]);
    // Once the typing is fixed, the break above every value is still flagged (an empty class).
    const fixed = checkBreaks('30,5; 999', [12, 85]);
    expect(fixed.breaks).toEqual([30.5, 999]);
    expect(fixed.issues.map((i) => [i.code, i.severity])).toEqual([
      ['break-out-of-range', 'warning'],
    ]);
    expect(checkBreaks('30; 30', [12, 85]).issues.map((i) => i.code)).toEqual(['break-duplicate']);
    expect(checkBreaks('  ').issues.map((i) => i.code)).toEqual(['break-empty']);
  });
  it('classify() counts the values per class and skips missing ones', () => {
    const r = classify([5, 15, 15, null, 95], 'paper', 5);
    expect(r.classes).toEqual([0, 1, 1, null, 9]);
    expect(r.counts.reduce((a, b) => a + b, 0)).toBe(4);
    expect(r.counts[1]).toBe(2);
    expect(r.extent).toEqual([5, 95]);
  });
});

describe('zeroCentredBreaks()', () => {
  it('niceCeil() rounds up to 1, 2, 2.5 or 5 times a power of ten', () => {
    expect([0.7, 1, 1.2, 2.2, 3, 7, 10, 11, 0.031].map(niceCeil)).toEqual([
      1, 1, 2, 2.5, 5, 10, 10, 20, 0.05,
    ]);
  });
  it('puts 0 between n equal classes a side, wide enough for the largest change', () => {
    // max |x| = 7.3, k = 6 -> n = 3, w = niceCeil(7.3 / 3 = 2.43) = 2.5.
    expect(zeroCentredBreaks([-7.3, -1, 0.4, 2, null, 5], 6)).toEqual([-5, -2.5, 0, 2.5, 5]);
    // k = 4 -> n = 2, w = niceCeil(0.9 / 2) = 0.5.
    expect(zeroCentredBreaks([0.1, 0.9, 0.3], 4)).toEqual([-0.5, 0, 0.5]);
    // All gains: the loss classes stay (and are empty); k = 1 still splits at 0.
    expect(zeroCentredBreaks([3], 1)).toEqual([0]);
    expect(zeroCentredBreaks([0, 0], 5)).toEqual([0]);
    expect(zeroCentredBreaks([null], 5)).toEqual([]);
  });
});
