import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeColumns, readIndicatorTable } from '../../../src/data/readers/indicatorTable.ts';
import { readGrid } from '../../../src/data/readers/grid.ts';
import { toIndicatorMatrix } from '../../../src/data/readers/indicatorMatrix.ts';
import { csvTemplate } from '../../../src/data/readers/csvTemplate.ts';
import { decodeText } from '../../../src/data/readers/decodeText.ts';
import { parseNumber } from '../../../src/data/readers/parseNumber.ts';
import { detectDelimiter } from '../../../src/data/readers/detectDelimiter.ts';
import { unitFromHeader, directionFromHeader } from '../../../src/data/readers/columnTypes.ts';
import { matchRegions } from '../../../src/data/readers/matchRegions.ts';

const fx = (name: string) => readFileSync(join(__dirname, '../../fixtures/readers', name));
const enc = (s: string) => new TextEncoder().encode(s);

describe('parseNumber()', () => {
  it.each([
    ['1 417,77', ',', 1417.77],
    ['1\u00a0417,77', ',', 1417.77],
    ['1\u202f417,77', ',', 1417.77],
    ['1\u2009417.77', '.', 1417.77],
    ["1'417.77", '.', 1417.77],
    ['\u22125', '.', -5],
    ['-5', '.', -5],
    ['12,5%', ',', 12.5],
    ['1.234,5', '.', 1234.5],
    ['1,234.5', ',', 1234.5],
    ['1,234', '.', 1234],
    ['1,234', ',', 1.234],
    ['0,70', '.', 0.7],
  ] as const)("parseNumber('%s', '%s') is %d", (s, d, v) => {
    expect(parseNumber(s, d)).toMatchObject({ kind: 'number', value: v });
  });
  it.each(['-', '—', '…', 'н/д', 'NA', '', '  '])("parseNumber('%s') is missing", (s) => {
    expect(parseNumber(s).kind).toBe('missing');
  });
  it.each(['abc', '1 41,7', '1e999', '--5', '1,2,3,4', '12a'])(
    "parseNumber('%s') is invalid",
    (s) => {
      expect(parseNumber(s).kind).toBe('invalid');
    },
  );
});

describe('decodeText() and detectDelimiter()', () => {
  it('decodeText() reads Windows-1251, UTF-8 with BOM and UTF-16 LE', () => {
    const a = decodeText(fx('kireeva-2010-table2-cp1251.csv'));
    expect(a.ok && a.value.encoding).toBe('windows-1251');
    expect(a.ok && a.value.text).toContain('Акмолинская');
    const b = decodeText(fx('kireeva-2010-table2-utf8bom.csv'));
    expect(b.ok && b.value.encoding).toBe('utf-8-bom');
    const u16 = new Uint8Array([0xff, 0xfe, 0x10, 0x04, 0x31, 0x00]);
    const c = decodeText(u16);
    expect(c.ok && c.value.text).toBe('А1');
  });
  it('detectDelimiter() picks ; for a decimal-comma file even when , splits rows evenly', () => {
    expect(detectDelimiter('a;b;c\nx;1,5;2,5\ny;3,5;4,5\n').delimiter).toBe(';');
    expect(detectDelimiter('a,b\nx,1\ny,2\n').delimiter).toBe(',');
    expect(detectDelimiter('a\tb\nx\t1,5\n').delimiter).toBe('\t');
  });
  it('unitFromHeader() and directionFromHeader() read the header', () => {
    expect(unitFromHeader('GRP (million tenge)')).toBe('million tenge');
    expect(unitFromHeader('Share, %')).toBe('%');
    expect(unitFromHeader('Population')).toBe('');
    expect(directionFromHeader('Выбросы загрязняющих веществ')).toBe('lower');
    expect(directionFromHeader('Unemployment rate')).toBe('lower');
    expect(directionFromHeader('GRP')).toBe('higher');
  });
});

