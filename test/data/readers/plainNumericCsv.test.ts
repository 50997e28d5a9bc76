/**
 * readPlainNumericCsv (the CLI's lean reading of plain numeric tables) against the general
 * reader: through readInput, with and without the fast path, every generated file must give
 * the same matrix, spreadsheet rows and columns, warnings and errors; and plain files must
 * actually take the fast path, with numbers equal to Number() of their text.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readInput } from '../../../src/cli/readInput.ts';
import { IO_ROW_LABELS, isIoRowLabel } from '../../../src/data/readers/ioTable.ts';
import { readPlainNumericCsv } from '../../../src/data/readers/plainNumericCsv.ts';
import { TOTAL_LABELS, isTotalLabel } from '../../../src/data/readers/totalLabels.ts';

const dir = mkdtempSync(join(tmpdir(), 'atlas-plain-'));
let fileNo = 0;
const enc = new TextEncoder();

/** readInput's answer as data: the input or the error, and the warnings it printed. */
async function outcome(path: string, plainFastPath: boolean) {
  const warnings: string[] = [];
  try {
    const input = await readInput(path, {
      regions: false,
      plainFastPath,
      warn: (l) => warnings.push(l),
    });
    return { input, warnings };
  } catch (err) {
    return { error: (err as Error).message, warnings };
  }
}

function write(bytes: Uint8Array, ext: string): string {
  const path = join(dir, `t${fileNo++}.${ext}`);
  writeFileSync(path, bytes);
  return path;
}

// Numbers as programs and people write them: plain ones (the fast path's) and the rest.
const plainNumberArb = fc.oneof(
  fc
    .double({ min: -1e6, max: 1e6, noNaN: true })
    .chain((v) => fc.integer({ min: 0, max: 12 }).map((d) => v.toFixed(d))),
  fc.integer({ min: -1e9, max: 1e9 }).map(String),
  // Up to 25 digits: beyond 15 significant digits the reader calls Number() itself.
  fc
    .tuple(
      fc.boolean(),
      fc.stringMatching(/^[0-9]{1,13}$/),
      fc.option(fc.stringMatching(/^[0-9]{1,12}$/)),
    )
    .map(([neg, int, frac]) => `${neg ? '-' : ''}${int}${frac === null ? '' : `.${frac}`}`),
  fc.constantFrom('-0.000000', '0', '007', '-0', '9007199254740993', '0.1', '123456789012345.6'),
);
const otherNumberArb = fc.constantFrom(
  '',
  'NA',
  '-',
  '1,5',
  ' 2',
  '3 ',
  '+1',
  '1.',
  '.5',
  '1e3',
  '1 417,77',
  '12%',
  'abc',
  '"4"',
  '5;6',
  '\u22125',
  '1.2.3',
);
const plainLabelArb = fc.oneof(
  fc.integer({ min: 1, max: 99999 }).map((i) => `o${i}`),
  fc.constantFrom('Qwerty', 'obs 3', '  spaced  ', 'Наблюдение 1', 'x-1', '42', '7.5'),
);
const otherLabelArb = fc.constantFrom(
  '',
  ' ',
  'Akmola',
  'Almaty',
  'Алматы',
  'Акмолинская',
  'Akmolaa',
  'Total',
  'Республика Казахстан',
  'value added',
  'Total output',
  'a"b',
  'a\tb',
  'a;b',
);
const plainHeaderArb = fc.constantFrom('v1', 'v2', 'GRP (mln tenge)', 'Доля %', ' x ', 'n2');
const otherHeaderArb = fc.constantFrom('', '№', 'year', 'n', 'Год', 'v1', 'a"b', 'a;b');

interface Spec {
  header: string[];
  rows: string[][];
  eol: string;
  trailing: string;
  bom: boolean;
  ext: string;
}

