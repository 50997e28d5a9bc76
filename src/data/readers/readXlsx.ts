/**
 * XLSX to grid via read-excel-file's `universal` entry (ArrayBuffer in, works in browsers, Web
 * Workers and Node; it never throws past us: every failure becomes an issue). Only the first
 * sheet is read unless the caller picks one, so a workbook with many sheets stays cheap.
 */
import readXlsxFile from 'read-excel-file/universal';
import type { Result } from '../../core/index.ts';
import { fail, ok } from '../../core/index.ts';
import type { Grid, GridCell } from './gridModel.ts';
import { limits, widest } from './limits.ts';
import { checkXlsxPackage } from './xlsxGuard.ts';

/** Reads one sheet (name or 1-based number; first by default) of an .xlsx workbook. */
export async function xlsxToGrid(
  bytes: Uint8Array,
  fileName: string,
  sheet?: string | number,
): Promise<Result<Grid>> {
  let sheets: { sheet: string; data: unknown[][] }[];
  // Before read-excel-file: it would build every sheet's full rectangle and inflate every part.
  const unsafe = checkXlsxPackage(bytes, fileName);
  if (unsafe.length > 0) return fail(unsafe);
  try {
    const buffer = bytes.buffer.slice(
      bytes.byteOffset,
      bytes.byteOffset + bytes.byteLength,
    ) as ArrayBuffer;
    sheets = (await readXlsxFile(buffer)) as unknown as { sheet: string; data: unknown[][] }[];
  } catch {
    return fail([
      {
        code: 'xlsx-unreadable',
        severity: 'error',
        message:
          'The Excel file could not be opened: it may be damaged, password-protected or not really an .xlsx file. Open it in Excel, save it again as .xlsx or CSV and retry.',
        where: { file: fileName },
      },
    ]);
  }
  const sheetNames = sheets.map((s) => String(s.sheet));
  if (sheets.length === 0) {
    return fail([
      {
        code: 'xlsx-no-sheets',
        severity: 'error',
        message: 'The Excel file has no worksheets.',
        where: { file: fileName },
      },
    ]);
  }
  let index = 0;
  if (typeof sheet === 'number') index = Math.floor(sheet) - 1;
  else if (typeof sheet === 'string') index = sheetNames.indexOf(sheet);
  if (index < 0 || index >= sheets.length) {
    return fail([
      {
        code: 'sheet-not-found',
        severity: 'error',
        message: `The workbook has no sheet ${typeof sheet === 'number' ? `number ${sheet}` : `named '${String(sheet)}'`}. Its sheets are: ${sheetNames.join(', ')}.`,
        where: { file: fileName },
        params: { sheet: String(sheet), sheets: sheetNames },
      },
    ]);
  }
  const rows: GridCell[][] = (sheets[index].data ?? []).map((r) =>
    (Array.isArray(r) ? r : []).map(toCell),
  );
  const limit = limits(rows.length, widest(rows), fileName);
  if (limit.length > 0) return fail(limit);
  return ok({ fileName, format: 'xlsx', sheet: sheetNames[index], sheetNames, rows });
}

function toCell(v: unknown): GridCell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : v.toISOString().slice(0, 10);
  return String(v);
}