describe('readIndicatorTable()', () => {
  it('readIndicatorTable() reads the Russian Excel CSV of seed 004 Table 2 (2010)', async () => {
    const r = await readIndicatorTable(fx('kireeva-2010-table2-cp1251.csv'), 't2.csv');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const t = r.value;
    expect([t.encoding, t.delimiter, t.decimal, t.scheme, t.schemeSource]).toEqual([
      'windows-1251',
      ';',
      ',',
      '2014',
      'detected',
    ]);
    expect(t.columns.map((c) => c.type)).toEqual([
      'ordinal',
      'region',
      'numeric',
      'numeric',
      'numeric',
      'numeric',
    ]);
    expect(t.columns[2].unit).toBe('млн тенге');
    expect(t.columns[5].direction).toBe('lower');
    expect(t.rows).toHaveLength(16);
    expect(t.rows.map((x) => x.regionCode)).not.toContain(null);
    // Seed 004 Table 2 printed values: Akmola GRP 585 965,4; Almaty city emissions 11,0.
    expect(t.rows[0]).toMatchObject({ row: 2, label: 'Акмолинская', regionCode: 'KZ-AKM' });
    expect(t.rows[0].values[2]).toBe(585965.4);
    expect(t.rows[15]).toMatchObject({ regionCode: 'KZ-ALA' });
    expect(t.rows[15].values[5]).toBe(11);
    expect(t.missingRegions).toEqual([]);
  });
  it('readIndicatorTable() reads the XLSX fixture, first sheet by default and another on request', async () => {
    const r = await readIndicatorTable(fx('kireeva-2010-small.xlsx'), 'small.xlsx');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.sheetNames).toEqual(['Table 2 (2010)', 'Notes']);
    expect(r.value.rows.map((x) => x.regionCode)).toEqual([
      'KZ-AKM',
      'KZ-AKT',
      'KZ-ALM',
      'KZ-ATY',
      'KZ-VOS',
    ]);
    expect(r.value.rows[1].values[1]).toBe(1173592.9);
    const g = await readGrid(fx('kireeva-2010-small.xlsx'), 'small.xlsx', { sheet: 'Notes' });
    expect(g.ok && g.value.sheet).toBe('Notes');
    expect(g.ok && describeColumns(g.value).map((c) => c.type)).toEqual(['region', 'year', 'text']);
    const missing = await readIndicatorTable(fx('kireeva-2010-small.xlsx'), 'small.xlsx', {
      sheet: 'Nope',
    });
    expect(!missing.ok && missing.issues[0].code).toBe('sheet-not-found');
  });
  it('readIndicatorTable() names every row with the wrong number of cells', async () => {
    const r = await readIndicatorTable(fx('broken-delimiters.csv'), 'bd.csv');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const errs = r.issues.filter((i) => i.severity === 'error');
    expect(errs.map((i) => [i.code, i.where?.row, i.where?.column])).toEqual([
      ['extra-cells', 3, 'D'],
      ['missing-cells', 4, 'C (Employed (persons))'],
    ]);
  });
  it('readIndicatorTable() names every text cell in a numeric column', async () => {
    const r = await readIndicatorTable(fx('broken-text-in-numbers.csv'), 'tn.csv');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(
      r.issues.filter((i) => i.code === 'not-a-number').map((i) => [i.where?.row, i.where?.column]),
    ).toEqual([
      [3, 'B (GRP (million tenge))'],
      [5, 'C (Employed (persons))'],
    ]);
  });
  it('readIndicatorTable() suggests regions for unknown names and flags duplicates', async () => {
    const r = await readIndicatorTable(fx('broken-unknown-regions.csv'), 'ur.csv');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const un = r.warnings.filter((w) => w.code === 'unmatched-region').map((w) => w.where?.row);
    expect(un).toContain(3);
    const ust = r.value.rows.find((x) => x.label === 'Ust-Kamenogorsk')!;
    expect(ust.regionCode).toBeNull();
    expect(ust.suggestions[0].code).toBe('KZ-VOS');
    expect(r.warnings.some((w) => w.code === 'duplicate-region' && w.where?.row === 6)).toBe(true);
    const fixed = await readIndicatorTable(fx('broken-unknown-regions.csv'), 'ur.csv', {
      regionOverrides: { 5: 'KZ-VOS' },
    });
    expect(fixed.ok && fixed.value.rows[3].regionCode).toBe('KZ-VOS');
  });
  it('readIndicatorTable() refuses empty files and files over the size limit', async () => {
    const e = await readIndicatorTable(new Uint8Array(0), 'e.csv');
    expect(!e.ok && e.issues[0].code).toBe('empty-file');
    const big = await readIndicatorTable(new Uint8Array(10 * 1024 * 1024 + 1), 'b.csv');
    expect(!big.ok && big.issues[0].code).toBe('file-too-large');
  });
  it('matchRegions() detects the current scheme from Turkistan and Shymkent', () => {
    const m = matchRegions(['Туркестанская область', 'г. Шымкент', 'Akmola']);
    expect(m.scheme).toBe('current');
    expect(m.matches.map((x) => x.regionCode)).toEqual(['KZ-61', 'KZ-79', 'KZ-11']);
  });
});

describe('toIndicatorMatrix() and csvTemplate()', () => {
  it('toIndicatorMatrix() gives region codes, chosen columns and values', async () => {
    const r = await readIndicatorTable(fx('kireeva-2010-table2-cp1251.csv'), 't2.csv');
    if (!r.ok) throw new Error('fixture must read');
    const names = r.value.columns.filter((c) => c.type === 'numeric').map((c) => c.name);
    const m = toIndicatorMatrix(r.value, [names[0], names[3]]);
    expect(m.ok).toBe(true);
    if (!m.ok) return;
    expect(m.value.rows[0]).toBe('KZ-AKM');
    expect(m.value.values[0]).toEqual([585965.4, 72.9]);
    expect(m.value.directions).toEqual(['higher', 'lower']);
    const bad = toIndicatorMatrix(r.value, ['Регион Казахстана', 'nope']);
    expect(!bad.ok && bad.issues.map((i) => i.code)).toEqual([
      'not-numeric-column',
      'unknown-column',
    ]);
  });
  it('csvTemplate() lists 20 current regions and a filled template reads back', async () => {
    const csv = csvTemplate('rating', 'current');
    const lines = csv.trim().split('\r\n');
    expect(lines).toHaveLength(21);
    const filled = lines
      .map((l, i) => (i === 0 ? l : l.replace(/,+$/, '') + ',1,2,3,4,5,6'))
      .join('\n');
    const r = await readIndicatorTable(enc(filled), 'tpl.csv');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.scheme).toBe('current');
    expect(r.value.rows.every((x) => x.regionCode !== null)).toBe(true);
    expect(csvTemplate('clustering', '2014').trim().split('\r\n')).toHaveLength(17);
  });
});
