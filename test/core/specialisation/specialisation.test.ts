import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { prepareEmployment } from '../../../src/core/specialisation/prepareEmployment.ts';
import { hooverIndex } from '../../../src/core/specialisation/hooverIndex.ts';
import { krugmanIndex } from '../../../src/core/specialisation/krugmanIndex.ts';
import { krugmanIndexRest } from '../../../src/core/specialisation/krugmanIndexRest.ts';
import { locationalGini } from '../../../src/core/specialisation/locationalGini.ts';
import { locationQuotient } from '../../../src/core/specialisation/locationQuotient.ts';
import { regionalShare } from '../../../src/core/specialisation/regionalShare.ts';
import { specialisation } from '../../../src/core/specialisation/specialisation.ts';

function csv(name: string): string[][] {
  const dir = fileURLToPath(new URL('../../fixtures/specialisation/', import.meta.url));
  return readFileSync(dir + name, 'utf8')
    .trim()
    .split('\n')
    .map((l) => l.split(','));
}
const [head, ...rows] = csv('employment.csv');
const input = {
  rows: rows.map((r) => r[0]),
  columns: head.slice(1),
  values: rows.map((r) => r.slice(1).map(Number)),
};
const regionsRef = csv('reference-regions.csv').slice(1);
const shareRef = csv('reference-share.csv').slice(1);
const industriesRef = csv('reference-industries.csv').slice(1);
const I = input.columns.length;
const close = (a: number | null, b: string) => expect(a).toBeCloseTo(Number(b), 12);

describe('specialisation measures against base R (reference.R)', () => {
  const p = prepareEmployment(input);
  it('locationQuotient() matches (E_ir/E_r)/(E_i/E)', () => {
    locationQuotient(p).forEach((row, r) => row.forEach((v, i) => close(v, regionsRef[r][1 + i])));
  });
  it('krugmanIndex() matches sum_i |E_ir/E_r - E_i/E|', () => {
    krugmanIndex(p).forEach((v, r) => close(v, regionsRef[r][1 + I]));
  });
  it('krugmanIndexRest() matches the comparison with the rest of the country', () => {
    krugmanIndexRest(p).forEach((v, r) => close(v, regionsRef[r][2 + I]));
  });
  it('regionalShare() matches E_ir/E_i', () => {
    regionalShare(p).forEach((row, r) => row.forEach((v, i) => close(v, shareRef[r][1 + i])));
  });
  it('hooverIndex() and locationalGini() match per industry', () => {
    hooverIndex(p).forEach((v, i) => close(v, industriesRef[i][1]));
    locationalGini(p).forEach((v, i) => close(v, industriesRef[i][2]));
  });
  it('specialisation() bundles every measure with no issues on clean data', () => {
    const s = specialisation(input);
    expect(s.issues).toEqual([]);
    expect(s.ksiRest).toEqual(krugmanIndexRest(p));
    expect(s.gini).toEqual(locationalGini(p));
  });
});

describe('specialisation edge cases', () => {
  it('a region with the same structure as the country has KSI 0 and every LQ 1', () => {
    const s = specialisation({
      rows: ['a', 'b'],
      columns: ['x', 'y'],
      values: [
        [10, 30],
        [20, 60],
      ],
    });
    expect(s.ksi).toEqual([0, 0]);
    expect(s.lq.flat().every((v) => Math.abs(v! - 1) < 1e-12)).toBe(true);
    expect(s.hoover.every((v) => Math.abs(v!) < 1e-12)).toBe(true);
  });
  it('empty regions and industries give null and named warnings, never NaN', () => {
    const s = specialisation({
      rows: ['a', 'b', 'c'],
      columns: ['x', 'y', 'z'],
      values: [
        [0, 0, 0],
        [5, null, 0],
        [5, -1, 0],
      ],
    });
    expect(s.lq[0]).toEqual([null, null, null]);
    expect(s.ksi[0]).toBeNull();
    expect(s.share.map((row) => row[2])).toEqual([null, null, null]);
    expect(s.hoover[2]).toBeNull();
    expect(s.issues.map((i) => i.code).sort()).toEqual(
      [
        'empty-industry',
        'empty-industry',
        'empty-region',
        'missing-employment',
        'negative-value',
      ].sort(),
    );
    const nums = [s.lq, s.share, [s.ksi, s.ksiRest, s.hoover, s.gini]].flat(2);
    expect(nums.every((v) => v === null || Number.isFinite(v))).toBe(true);
  });
  it('krugmanIndexRest() is null when one region holds everything', () => {
    const s = specialisation({ rows: ['a', 'b'], columns: ['x'], values: [[5], [0]] });
    expect(s.ksiRest).toEqual([null, null]);
  });
});
