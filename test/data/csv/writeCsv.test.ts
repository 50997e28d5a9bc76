import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
  PLAIN_CSV,
  csvFormatFor,
  neutraliseText,
  writeCsv,
} from '../../../src/data/csv/writeCsv.ts';
import { readGrid } from '../../../src/data/readers/grid.ts';
import { parseNumber } from '../../../src/data/readers/parseNumber.ts';

const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?(\d+([.,]\d*)?|[.,]\d+)([eE][+-]?\d+)?$/;

/** Every field a spreadsheet would see, parsed with the file's own delimiter. */
function fields(text: string, delimiter: string): string[] {
  return Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { delimiter }).data.flat();
}

describe('neutraliseText(): one formula-injection rule', () => {
  it('neutralises =, +, -, @, tab and CR starts unless the cell is a plain number', () => {
    for (const s of ['=HYPERLINK("x")', '+cmd', "-2+3+cmd|' /C calc'!A0", '@SUM(A1)', '\tx', '\rx'])
      expect(neutraliseText(s)).toBe(`'${s}`);
    for (const s of ['-3.5', '-3,5', '+12', '1e-7', 'Акмолинская', '# spec'])
      expect(neutraliseText(s)).toBe(s);
  });
});

describe('writeCsv()', () => {
  const header = ['region', 'index', 'note'];
  const rows = [
    ['Акмолинская', 1417.77, '=1+1'],
    ['г. Алматы', -0.5, 'a; b, "c"'],
    ['Атырауская', null, Number.NaN],
  ];
  const meta: [string, string][] = [
    ['title', '@title'],
    ['spec', JSON.stringify({ label: "x,=cmd|' /C calc'!A0;=2+2", n: 1 })],
  ];

  it('under ru and kk: ;, decimal comma, BOM, CRLF, metadata after an empty row', () => {
    for (const lang of ['ru', 'kk']) {
      const text = writeCsv(header, rows, csvFormatFor(lang), meta);
      expect(text.startsWith('\ufeffregion;index;note\r\n')).toBe(true);
      expect(text).toContain("Акмолинская;1417,77;'=1+1\r\n");
      expect(text).toContain('г. Алматы;-0,5;"a; b, ""c"""\r\n');
      expect(text).toContain('Атырауская;;\r\n\r\n# title;');
    }
  });

  it("the plain style and English: , and . (the CLI's format has no BOM)", () => {
    expect(csvFormatFor('ru', 'plain')).toMatchObject({ delimiter: ',', decimal: '.' });
    expect(csvFormatFor('en')).toMatchObject({ delimiter: ',', decimal: '.', bom: true });
    const text = writeCsv(header, rows.slice(0, 1), PLAIN_CSV);
    expect(text).toBe("region,index,note\nАкмолинская,1417.77,'=1+1\n");
  });

  it('no field of any format starts a live formula, metadata included (crafted spec)', () => {
    for (const format of [csvFormatFor('ru'), csvFormatFor('en'), PLAIN_CSV]) {
      const all = fields(writeCsv(header, rows, format, meta), format.delimiter);
      expect(all).toContain('# spec');
      const live = all.filter((f) => FORMULA_START.test(f) && !PLAIN_NUMBER.test(f));
      expect(live).toEqual([]);
    }
  });

  it('a ru file written to disk reads back with ; and decimal commas through the app reader', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'atlas-csv-')), 'rating-ru.csv');
    writeFileSync(path, writeCsv(header, rows, csvFormatFor('ru'), meta), 'utf8');
    const bytes = new Uint8Array(readFileSync(path));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const grid = await readGrid(bytes, 'rating-ru.csv');
    expect(grid.ok).toBe(true);
    if (!grid.ok) return;
    expect(grid.value.delimiter).toBe(';');
    expect(grid.value.encoding).toBe('utf-8-bom');
    const r = grid.value.rows;
    expect(r[0]).toEqual(header);
    expect(r[1][1]).toBe('1417,77');
    expect(parseNumber(String(r[1][1]), ',')).toMatchObject({ value: 1417.77 });
    expect(parseNumber(String(r[2][1]), ',')).toMatchObject({ value: -0.5 });
    expect(r[2][2]).toBe('a; b, "c"');
    // The metadata block follows one empty row; the spec cell is the JSON, whole.
    const specRow = r.find((row) => row[0] === '# spec')!;
    expect(JSON.parse(String(specRow[1]))).toEqual({ label: "x,=cmd|' /C calc'!A0;=2+2", n: 1 });
  });
});
