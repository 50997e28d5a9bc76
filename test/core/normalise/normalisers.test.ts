import { describe, expect, it } from 'vitest';
import { distanceToTarget } from '../../../src/core/normalise/distanceToTarget.ts';
import { minMax } from '../../../src/core/normalise/minMax.ts';
import type { ColumnInput } from '../../../src/core/normalise/normalisedColumn.ts';
import { percentileRank } from '../../../src/core/normalise/percentileRank.ts';
import { ratioToMax } from '../../../src/core/normalise/ratioToMax.ts';
import { zScore } from '../../../src/core/normalise/zScore.ts';

const col = (values: (number | null)[], extra: Partial<ColumnInput> = {}): ColumnInput => ({
  indicator: 'X',
  units: values.map((_, i) => `R${i + 1}`),
  values,
  direction: 'higher',
  ...extra,
});
const codes = (r: { issues: { code: string }[] }) => r.issues.map((i) => i.code);

describe('ratioToMax()', () => {
  it('ratioToMax() is X / max X * 100 (seed 004 formula 1)', () => {
    expect(ratioToMax(col([2, 4, 8])).values).toEqual([25, 50, 100]);
  });
  it('ratioToMax() for lower-is-better is min X / X * 100', () => {
    expect(ratioToMax(col([2, 4, 8], { direction: 'lower' })).values).toEqual([100, 50, 25]);
  });
  it('ratioToMax() with a zero maximum warns zero-maximum and scores 0', () => {
    const r = ratioToMax(col([0, 0, 0]));
    expect(r.values).toEqual([0, 0, 0]);
    expect(codes(r)).toContain('zero-maximum');
  });
  it('ratioToMax() counts a negative value as 0 and names its region', () => {
    const r = ratioToMax(col([-2, 4, 8]));
    expect(r.values).toEqual([0, 50, 100]);
    expect(r.issues).toContainEqual(
      expect.objectContaining({ code: 'negative-value', where: { region: 'R1', indicator: 'X' } }),
    );
  });
  it('ratioToMax() lower-is-better with a zero minimum gives 100 to the zeros, 0 to the rest', () => {
    const r = ratioToMax(col([0, 4, 8], { direction: 'lower' }));
    expect(r.values).toEqual([100, 0, 0]);
    expect(codes(r)).toContain('zero-minimum');
  });
  it('ratioToMax() keeps missing values null and warns about fewer than 3 observations', () => {
    const r = ratioToMax(col([null, 4, 8]));
    expect(r.values).toEqual([null, 50, 100]);
    expect(codes(r)).toEqual(['few-observations']);
  });
  it('ratioToMax() of a constant column is 100 throughout, with a warning', () => {
    const r = ratioToMax(col([3, 3, 3]));
    expect(r.values).toEqual([100, 100, 100]);
    expect(codes(r)).toEqual(['constant-column']);
  });
  it('ratioToMax() of an empty column is all null with empty-column', () => {
    const r = ratioToMax(col([null, null]));
    expect(r.values).toEqual([null, null]);
    expect(codes(r)).toEqual(['empty-column']);
  });
});

describe('minMax()', () => {
  it('minMax() maps min to 0 and max to 100, reversed for lower-is-better', () => {
    expect(minMax(col([2, 4, 10])).values).toEqual([0, 25, 100]);
    expect(minMax(col([2, 4, 10], { direction: 'lower' })).values).toEqual([100, 75, 0]);
  });
  it('minMax() of a constant column is 50 with constant-column', () => {
    const r = minMax(col([7, 7, 7, null]));
    expect(r.values).toEqual([50, 50, 50, null]);
    expect(codes(r)).toEqual(['constant-column']);
  });
});

describe('zScore()', () => {
  it('zScore() uses the sample SD, like R scale()', () => {
    // R: scale(c(1, 2, 3, 6)) -> -0.9258201 -0.4629100 0.0000000 1.3887301 (Rscript, printed to 10 digits)
    const r = zScore(col([1, 2, 3, 6]));
    [-0.9258200998, -0.4629100499, 0, 1.3887301497].forEach((v, i) =>
      expect(r.values[i]).toBeCloseTo(v, 7),
    );
    expect(zScore(col([1, 2, 3, 6], { direction: 'lower' })).values[3]).toBeCloseTo(
      -1.3887301497,
      9,
    );
  });
  it('zScore() of a constant column is 0, not NaN', () => {
    const r = zScore(col([4, 4, 4]));
    expect(r.values).toEqual([0, 0, 0]);
    expect(codes(r)).toEqual(['constant-column']);
  });
  it('zScore() of a single value is 0 with few-observations', () => {
    const r = zScore(col([4, null]));
    expect(r.values).toEqual([0, null]);
    expect(codes(r)).toEqual(['few-observations']);
  });
});

describe('percentileRank()', () => {
  it('percentileRank() is (average rank - 1) / (n - 1) * 100', () => {
    // R: (rank(c(10, 30, 20, 20), ties.method = "average") - 1) / 3 * 100
    const r = percentileRank(col([10, 30, 20, 20]));
    expect(r.values).toEqual([0, 100, 50, 50]);
    expect(percentileRank(col([10, 30, 20], { direction: 'lower' })).values).toEqual([100, 0, 50]);
  });
  it('percentileRank() of a single value is 50', () => {
    expect(percentileRank(col([null, 3])).values).toEqual([null, 50]);
  });
});

describe('distanceToTarget()', () => {
  it('distanceToTarget() is min(X / T, 1) * 100, and min(T / X, 1) * 100 for lower', () => {
    expect(distanceToTarget(col([5, 10, 20], { target: 10 })).values).toEqual([50, 100, 100]);
    expect(
      distanceToTarget(col([5, 10, 20, 0], { target: 10, direction: 'lower' })).values,
    ).toEqual([100, 100, 50, 100]);
  });
  it('distanceToTarget() without a target is an error and scores 0', () => {
    const r = distanceToTarget(col([1, 2, 3]));
    expect(r.values).toEqual([0, 0, 0]);
    expect(r.issues).toContainEqual(
      expect.objectContaining({ code: 'missing-target', severity: 'error' }),
    );
    expect(codes(distanceToTarget(col([1, 2, 3], { target: -1 })))).toContain('invalid-target');
  });
});
