/**
 * Writes a study as COINr's iData and iMeta CSV tables, which R reads with
 * `read.csv()` and passes to `new_coin(iData, iMeta)`: numbers with a decimal point and
 * full precision, missing values as empty cells (NA in R), text quoted when needed.
 */
import type { CoinData, IndexNodeSpec } from '../../core/index.ts';

function cell(v: string | number | null | undefined): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  const s = /^[=+\-@\t\r]/.test(v) && !/^-?\d/.test(v) ? `'${v}` : v;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const line = (cells: (string | number | null | undefined)[]): string => cells.map(cell).join(',');

export type Row = (string | number | null)[];

/** iMeta's columns as COINr's new_coin() reads them, before the optional Target. */
export const IMETA_COLUMNS = [
  'iCode',
  'iName',
  'Level',
  'Parent',
  'Direction',
  'Weight',
  'Type',
  'Unit',
] as const;

/** Rows (header first) as CSV text that R's read.csv() reads. */
export function rowsToCsv(rows: readonly Row[]): string {
  return rows.map(line).join('\n') + '\n';
}

/** iData: uCode, uName, Time (when present), then the given numeric columns in order. */
export function writeIData(d: CoinData, columns: readonly string[]): string {
  return iDataRows(d, columns).map(line).join('\n') + '\n';
}

/** iMeta of an index tree: indicators and aggregates, with units, targets and goalposts. */
export function writeIMeta(
  nodes: readonly IndexNodeSpec[],
  units: Record<string, string> = {},
): string {
  return iMetaRows(nodes, units).map(line).join('\n') + '\n';
}

/** The rows of iData (header first), for CSV or XLSX. */
export function iDataRows(d: CoinData, columns: readonly string[]): Row[] {
  const hasTime = d.time.some((t) => t !== null);
  const head = ['uCode', 'uName', ...(hasTime ? ['Time'] : []), ...columns];
  const out: Row[] = [head];
  d.uCode.forEach((u, i) => {
    const vals = columns.map((c) => {
      const v = d.numeric.get(c)?.[i];
      return v === undefined || v !== v ? null : v;
    });
    out.push([u, d.uName[i], ...(hasTime ? [d.time[i]] : []), ...vals]);
  });
  return out;
}

/** The rows of iMeta (header first), for CSV or XLSX. */
export function iMetaRows(
  nodes: readonly IndexNodeSpec[],
  units: Record<string, string> = {},
): Row[] {
  const goal = nodes.some((n) => n.goalposts);
  // COINr's check_iMeta wants a Target for every indicator once the column exists.
  const inds = nodes.filter((n) => n.level === 1);
  const target = inds.length > 0 && inds.every((n) => typeof n.target === 'number');
  const head = [
    ...IMETA_COLUMNS,
    ...(target ? ['Target'] : []),
    ...(goal ? ['goalpost_lower', 'goalpost_upper', 'goalpost_scale'] : []),
  ];
  const out: Row[] = [head];
  for (const n of [...nodes].sort((a, b) => a.level - b.level)) {
    const ind = n.level === 1;
    out.push([
      n.code,
      n.name ?? n.code,
      n.level,
      n.parent,
      ind ? (n.direction ?? 1) : 1,
      ind && n.included === false ? 0 : n.weight,
      ind ? 'Indicator' : 'Aggregate',
      units[n.code] ?? null,
      ...(target ? [ind ? (n.target ?? null) : null] : []),
      ...(goal
        ? [n.goalposts?.lower ?? null, n.goalposts?.upper ?? null, n.goalposts?.scale ?? null]
        : []),
    ]);
  }
  return out;
}
