/**
 * The chunked CSV parse (what the import worker uses to report progress) gives exactly the grid
 * and the issues of the one-call parse, whatever the chunk size: quoted cells with separators
 * and line breaks across chunk borders, unclosed and malformed quotes, every line ending.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvToGrid, guessNewline } from '../../../src/data/readers/grid.ts';

const cellArb = fc.oneof(
  fc.constantFrom('Akmola', 'г. Алматы', '', '1 417,77', '"', '""', '"a;b"', '"x\ny"', 'a"b', ';'),
  fc.string({ maxLength: 6 }),
  fc.stringMatching(/^[a"\r\n;,]{0,6}$/),
);
const csvArb = fc
  .tuple(
    fc.array(fc.array(cellArb, { minLength: 0, maxLength: 5 }), { minLength: 0, maxLength: 8 }),
    fc.constantFrom(',', ';'),
    fc.constantFrom('\n', '\r\n', '\r'),
  )
  .map(([rows, d, nl]) => rows.map((r) => r.join(d)).join(nl));

describe('chunked CSV parse', () => {
  it('gives the same grid and issues as the one-call parse for any chunk size', () => {
    fc.assert(
      fc.property(csvArb, fc.integer({ min: 1, max: 24 }), (text, chunkSize) => {
        const seen: number[] = [];
        const whole = csvToGrid(text, 'f.csv');
        const chunked = csvToGrid(
          text,
          'f.csv',
          {},
          { onProgress: (f) => seen.push(f), chunkSize },
        );
        expect(chunked).toEqual(whole);
        // progress never goes back and ends at the whole text
        for (let i = 1; i < seen.length; i++) expect(seen[i]).toBeGreaterThanOrEqual(seen[i - 1]);
        if (seen.length > 0) expect(seen[seen.length - 1]).toBe(1);
      }),
      { numRuns: 1500 },
    );
  });

  it('reports progress chunk by chunk on a large text', () => {
    const text = ['region;x', ...Array.from({ length: 5000 }, (_, i) => `"R ${i}";${i},5`)].join(
      '\n',
    );
    const seen: number[] = [];
    const g = csvToGrid(text, 'big.csv', {}, { onProgress: (f) => seen.push(f), chunkSize: 4096 });
    expect(g.ok && g.value.rows.length).toBe(5001);
    expect(seen.length).toBeGreaterThan(10);
    expect(seen[0]).toBeLessThan(0.1);
    expect(seen[seen.length - 1]).toBe(1);
  });

  it('guesses the line ending as papaparse does', () => {
    expect(guessNewline('a;b\r\nc;d\r\n')).toBe('\r\n');
    expect(guessNewline('a;b\rc;d')).toBe('\r');
    expect(guessNewline('a;b\nc;d')).toBe('\n');
    expect(guessNewline('"x\r\ny"\nb')).toBe('\n');
  });
});
