/**
 * Hostile workbooks (issue 16): a cell at XFD1048576 (in the imported sheet or in an unused
 * second one) and parts that unpack to 300 MB are refused before read-excel-file opens them,
 * with a message naming the sheet and cell or the limit; ordinary workbooks still read.
 */
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readGrid } from '../../../src/data/readers/grid.ts';
import { MAX_XLSX_UNPACKED_BYTES } from '../../../src/data/readers/limits.ts';
import { checkXlsxPackage, columnLetters } from '../../../src/data/readers/xlsxGuard.ts';
import { bombPackage, GOOD_CELLS, LAST_CELL, sheetXml, xlsxPackage } from './hostileXlsx.ts';

describe('checkXlsxPackage()', () => {
  it('columnLetters() follows Excel: 1 A, 26 Z, 27 AA, 702 ZZ, 703 AAA, 16384 XFD', () => {
    expect([1, 26, 27, 702, 703, 16384].map(columnLetters)).toEqual([
      'A',
      'Z',
      'AA',
      'ZZ',
      'AAA',
      'XFD',
    ]);
  });

  it('a 2 KB workbook with one cell at XFD1048576 in an unused second sheet is refused, naming it', async () => {
    const bytes = xlsxPackage([
      ['Data', sheetXml(GOOD_CELLS)],
      ['Unused', sheetXml(LAST_CELL)],
    ]);
    expect(bytes.length).toBeLessThan(2048);
    const issues = checkXlsxPackage(bytes, 'far.xlsx');
    expect(issues.map((i) => i.code)).toEqual(['xlsx-sheet-too-large']);
    expect(issues[0].where).toEqual({ file: 'far.xlsx', field: "'Unused'!XFD1048576" });
    expect(issues[0].message).toContain('1,048,576 rows x 16,384 columns');
    const r = await readGrid(bytes, 'far.xlsx');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.map((i) => i.code)).toEqual(['xlsx-sheet-too-large']);
  });

  it('the far cell in the first sheet is refused too; a wide-but-small sheet is not', async () => {
    const first = await readGrid(
      xlsxPackage([['Only', sheetXml([...GOOD_CELLS, ...LAST_CELL])]]),
      'a.xlsx',
    );
    expect(first.ok).toBe(false);
    // 20 columns x 5 rows, last column T: well inside every limit.
    const wide = await readGrid(
      xlsxPackage([['W', sheetXml([...GOOD_CELLS, ['T5', 9]])]]),
      'w.xlsx',
    );
    expect(wide.ok).toBe(true);
    if (wide.ok) {
      expect(wide.value.rows).toHaveLength(5);
      expect(wide.value.rows[4][19]).toBe(9);
    }
  });

  it('a 300 KB workbook that unpacks to 300 MB is refused after at most the limit is inflated', async () => {
    const bytes = bombPackage(300);
    expect(bytes.length).toBeLessThan(400 * 1024);
    const issues = checkXlsxPackage(bytes, 'bomb.xlsx');
    expect(issues.map((i) => i.code)).toEqual(['xlsx-unpacked-too-large']);
    expect(issues[0].message).toContain('30 MB');
    const r = await readGrid(bytes, 'bomb.xlsx');
    expect(r.ok).toBe(false);
  });

  it('the hand-built bomb is a sound ZIP: a 3 MB one inflates whole and passes the guard', () => {
    const bytes = bombPackage(3);
    const sheet = unzipSync(bytes)['xl/worksheets/sheet1.xml'];
    expect(sheet.length).toBeGreaterThan(3 * 1024 * 1024);
    expect(new TextDecoder().decode(sheet.subarray(sheet.length - 300))).toContain('Almaty');
    expect(checkXlsxPackage(bytes, 'three.xlsx')).toEqual([]);
  });

  it('a workbook just under the unpacked limit passes the guard; a small one reads intact', async () => {
    const mb = Math.floor(MAX_XLSX_UNPACKED_BYTES / (1024 * 1024)) - 2;
    expect(checkXlsxPackage(bombPackage(mb), 'big.xlsx')).toEqual([]);
    const r = await readGrid(xlsxPackage([['Data', sheetXml(GOOD_CELLS)]]), 'small.xlsx');
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.value.rows[3]).toEqual(['Almaty', 3.5]);
  });

  it('a damaged deflate stream in one sheet is passed over (the reader reports it); the next sheet is still checked', () => {
    const bytes = xlsxPackage([
      ['Data', sheetXml(GOOD_CELLS)],
      ['Unused', sheetXml(LAST_CELL)],
    ]);
    // The local header of sheet 1 (PK 03 04, name length at +26, extra length at +28), then
    // its first byte of data set to 0xFF: a final block of the reserved type 3, which fflate
    // refuses.
    const name = new TextEncoder().encode('xl/worksheets/sheet1.xml');
    const at = bytes.findIndex(
      (_, i) =>
        bytes[i] === 0x50 &&
        bytes[i + 1] === 0x4b &&
        bytes[i + 2] === 3 &&
        bytes[i + 3] === 4 &&
        name.every((c, k) => bytes[i + 30 + k] === c),
    );
    expect(at).toBeGreaterThanOrEqual(0);
    const view = new DataView(bytes.buffer, bytes.byteOffset);
    const data = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
    const damaged = Uint8Array.from(bytes);
    damaged[data] = 0xff;
    const issues = checkXlsxPackage(damaged, 'damaged.xlsx');
    expect(issues.map((i) => i.code)).toEqual(['xlsx-sheet-too-large']);
    expect(issues[0].where).toEqual({ file: 'damaged.xlsx', field: "'Unused'!XFD1048576" });
  });

  it('bytes that are not a ZIP archive give no guard issue (the reader reports them)', () => {
    expect(checkXlsxPackage(new Uint8Array([0x50, 0x4b, 3, 4, 1, 2, 3]), 'x.xlsx')).toEqual([]);
  });
});
