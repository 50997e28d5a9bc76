import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  IoError,
  householdIncomeMultipliers,
  ioMultipliers,
  leontiefInverse,
  technicalCoefficients,
} from '../../../src/core/io/index.ts';

const dir = fileURLToPath(new URL('../../fixtures/io/', import.meta.url));
interface Ref {
  Z?: number[][];
  x?: number[];
  A: number[][];
  v: number[];
  h: number[];
  L: number[][];
  output: number[];
  valueAdded: number[];
  income: number[];
}
const two = JSON.parse(readFileSync(`${dir}two_sector.json`, 'utf8')) as Ref;
const three = JSON.parse(readFileSync(`${dir}three_sector.json`, 'utf8')) as Ref;
const maxDiff = (a: number[], b: number[]) => Math.max(...a.map((v, i) => Math.abs(v - b[i])));

function codeOf(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(IoError);
    return (e as IoError).code;
  }
  return 'no error';
}

describe('technicalCoefficients()', () => {
  it('technicalCoefficients() divides each flow by the output of its column (Miller & Blair 2.3)', () => {
    const a = technicalCoefficients(two.Z!, two.x!);
    expect(maxDiff(a.flat(), two.A.flat())).toBeLessThan(1e-15);
  });

  it('technicalCoefficients() names industries with zero output', () => {
    expect(codeOf(() => technicalCoefficients(two.Z!, [1000, 0], ['farm', 'mill']))).toBe(
      'zero-output',
    );
  });
});

describe('ioMultipliers()', () => {
  it('ioMultipliers() from flows matches the 2x2 closed form', () => {
    const r = ioMultipliers({ z: two.Z!, x: two.x!, v: two.v, h: two.h });
    expect(maxDiff(r.leontief.flat(), two.L.flat())).toBeLessThan(1e-13);
    expect(maxDiff(r.output, two.output)).toBeLessThan(1e-13);
    expect(maxDiff(r.valueAdded!, two.valueAdded)).toBeLessThan(1e-13);
    expect(maxDiff(r.income!, two.income)).toBeLessThan(1e-13);
    // With v the whole rest of each column, every unit of final demand becomes one unit of
    // value added: v L = 1' (Miller & Blair 2009, section 6.2).
    r.valueAdded!.forEach((m) => expect(m).toBeCloseTo(1, 13));
    expect(r.output.map((m) => Math.round(m * 1000) / 1000)).toEqual([1.518, 1.452]);
  });

  it('ioMultipliers() from A matches numpy on the 3-sector table', () => {
    const r = ioMultipliers({ a: three.A, v: three.v, h: three.h });
    expect(maxDiff(r.leontief.flat(), three.L.flat())).toBeLessThan(1e-13);
    expect(maxDiff(r.output, three.output)).toBeLessThan(1e-13);
    expect(maxDiff(r.valueAdded!, three.valueAdded)).toBeLessThan(1e-13);
    expect(maxDiff(r.income!, three.income)).toBeLessThan(1e-13);
  });

  it('ioMultipliers() leaves value-added and income multipliers null without v and h', () => {
    const r = ioMultipliers({ a: three.A });
    expect(r.valueAdded).toBeNull();
    expect(r.income).toBeNull();
  });
});

describe('leontiefInverse() and multipliers: named errors', () => {
  it('leontiefInverse() refuses a non-square matrix', () => {
    expect(codeOf(() => leontiefInverse([[0.1, 0.2]]))).toBe('not-square');
  });
  it('leontiefInverse() refuses negative coefficients', () => {
    expect(
      codeOf(() =>
        leontiefInverse([
          [0.1, -0.2],
          [0.3, 0.1],
        ]),
      ),
    ).toBe('negative-coefficient');
  });
  it('leontiefInverse() reports a singular I - A', () => {
    expect(
      codeOf(() =>
        leontiefInverse([
          [0.5, 0.5],
          [0.5, 0.5],
        ]),
      ),
    ).toBe('singular');
  });
  it('leontiefInverse() reports an unproductive table (negative entries in L)', () => {
    expect(
      codeOf(() =>
        leontiefInverse([
          [0.5, 1],
          [1, 0.5],
        ]),
      ),
    ).toBe('not-productive');
  });
  it('leontiefInverse() names industries whose inputs add up to 1 or more', () => {
    try {
      leontiefInverse(
        [
          [0, 0],
          [1.5, 0],
        ],
        ['ore', 'steel'],
      );
      expect.unreachable();
    } catch (e) {
      expect((e as IoError).code).toBe('column-sum-not-below-one');
      expect((e as IoError).issues.map((i) => i.where?.column)).toEqual(['ore']);
    }
  });
  it('householdIncomeMultipliers() refuses h_j = 0 and names the industry', () => {
    const l = leontiefInverse(three.A);
    try {
      householdIncomeMultipliers([0.2, 0, 0.3], l, ['a', 'b', 'c']);
      expect.unreachable();
    } catch (e) {
      expect((e as IoError).code).toBe('zero-income-ratio');
      expect((e as IoError).message).toContain('b');
    }
  });
});