const specArb = (clean: boolean): fc.Arbitrary<Spec> =>
  fc
    .integer({ min: 1, max: 4 })
    .chain(
      (p) =>
        fc.record({
          header: fc.tuple(
            clean
              ? fc.constantFrom('label', ' name ', 'Наблюдение')
              : fc.oneof(plainHeaderArb, otherHeaderArb),
            clean
              ? fc.uniqueArray(plainHeaderArb, { minLength: p, maxLength: p })
              : fc.array(fc.oneof(plainHeaderArb, otherHeaderArb), { minLength: p, maxLength: p }),
          ),
          rows: fc.array(
            fc.tuple(
              clean ? plainLabelArb : fc.oneof(plainLabelArb, plainLabelArb, otherLabelArb),
              fc.array(
                clean
                  ? plainNumberArb
                  : fc.oneof(plainNumberArb, plainNumberArb, plainNumberArb, otherNumberArb),
                { minLength: clean ? p : p - 1, maxLength: clean ? p : p + 1 },
              ),
            ),
            { minLength: clean ? 1 : 0, maxLength: 7 },
          ),
          eol: clean ? fc.constant('\n') : fc.constantFrom('\n', '\n', '\r\n'),
          trailing: clean ? fc.constantFrom('', '\n') : fc.constantFrom('', 'EOL', 'EOLEOL'),
          bom: fc.boolean(),
          ext: clean ? fc.constantFrom('csv', 'txt') : fc.constantFrom('csv', 'csv', 'txt', 'tsv'),
        }) as fc.Arbitrary<{
          header: [string, string[]];
          rows: [string, string[]][];
          eol: string;
          trailing: string;
          bom: boolean;
          ext: string;
        }>,
    )
    .map((s) => ({
      header: [s.header[0], ...s.header[1]],
      rows: s.rows.map(([l, xs]) => [l, ...xs]),
      eol: s.eol,
      trailing: s.trailing,
      bom: s.bom,
      ext: s.ext,
    }));

/** A plain table with one thing changed: a header, a label, a cell, a row's length or the file's form. */
const oneChangeArb: fc.Arbitrary<Spec> = specArb(true).chain((s) =>
  fc.oneof(
    fc
      .tuple(fc.nat(s.header.length - 1), fc.oneof(otherHeaderArb, plainHeaderArb))
      .map(([j, h]) => ({ ...s, header: s.header.map((x, k) => (k === j ? h : x)) })),
    fc.tuple(fc.nat(s.rows.length - 1), otherLabelArb).map(([i, l]) => ({
      ...s,
      rows: s.rows.map((r, k) => (k === i ? [l, ...r.slice(1)] : r)),
    })),
    fc
      .tuple(fc.nat(s.rows.length - 1), fc.nat(s.header.length - 2), otherNumberArb)
      .map(([i, j, v]) => ({
        ...s,
        rows: s.rows.map((r, k) => (k === i ? r.map((x, c) => (c === j + 1 ? v : x)) : r)),
      })),
    fc.tuple(fc.nat(s.rows.length - 1), fc.boolean()).map(([i, longer]) => ({
      ...s,
      rows: s.rows.map((r, k) => (k === i ? (longer ? [...r, '1'] : r.slice(0, -1)) : r)),
    })),
    fc.constantFrom<Spec>(
      { ...s, eol: '\r\n' },
      { ...s, trailing: '\n\n' },
      { ...s, ext: 'tsv' },
      { ...s, rows: [] },
      { ...s, rows: [...s.rows, ['', ...s.header.slice(1).map(() => '')]] },
    ),
  ),
);

function bytesOf(s: Spec): Uint8Array {
  const body = [s.header, ...s.rows].map((r) => r.join(',')).join(s.eol);
  const tail = s.trailing.replace(/EOL/g, s.eol);
  const text = enc.encode(body + tail);
  if (!s.bom) return text;
  const out = new Uint8Array(text.length + 3);
  out.set([0xef, 0xbb, 0xbf]);
  out.set(text, 3);
  return out;
}

// Each generated file is read twice, the general way with region matching; a few hundred
// files take a while on a loaded machine.
const TIMEOUT_MS = 180_000;

