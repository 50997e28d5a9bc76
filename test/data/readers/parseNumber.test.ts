import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseNumber } from '../../../src/data/readers/parseNumber.ts';

// parseNumber() answers plain cells ('-0.123456', '42') before its general rules; a leading
// space sends the same text through the general rules (they trim it first), so both must agree.
describe('parseNumber() on plain cells', () => {
  const plain = fc
    .tuple(
      fc.boolean(),
      fc.stringMatching(/^\d{1,20}$/),
      fc.option(fc.stringMatching(/^\d{1,12}$/), { nil: undefined }),
    )
    .map(([neg, int, frac]) => `${neg ? '-' : ''}${int}${frac === undefined ? '' : `.${frac}`}`);

  it('reads them as the general rules do, with either decimal separator', () => {
    fc.assert(
      fc.property(plain, fc.constantFrom<',' | '.'>(',', '.'), (cell, decimal) => {
        expect(parseNumber(cell, decimal)).toEqual(parseNumber(` ${cell}`, decimal));
      }),
      { numRuns: 2000 },
    );
  });

  it('gives 0 for -0 and the thousands reading of 1.234 under a decimal comma', () => {
    expect(parseNumber('-0')).toEqual({ kind: 'number', value: 0, percent: false });
    expect(Object.is((parseNumber('-0.0') as { value: number }).value, 0)).toBe(true);
    expect(parseNumber('1.234', ',')).toEqual({ kind: 'number', value: 1234, percent: false });
    expect(parseNumber('-12.5')).toEqual({ kind: 'number', value: -12.5, percent: false });
  });
});
