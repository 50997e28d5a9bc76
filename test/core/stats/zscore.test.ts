import { describe, expect, it } from 'vitest';
import { zScoreColumns } from '../../../src/core/stats/zscore.ts';

describe('zScoreColumns()', () => {
  // Reference: R 4.x, scale(cbind(c(1, 2, 3, 4), c(10, 10, 10, 10)))[, 1]
  //   = -1.1618950 -0.3872983  0.3872983  1.1618950 (sample SD = 1.290994)
  it('scales with the sample standard deviation as R scale() does', () => {
    const r = zScoreColumns([
      [1, 10],
      [2, 10],
      [3, 10],
      [4, 10],
    ]);
    expect(r.data.map((row) => row[0])).toEqual(
      [-1.161895, -0.3872983, 0.3872983, 1.161895].map((v) => expect.closeTo(v, 6)),
    );
    expect(r.stats[0].sd).toBeCloseTo(1.290994, 6);
  });

  it('reports a constant column and maps it to zeros instead of NaN', () => {
    const r = zScoreColumns([
      [1, 10],
      [2, 10],
    ]);
    expect(r.constant).toEqual([1]);
    expect(r.data.map((row) => row[1])).toEqual([0, 0]);
  });
});
