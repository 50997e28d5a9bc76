import { describe, expect, it } from 'vitest';
import { neutraliseCsvCell, toCsv } from '../../src/cli/output.ts';

describe('neutraliseCsvCell()', () => {
  it('prefixes formula-like text with an apostrophe but leaves negative numbers alone', () => {
    expect(neutraliseCsvCell('=HYPERLINK("x")')).toBe('\'=HYPERLINK("x")');
    expect(neutraliseCsvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(neutraliseCsvCell('+cmd')).toBe("'+cmd");
    expect(neutraliseCsvCell('-12.5')).toBe('-12.5');
    expect(neutraliseCsvCell('Astana')).toBe('Astana');
  });
});

describe('toCsv()', () => {
  it('quotes commas and quotes, and writes the union of keys as the header', () => {
    expect(
      toCsv([
        { a: 1, b: 'x,y' },
        { a: 2, c: 'q"r' },
      ]),
    ).toBe('a,b,c\n1,"x,y",\n2,,"q""r"\n');
  });
});