describe('readPlainNumericCsv', () => {
  it(
    'plain tables take the fast path and read as the general reader reads them',
    async () => {
      await fc.assert(
        fc.asyncProperty(specArb(true), async (spec) => {
          const bytes = bytesOf(spec);
          const plain = readPlainNumericCsv(bytes, `t.${spec.ext}`);
          expect(plain).not.toBeNull();
          // Numbers equal Number() of their text (-0 read as 0).
          spec.rows.forEach((r, i) =>
            r.slice(1).forEach((cell, j) => {
              const v = Number(cell);
              expect(Object.is(plain!.values[i][j], v === 0 ? 0 : v)).toBe(true);
            }),
          );
          const path = write(bytes, spec.ext);
          const [fast, general] = await Promise.all([outcome(path, true), outcome(path, false)]);
          expect(general.error).toBeUndefined();
          expect(fast).toEqual(general);
        }),
        { numRuns: 150, seed: 14 },
      );
    },
    TIMEOUT_MS,
  );

  it(
    'any other table reads (or fails) exactly as without the fast path',
    async () => {
      let answered = 0;
      await fc.assert(
        fc.asyncProperty(fc.oneof(oneChangeArb, oneChangeArb, specArb(false)), async (spec) => {
          const bytes = bytesOf(spec);
          if (readPlainNumericCsv(bytes, `t.${spec.ext}`)) answered++;
          const path = write(bytes, spec.ext);
          const [fast, general] = await Promise.all([outcome(path, true), outcome(path, false)]);
          expect(fast).toEqual(general);
        }),
        { numRuns: 400, seed: 2024 },
      );
      // Some of the generated files are plain after all, so both branches were compared.
      expect(answered).toBeGreaterThan(0);
    },
    TIMEOUT_MS,
  );

  it('a long file of observations o1, o2, ... (labels set aside as plain, matchRegions.ts)', async () => {
    const rows = Array.from(
      { length: 1200 },
      (_, i) => `o${i + 1},${(i * 0.37 - 200).toFixed(6)},${i % 7},${(1 / (i + 1)).toFixed(9)}`,
    );
    const bytes = enc.encode(['label,a,b,c', ...rows].join('\n') + '\n');
    expect(readPlainNumericCsv(bytes, 'big.csv')).not.toBeNull();
    const path = write(bytes, 'csv');
    const [fast, general] = await Promise.all([outcome(path, true), outcome(path, false)]);
    expect(fast.input?.matrix.values).toHaveLength(1200);
    expect(fast).toEqual(general);
  });

  it.each([
    ['a region among the labels', 'label,a\no1,1\nAkmola,2\no3,3\n'],
    ['a national total', 'label,a\no1,1\nTotal,2\no3,3\n'],
    ['a row-number column', 'label,№,a\no1,1,5\no2,2,6\n'],
    ['a year column', 'label,year,a\no1,2001,5\no2,2002,6\n'],
    ['a missing value', 'label,a\no1,1\no2,\n'],
    ['a decimal comma', 'label;a\no1;1,5\no2;2,5\n'],
    ['quotes', 'label,a\n"o1",1\no2,2\n'],
    ['CRLF line ends', 'label,a\r\no1,1\r\no2,2\r\n'],
    ['a blank line', 'label,a\no1,1\n\no2,2\n'],
    ['a repeated header', 'label,a,a\no1,1,2\n'],
    [
      'an input-output table',
      'industry,A,B\nA,1,2\nB,3,4\ntotal output,10,10\nvalue added,5,5\nhousehold income,2,2\n',
    ],
  ])('leaves %s to the general reader', (_, text) => {
    expect(readPlainNumericCsv(enc.encode(text), 't.csv')).toBeNull();
  });

  it('checks only labels without a digit for totals and input-output rows: no spelling has one', () => {
    // readPlainNumericCsv skips isTotalLabel/isIoRowLabel for labels with an ASCII digit.
    expect(TOTAL_LABELS.source).not.toMatch(/[0-9]|\\d/);
    for (const spellings of Object.values(IO_ROW_LABELS)) {
      for (const l of spellings) expect(l).not.toMatch(/[0-9]/);
    }
    // Both checks keep a label's digits, so a digit anywhere rules a label out.
    for (const l of ['Total 1', 'total output 2', '1 всего', 'value added.9']) {
      expect(isTotalLabel(l)).toBe(false);
      expect(isIoRowLabel(l)).toBe(false);
    }
    expect(isTotalLabel('Total')).toBe(true);
    expect(isIoRowLabel('total output')).toBe(true);
  });

  it.each([
    ['an empty last cell', 'label,a,b\no1,1,\n'],
    ['an empty last cell at the end of the file', 'label,a,b\no1,1,'],
    ['a lone minus sign', 'label,a\no1,-\n'],
    ['a minus sign inside a number', 'label,a\no1,1-2\n'],
    ['a trailing dot', 'label,a\no1,1.\n'],
    ['a row longer than the header', 'label,a\no1,1,2\n'],
  ])('leaves %s to the general reader too', (_, text) => {
    expect(readPlainNumericCsv(enc.encode(text), 't.csv')).toBeNull();
  });

  it('reads the last cell of a file without a final line end, and long numbers through Number()', () => {
    const t = readPlainNumericCsv(
      enc.encode('label,a,b\no1,-0.000,12345678901234567890.5\no2,7,-1.25'),
      't.csv',
    );
    expect(t?.values).toEqual([
      [0, Number('12345678901234567890.5')],
      [7, -1.25],
    ]);
    expect(Object.is(t?.values[0][0], 0)).toBe(true);
    expect(t?.rows).toEqual(['o1', 'o2']);
  });

  it('refuses Windows-1251 text (the general reader warns about it)', () => {
    const bytes = new Uint8Array([...enc.encode('label,a\n'), 0xcf, 0xf0, ...enc.encode(',1\n')]);
    expect(readPlainNumericCsv(bytes, 't.csv')).toBeNull();
  });
});
