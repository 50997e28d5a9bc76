import { describe, expect, it } from 'vitest';
import { shiftShare, type ShiftShareRow } from '../../../src/core/index.ts';
import { loadMatrix, reference } from '../../fixtures/clusters/load.ts';

describe('shiftShare()', () => {
  it('reproduces the hand-checked 2 x 2 case of test/fixtures/clusters/README.md', () => {
    const r = shiftShare({
      start: {
        rows: ['A', 'B'],
        columns: ['i1', 'i2'],
        values: [
          [100, 50],
          [100, 250],
        ],
      },
      end: {
        rows: ['A', 'B'],
        columns: ['i1', 'i2'],
        values: [
          [120, 50],
          [90, 300],
        ],
      },
    });
    expect(r.nationalGrowth).toBeCloseTo(0.12, 14);
    const a1 = r.rows[0];
    expect(a1.change).toBe(20);
    expect(a1.national).toBeCloseTo(12, 12);
    expect(a1.mix).toBeCloseTo(-7, 12);
    expect(a1.competitive).toBeCloseTo(15, 12);
    expect(a1.em_competitive).toBeCloseTo(9, 12);
    expect(a1.em_allocation).toBeCloseTo(6, 12);
    const b2 = r.rows[3];
    expect(b2.change).toBe(50);
    expect(b2.national).toBeCloseTo(30, 12);
    expect(b2.mix).toBeCloseTo(250 * (1 / 6 - 0.12), 12);
    expect(b2.competitive).toBeCloseTo(50 / 6, 12);
    expect(b2.em_competitive).toBeCloseTo(7, 12);
    expect(b2.em_allocation).toBeCloseTo(4 / 3, 12);
    const a2 = r.rows[1];
    expect([a2.national, a2.mix, a2.competitive]).toEqual(
      [6, 50 * (1 / 6 - 0.12), -6 - 50 * (1 / 6 - 0.12)].map((v) => expect.closeTo(v, 12)),
    );
    expect(a2.em_competitive).toBeCloseTo(-15, 12);
    expect(a2.em_allocation).toBeCloseTo(20 / 3, 12);
    const b1 = r.rows[2];
    expect(b1.competitive).toBeCloseTo(-15, 12);
    expect(b1.em_competitive).toBeCloseTo(-21, 12);
    expect(b1.em_allocation).toBeCloseTo(6, 12);
  });

  it('matches the NumPy reference on 16 regions x 8 industries, term by term', () => {
    const r = shiftShare({
      start: loadMatrix('employment-start.csv'),
      end: loadMatrix('employment-end.csv'),
    });
    expect(r.nationalGrowth).toBeCloseTo(reference.shift_share.national_growth, 14);
    expect(r.rows).toHaveLength(reference.shift_share.rows.length);
    const keys = ['change', 'national', 'mix', 'competitive', 'em_competitive', 'em_allocation'];
    r.rows.forEach((row, k) => {
      const ref = reference.shift_share.rows[k];
      expect(row.region).toBe(ref.region);
      expect(row.industry).toBe(ref.industry);
      for (const key of keys) {
        const v = row[key as keyof ShiftShareRow];
        if (ref[key] === null) expect(v).toBeNull();
        else expect(v as number).toBeCloseTo(ref[key] as number, 8);
      }
    });
    // The edge case of the fixture: no agriculture in Almaty city at the start.
    const ala = r.rows.find((x) => x.region === 'KZ-ALA' && x.industry === 'agriculture')!;
    expect(ala.competitive).not.toBeNull();
    expect(ala.em_competitive).toBeNull();
  });

  it('uses given national totals instead of the sum of regions', () => {
    const m = (v: number[][]) => ({ rows: ['A', 'B'], columns: ['i1', 'i2'], values: v });
    const r = shiftShare({
      start: m([
        [100, 50],
        [100, 250],
      ]),
      end: m([
        [120, 50],
        [90, 300],
      ]),
      national: { start: [1000, 1000], end: [1000, 1200] },
    });
    expect(r.nationalGrowth).toBeCloseTo(0.1, 14);
    expect(r.rows[0].mix).toBeCloseTo(100 * (0 - 0.1), 12);
  });

  it('lists every region and industry that is in one matrix only', () => {
    const r = shiftShare({
      start: {
        rows: ['A', 'B'],
        columns: ['i1', 'i2'],
        values: [
          [1, 2],
          [3, 4],
        ],
      },
      end: {
        rows: ['A', 'C'],
        columns: ['i1', 'i3'],
        values: [
          [1, 2],
          [3, 4],
        ],
      },
    });
    expect(r.rows).toEqual([]);
    expect(r.issues.map((x) => x.code).sort()).toEqual([
      'industry-only-at-end',
      'industry-only-at-start',
      'region-only-at-end',
      'region-only-at-start',
    ]);
  });
});
