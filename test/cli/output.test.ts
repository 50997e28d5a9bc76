import { describe, expect, it } from 'vitest';
import { matrixToCsv, toCsv } from '../../src/cli/output.ts';

describe('CLI CSV: the shared writer and its injection rule', () => {
  it("neutralises formula-like text, '-2+3+cmd|...' included, but leaves numbers alone", () => {
    const out = toCsv([
      { a: '=HYPERLINK("x")', b: -12.5 },
      { a: "-2+3+cmd|' /C calc'!A0", b: '-12.5' },
      { a: '@SUM(A1)', b: '+cmd' },
      { a: '\tTAB', b: 'Astana' },
    ]);
    expect(out).toBe(
      "a,b\n\"'=HYPERLINK(\"\"x\"\")\",-12.5\n'-2+3+cmd|' /C calc'!A0,-12.5\n'@SUM(A1),'+cmd\n'\tTAB,Astana\n",
    );
  });
  it('matrixToCsv() writes labels and numbers with , and .', () => {
    expect(matrixToCsv(['=r'], ['c'], [[1.5]], 'v')).toBe("v,c\n'=r,1.5\n");
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
