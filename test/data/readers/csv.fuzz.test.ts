/**
 * Property-based robustness of the table readers: malformed CSV (random bytes, ragged rows,
 * stray quotes, every delimiter, odd numbers) must always give a Result, never an exception,
 * every error must name its row (and column where it is about a cell), and script-like text
 * must come back unchanged as inert strings.
 */
import { missingParams } from '../../../src/i18n/issueText.ts';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildIndicatorTable } from '../../../src/data/readers/indicatorTable.ts';
import { buildIoTable } from '../../../src/data/readers/ioTable.ts';
import { csvToGrid, readGrid } from '../../../src/data/readers/grid.ts';
import { parseNumber } from '../../../src/data/readers/parseNumber.ts';
import type { Result } from '../../../src/core/index.ts';
import { PAYLOADS, badNumbers } from './fuzzHelpers.ts';

// Thousands of generated inputs take tens of seconds on a loaded 2-core machine; the test
// checks robustness, not speed (speed belongs in benchmarks).
const FUZZ_TIMEOUT_MS = 180_000;

const cellArb = fc.oneof(
  fc.constantFrom(
    'Akmola',
    'г. Алматы',
    'Туркестанская',
    'Atlantis',
    '',
    '-',
    '—',
    'н/д',
    'NA',
    '1 417,77',
    '−5',
    '12%',
    '1,234',
    'abc',
    '"',
    '""',
    ';',
    ',',
    '\t',
    '\n',
    '1e400',
    'NaN',
  ),
  fc.constantFrom(...PAYLOADS),
  fc.double({ noNaN: false }).map(String),
  fc.string({ maxLength: 12 }),
);
const rowArb = fc.array(cellArb, { minLength: 0, maxLength: 6 });
const csvArb = fc
  .tuple(
    fc.array(rowArb, { minLength: 0, maxLength: 8 }),
    fc.constantFrom(',', ';', '\t', '|'),
    fc.constantFrom('\n', '\r\n', '\r'),
  )
  .map(([rows, d, nl]) => rows.map((r) => r.join(d)).join(nl));

function checkResult(r: Result<unknown>, stats: { rejections: number }): void {
  expect(typeof r.ok).toBe('boolean');
  if (r.ok) {
    expect(Array.isArray(r.warnings)).toBe(true);
    expect(badNumbers(r.value)).toEqual([]);
  } else {
    stats.rejections++;
    expect(r.issues.length).toBeGreaterThan(0);
    for (const i of r.issues) {
      expect(i.where?.file).toBeTruthy();
      expect(i.message.length).toBeGreaterThan(10);
      // Every issue reads in Russian and Kazakh with all its specifics filled in.
      expect(missingParams(i), i.code).toEqual([]);
      // Cell-level codes name the row and the column as a spreadsheet shows them.
      if (
        [
          'not-a-number',
          'extra-cells',
          'missing-cells',
          'missing-header',
          'negative-flow',
          'labels-differ',
        ].includes(i.code)
      ) {
        expect(i.where?.row).toBeGreaterThanOrEqual(1);
        expect(i.where?.column).toMatch(/^[A-Z]+( \(.*\))?$/s);
      }
      if (['missing-region', 'unclosed-quote', 'no-data-rows'].includes(i.code))
        expect(i.where?.row).toBeGreaterThanOrEqual(1);
    }
  }
}

describe('CSV readers under fuzzing', () => {
  it(
    'buildIndicatorTable() and buildIoTable() return a Result with placed issues for any CSV text',
    () => {
      const stats = { inputs: 0, rejections: 0, exceptions: 0, payloads: 0 };
      try {
        fc.assert(
          fc.property(csvArb, (text) => {
            stats.inputs++;
            if (PAYLOADS.some((p) => text.includes(p))) stats.payloads++;
            const g = csvToGrid(text, 'fuzz.csv');
            checkResult(g, stats);
            if (!g.ok) return;
            checkResult(buildIndicatorTable(g.value), stats);
            checkResult(buildIoTable(g.value), stats);
          }),
          { numRuns: 8000, seed: 20240501 },
        );
      } catch (e) {
        stats.exceptions++;
        throw e;
      }
      console.log(
        `csv fuzz: inputs=${stats.inputs} rejections=${stats.rejections} uncaught=${stats.exceptions} payload-inputs=${stats.payloads}`,
      );
      expect(stats.inputs).toBe(8000);
    },
    FUZZ_TIMEOUT_MS,
  );

  it(
    'readGrid() survives random bytes (any encoding, fake ZIP headers)',
    async () => {
      const stats = { inputs: 0, rejections: 0 };
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(
            fc.uint8Array({ maxLength: 200 }),
            fc.uint8Array({ maxLength: 100 }).map((b) => Uint8Array.from([0x50, 0x4b, 3, 4, ...b])),
            fc.uint8Array({ maxLength: 60 }).map((b) => Uint8Array.from([0xff, 0xfe, ...b])),
          ),
          async (bytes) => {
            stats.inputs++;
            checkResult(await readGrid(bytes, 'fuzz.bin'), stats);
          },
        ),
        { numRuns: 2000, seed: 7 },
      );
      console.log(`bytes fuzz: inputs=${stats.inputs} rejections=${stats.rejections} uncaught=0`);
    },
    FUZZ_TIMEOUT_MS,
  );

  it(
    'script payloads in region names and headers pass through as unchanged text',
    () => {
      let tried = 0;
      fc.assert(
        fc.property(fc.constantFrom(...PAYLOADS), fc.constantFrom(...PAYLOADS), (label, header) => {
          tried++;
          const text = `Region,"${header.replace(/"/g, '""')}"\n"${label.replace(/"/g, '""')}",5\nAkmola,6\n`;
          const g = csvToGrid(text, 'p.csv');
          expect(g.ok).toBe(true);
          if (!g.ok) return;
          const t = buildIndicatorTable(g.value);
          expect(t.ok).toBe(true);
          if (!t.ok) return;
          expect(t.value.rows[0].label).toBe(label);
          expect(t.value.columns[1].name).toBe(header);
          expect(t.value.rows[0].regionCode).toBeNull();
        }),
        { numRuns: 200, seed: 3 },
      );
      console.log(`csv payloads: tried=${tried} kept-verbatim=${tried}`);
    },
    FUZZ_TIMEOUT_MS,
  );

  it(
    'parseNumber() never returns NaN or Infinity',
    () => {
      fc.assert(
        fc.property(fc.string({ maxLength: 20 }), fc.constantFrom(',', '.'), (s, d) => {
          const p = parseNumber(s, d as ',' | '.');
          if (p.kind === 'number') expect(Number.isFinite(p.value)).toBe(true);
        }),
        { numRuns: 2000, seed: 11 },
      );
    },
    FUZZ_TIMEOUT_MS,
  );
});
