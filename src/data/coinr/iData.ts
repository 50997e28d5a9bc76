/**
 * COINr's indicator data table `iData`: uCode (required), uName, Time, then one column per
 * indicator, denominator or group code of iMeta. readIData() applies COINr's
 * `check_iData()` rules (uCode present and without spaces; uCode, or uCode and Time in a
 * panel, unique; Time numeric; column names unique, without spaces, not starting with a
 * digit; no uCode equal to a column name) and checks that every Indicator and Denominator
 * of iMeta has a numeric column, listing every problem with its row and column.
 */
import type { CoinData } from '../../core/index.ts';
import { cellText, type Grid } from '../readers/grid.ts';
import { parseNumber } from '../readers/parseNumber.ts';
import { columnWhere } from '../readers/place.ts';
import type { CoinrProblem } from './coinrProblem.ts';
import type { IMetaTable } from './iMeta.ts';

export function readIData(
  grid: Grid,
  meta: IMetaTable | null,
): { data: CoinData; problems: CoinrProblem[] } {
  const file = grid.fileName;
  const problems: CoinrProblem[] = [];
  const header = (grid.rows[0] ?? []).map((c) => cellText(c).trim());
  const at = new Map<string, number>();
  header.forEach((h, j) => {
    if (h === '') return;
    if (at.has(h))
      problems.push({
        code: 'idata-duplicate-column',
        severity: 'error',
        file,
        row: 1,
        column: columnWhere(j, h),
        vars: { name: h },
      });
    else at.set(h, j);
    if (/\s/.test(h))
      problems.push({
        code: 'idata-column-space',
        severity: 'error',
        file,
        row: 1,
        column: columnWhere(j, h),
        vars: { name: h },
      });
    if (/^[0-9]/.test(h))
      problems.push({
        code: 'idata-column-digit',
        severity: 'error',
        file,
        row: 1,
        column: columnWhere(j, h),
        vars: { name: h },
      });
  });
  const ju = at.get('uCode');
  if (ju === undefined) problems.push({ code: 'idata-no-ucode', severity: 'error', file, row: 1 });
  const jn = at.get('uName');
  const jt = at.get('Time');
  const body = grid.rows
    .slice(1)
    .map((cells, i) => ({ cells, row: i + 2 }))
    .filter(({ cells }) => cells.some((c) => cellText(c).trim() !== ''));
  const data: CoinData = { uCode: [], uName: [], time: [], numeric: new Map(), text: new Map() };
  const types = new Map<string, string>();
  for (const r of meta?.rows ?? []) types.set(r.iCode, r.Type);
  const numericCols: string[] = [];
  const textCols: string[] = [];
  for (const [name] of at) {
    if (name === 'uCode' || name === 'uName' || name === 'Time') continue;
    const type = types.get(name);
    if (type === 'Group' || type === 'Other') textCols.push(name);
    else if (type === 'Indicator' || type === 'Denominator' || meta === null)
      numericCols.push(name);
  }
  for (const name of numericCols) data.numeric.set(name, new Float64Array(body.length));
  for (const name of textCols) data.text.set(name, []);
  const keys = new Map<string, number>();
  body.forEach(({ cells, row }, i) => {
    const code = ju === undefined ? '' : cellText(cells[ju]).trim();
    if (ju !== undefined && code === '')
      problems.push({
        code: 'idata-ucode-missing',
        severity: 'error',
        file,
        row,
        column: columnWhere(ju, 'uCode'),
      });
    if (ju !== undefined && /\s/.test(code))
      problems.push({
        code: 'idata-ucode-space',
        severity: 'error',
        file,
        row,
        column: columnWhere(ju, 'uCode'),
        vars: { value: code },
      });
    if (at.has(code))
      problems.push({
        code: 'idata-ucode-is-column',
        severity: 'error',
        file,
        row,
        column: columnWhere(ju ?? 0, 'uCode'),
        vars: { value: code },
      });
    let time: number | null = null;
    if (jt !== undefined) {
      const c = cells[jt];
      const p =
        typeof c === 'number' ? { kind: 'number' as const, value: c } : parseNumber(cellText(c));
      if (p.kind === 'number') time = p.value;
      else
        problems.push({
          code: 'idata-time-not-number',
          severity: 'error',
          file,
          row,
          column: columnWhere(jt, 'Time'),
          vars: { value: cellText(c) },
        });
    }
    const key = `${code}\u0000${time ?? ''}`;
    if (code !== '' && keys.has(key)) {
      problems.push({
        code: time === null ? 'idata-ucode-duplicate' : 'idata-unit-time-duplicate',
        severity: 'error',
        file,
        row,
        column: columnWhere(ju ?? 0, 'uCode'),
        vars: { value: code, first: keys.get(key) as number, time: time ?? '' },
      });
    } else keys.set(key, row);
    data.uCode.push(code);
    data.uName.push(jn !== undefined ? cellText(cells[jn]).trim() || code : code);
    data.time.push(time);
    for (const name of numericCols) {
      const j = at.get(name) as number;
      const c = cells[j];
      let v = NaN;
      if (typeof c === 'number') v = Number.isFinite(c) ? c : NaN;
      else {
        const t = cellText(c).trim();
        const p = parseNumber(t);
        if (p.kind === 'number') v = p.value;
        else if (p.kind === 'invalid')
          problems.push({
            code: 'idata-not-number',
            severity: 'error',
            file,
            row,
            column: columnWhere(j, name),
            vars: { value: t, name },
          });
      }
      (data.numeric.get(name) as Float64Array)[i] = v;
    }
    for (const name of textCols) {
      const t = cellText(cells[at.get(name) as number]).trim();
      (data.text.get(name) as (string | null)[]).push(t === '' ? null : t);
    }
  });
  if (body.length === 0) problems.push({ code: 'idata-no-rows', severity: 'error', file, row: 2 });
  for (const r of meta?.rows ?? []) {
    if ((r.Type === 'Indicator' || r.Type === 'Denominator') && !at.has(r.iCode)) {
      problems.push({
        code: 'idata-indicator-missing',
        severity: 'error',
        file,
        row: 1,
        vars: { code: r.iCode, metaRow: r.row },
      });
    }
  }
  return { data, problems };
}
