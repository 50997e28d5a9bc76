/**
 * A user's indicator table (regions as rows, indicators as columns) from a CSV or XLSX file.
 * Two stages, so a preview can re-run the cheap one as the user corrects guesses:
 *   readGrid(bytes)            -> Grid            (async: unzip, decode, split; once per file)
 *   buildIndicatorTable(grid)  -> ImportedTable   (sync: type columns, parse numbers, match regions)
 * readIndicatorTable() does both. Every problem becomes an Issue naming its row and column as a
 * spreadsheet shows them; nothing throws, and no cell becomes NaN (missing = null).
 */
import { type Issue, type Result, fail, ok, type Direction } from '../../core/index.ts';
import type { Scheme } from '../regions/registry.ts';
import { lookupRegion } from '../regions/lookup.ts';
import { guessColumn, type ColumnGuess, type ColumnType } from './columnTypes.ts';
import type { BytesInput } from './decodeText.ts';
import { cellText, failWithFatal, readGrid, type Grid, type GridOptions } from './grid.ts';
import { matchRegions, type RegionSuggestion } from './matchRegions.ts';
import { detectDecimalSeparator, parseNumber, type DecimalSeparator } from './parseNumber.ts';
import { cellIssue, columnName, quote } from './place.ts';
import { isTotalLabel } from './totalLabels.ts';

export type ImportedColumn = ColumnGuess;

export interface ImportedRow {
  /** Row as a spreadsheet shows it (header = 1). */
  row: number;
  label: string;
  /** 'total' rows (e.g. 'Республика Казахстан') are kept for display but never enter analyses. */
  kind: 'region' | 'total';
  /** ISO code in `scheme`; null when unmatched, a duplicate or a total. */
  regionCode: string | null;
  /** Ranked suggestions when unmatched. */
  suggestions: RegionSuggestion[];
  /** One entry per column (same order as `columns`); null for missing and non-numeric columns. */
  values: (number | null)[];
  /** One entry per column: the cell's text in a text column (unit groups), else null. */
  texts?: (string | null)[];
}

export interface ImportedTable {
  fileName: string;
  format: Grid['format'];
  encoding?: Grid['encoding'];
  delimiter?: Grid['delimiter'];
  sheet?: string;
  sheetNames?: string[];
  decimal: DecimalSeparator;
  scheme: Scheme;
  schemeSource: 'given' | 'detected' | 'default';
  /** Row number of the header (1 unless blank rows precede it). */
  headerRow: number;
  /** Index of the region column in `columns`. */
  labelColumn: number;
  columns: ImportedColumn[];
  rows: ImportedRow[];
  /** Units of the scheme with no row, as ISO codes. */
  missingRegions: string[];
}

export interface IndicatorTableOptions extends GridOptions {
  /** Region scheme; detected from the names when absent. */
  scheme?: Scheme;
  /** Region column by 0-based index or header name; guessed when absent. */
  labelColumn?: number | string;
  /** Corrections from the preview, by column name. */
  columnTypes?: Record<string, ColumnType>;
  directions?: Record<string, Direction>;
  units?: Record<string, string>;
  /** Decimal separator; detected when absent. */
  decimal?: DecimalSeparator;
  /** Manual matches from the preview: spreadsheet row -> ISO code in the scheme. */
  regionOverrides?: Record<number, string>;
  /** Language of region names in suggestions. */
  lang?: 'ru' | 'kk' | 'en';
  /** Progress of the region matching, 0..1 (long tables in the import worker). */
  onProgress?: (fraction: number) => void;
}

/** Reads bytes (CSV or XLSX) into an ImportedTable: readGrid() then buildIndicatorTable(). */
export async function readIndicatorTable(
  input: BytesInput,
  fileName: string,
  options: IndicatorTableOptions = {},
): Promise<Result<ImportedTable>> {
  const grid = await readGrid(input, fileName, options);
  if (!grid.ok) return grid;
  const table = buildIndicatorTable(grid.value, options);
  return table.ok
    ? ok(table.value, [...grid.warnings, ...table.warnings])
    : fail([...grid.warnings, ...table.issues]);
}

/** Header row index (0-based): the first row with any filled cell. */
function headerIndex(grid: Grid): number {
  return grid.rows.findIndex((r) => r.some((c) => cellText(c) !== ''));
}

/**
 * The column guesses alone, for a preview that must show something even when the table has
 * errors. Same guesses buildIndicatorTable() starts from.
 */
export function describeColumns(grid: Grid, options: IndicatorTableOptions = {}): ColumnGuess[] {
  return prepare(grid, options).columns;
}

interface Prepared {
  h: number;
  width: number;
  headers: string[];
  data: { row: number; cells: (string | number | null)[] }[];
  decimal: DecimalSeparator;
  columns: ColumnGuess[];
  labelColumn: number;
  issues: Issue[];
}

function prepare(grid: Grid, options: IndicatorTableOptions): Prepared {
  const file = grid.fileName;
  const issues: Issue[] = [];
  const h = headerIndex(grid);
  if (h < 0) {
    return {
      h,
      width: 0,
      headers: [],
      data: [],
      decimal: '.',
      columns: [],
      labelColumn: 0,
      issues,
    };
  }
  const headerRow = grid.rows[h];
  let width = headerRow.length;
  while (width > 0 && cellText(headerRow[width - 1]) === '') width--;
  const data: Prepared['data'] = [];
  for (let i = h + 1; i < grid.rows.length; i++) {
    const cells = grid.rows[i];
    if (!cells.some((c) => cellText(c) !== '')) continue;
    data.push({ row: i + 1, cells });
  }
  // Columns beyond the header that hold data still count: their header is reported missing.
  for (const d of data) {
    let w = d.cells.length;
    while (w > 0 && cellText(d.cells[w - 1]) === '') w--;
    if (w > width && grid.format === 'xlsx') width = w;
  }
  const headers = Array.from({ length: width }, (_, j) => cellText(headerRow[j]));
  const textCells = grid.format === 'csv' ? data.flatMap((d) => d.cells.map(cellText)) : [];
  const decimal = options.decimal ?? detectDecimalSeparator(textCells, grid.delimiter);
  const columns = headers.map((name, j) =>
    guessColumn(
      name,
      j,
      data.map((d) => cellText(d.cells[j])),
      decimal,
    ),
  );
  // De-duplicate names so overrides and the matrix can address columns by name.
  const seen = new Map<string, number>();
  for (const c of columns) {
    const n = (seen.get(c.name) ?? 0) + 1;
    seen.set(c.name, n);
    if (n > 1) {
      issues.push(
        cellIssue(
          'duplicate-header',
          'warning',
          `Two columns are both called '${quote(c.name)}'; the later one is shown as '${quote(c.name)} (${n})'.`,
          file,
          h + 1,
          c.index,
          c.name,
          { value: quote(c.name), renamed: `${quote(c.name)} (${n})` },
        ),
      );
      c.name = `${c.name} (${n})`;
    }
  }
  let labelColumn = -1;
  if (typeof options.labelColumn === 'number') labelColumn = options.labelColumn;
  else if (typeof options.labelColumn === 'string')
    labelColumn = columns.findIndex((c) => c.name === options.labelColumn);
  if (labelColumn < 0 || labelColumn >= columns.length)
    labelColumn = guessLabelColumn(columns, data);
  for (const c of columns) {
    const t = options.columnTypes?.[c.name];
    if (t) c.type = t;
    const d = options.directions?.[c.name];
    if (d === 'higher' || d === 'lower') c.direction = d;
    const u = options.units?.[c.name];
    if (typeof u === 'string') c.unit = u;
  }
  for (const c of columns) if (c.type === 'region' && c.index !== labelColumn) c.type = 'text';
  if (columns[labelColumn]) columns[labelColumn].type = 'region';
  return { h, width, headers, data, decimal, columns, labelColumn, issues };
}

/** The text column whose cells most often name a region; the first text column otherwise. */
function guessLabelColumn(columns: ColumnGuess[], data: Prepared['data']): number {
  let best = -1;
  let bestScore = -1;
  const sample = data.slice(0, 60);
  for (const c of columns) {
    if (c.type !== 'text') continue;
    let hits = 0;
    for (const d of sample) {
      const t = cellText(d.cells[c.index]);
      if (!t || t.length > 200) continue;
      const r = lookupRegion(t);
      if (r.region || (r.candidates[0]?.score ?? 0) >= 0.8) hits++;
    }
    if (hits > bestScore) {
      best = c.index;
      bestScore = hits;
    }
  }
  return best >= 0 ? best : 0;
}

/**
 * Types the columns, parses every numeric cell and matches the region column to the registry.
 * Errors: no header or data, rows with more or fewer cells than the header (CSV), text in a
 * numeric column, a missing region label. Warnings: unmatched or duplicate regions, national
 * totals left out, units of the scheme without a row.
 */
export function buildIndicatorTable(
  grid: Grid,
  options: IndicatorTableOptions = {},
): Result<ImportedTable> {
  if (grid.fatal)
    return failWithFatal(grid, buildIndicatorTable({ ...grid, fatal: undefined }, options));
  const file = grid.fileName;
  const p = prepare(grid, options);
  const issues: Issue[] = [];
  const warnings: Issue[] = [...p.issues];
  if (p.h < 0 || p.data.length === 0) {
    return fail([
      {
        code: p.h < 0 ? 'empty-table' : 'no-data-rows',
        severity: 'error',
        message:
          p.h < 0
            ? 'The table is empty. It needs a header row and one row per region.'
            : 'The table has a header row but no rows of data below it.',
        where: { file, row: p.h < 0 ? 1 : p.h + 2 },
      },
    ]);
  }
  if (p.width < 2) {
    issues.push({
      code: 'single-column',
      severity: 'error',
      message:
        'Only one column was found. The table needs a region column and at least one indicator column; if the file uses another separator, save it again as CSV with commas or semicolons.',
      where: { file, row: p.h + 1, column: 'B' },
    });
    return fail(issues);
  }
  p.headers.forEach((hd, j) => {
    if (hd === '' && p.data.some((d) => cellText(d.cells[j]) !== '')) {
      issues.push(
        cellIssue(
          'missing-header',
          'error',
          `${capital(columnName(j))} holds data but has no header. Give the column a name in row ${p.h + 1}.`,
          file,
          p.h + 1,
          j,
          undefined,
          { headerRow: p.h + 1 },
        ),
      );
    }
  });
  if (grid.format === 'csv') {
    for (const d of p.data) {
      let w = d.cells.length;
      while (w > p.width && cellText(d.cells[w - 1]) === '') w--;
      if (w !== p.width) {
        const more = w > p.width;
        issues.push(
          cellIssue(
            more ? 'extra-cells' : 'missing-cells',
            'error',
            `Row ${d.row} has ${w} cells but the header has ${p.width}. ${
              more
                ? 'A value probably contains an unquoted separator (for example a decimal comma in a comma-separated file); put such values in quotes or save with semicolons.'
                : 'A separator is missing in this row, or the row is cut short.'
            }`,
            file,
            d.row,
            more ? p.width : w,
            more ? undefined : p.headers[w],
            { cells: w, expected: p.width },
          ),
        );
      }
    }
  }
  const labels = p.data.map((d) => cellText(d.cells[p.labelColumn]));
  const kinds = labels.map((l) => (isTotalLabel(l) ? 'total' : 'region'));
  const hasText = p.columns.some((c) => c.type === 'text' && c.index !== p.labelColumn);
  const rows: ImportedRow[] = p.data.map((d, i) => {
    const values = p.columns.map((c) => {
      if (c.type !== 'numeric') return null;
      const raw = d.cells[c.index];
      if (typeof raw === 'number') return Number.isFinite(raw) ? raw : null;
      const parsed = parseNumber(cellText(raw), p.decimal);
      if (parsed.kind === 'number') return parsed.value;
      if (parsed.kind === 'invalid') {
        issues.push(
          cellIssue(
            'not-a-number',
            'error',
            `Row ${d.row}, ${columnName(c.index, c.name)}: '${quote(cellText(raw))}' is not a number. Write a number (for example 1 417,77 or 1417.77), or leave the cell empty or '-' for no data; if the column is not an indicator, mark it as text.`,
            file,
            d.row,
            c.index,
            c.name,
            { value: quote(cellText(raw)) },
          ),
        );
      }
      return null;
    });
    return {
      row: d.row,
      label: labels[i],
      kind: kinds[i] as ImportedRow['kind'],
      regionCode: null,
      suggestions: [],
      values,
      ...(hasText
        ? {
            texts: p.columns.map((c) =>
              c.type === 'text' && c.index !== p.labelColumn
                ? cellText(d.cells[c.index]) || null
                : null,
            ),
          }
        : {}),
    };
  });
  const labelHeader = p.columns[p.labelColumn]?.name;
  rows.forEach((r) => {
    if (r.label === '') {
      issues.push(
        cellIssue(
          'missing-region',
          'error',
          `Row ${r.row} has data but no region name in ${columnName(p.labelColumn, labelHeader)}.`,
          file,
          r.row,
          p.labelColumn,
          labelHeader,
        ),
      );
    }
  });
  const regionRows = rows.filter((r) => r.kind === 'region' && r.label !== '');
  const matching = matchRegions(
    regionRows.map((r) => r.label),
    options.scheme,
    { lang: options.lang, onProgress: options.onProgress },
  );
  const byRow = new Map(regionRows.map((r, i) => [r.row, matching.matches[i]]));
  const codeRow = new Map<string, number>();
  for (const r of rows) {
    const m = byRow.get(r.row);
    const manual = options.regionOverrides?.[r.row];
    if (r.kind === 'total') {
      warnings.push(
        cellIssue(
          'total-row',
          'warning',
          `Row ${r.row} ('${quote(r.label)}') looks like a national total; it is shown but left out of the analysis.`,
          file,
          r.row,
          p.labelColumn,
          labelHeader,
          { value: quote(r.label) },
        ),
      );
      continue;
    }
    if (!m) continue;
    let code = m.regionCode;
    if (typeof manual === 'string' && manual.trim() !== '') code = manual.trim();
    if (code && codeRow.has(code)) {
      warnings.push(
        cellIssue(
          'duplicate-region',
          'warning',
          `Rows ${codeRow.get(code)} and ${r.row} both name ${code}; only row ${codeRow.get(code)} is used. Correct the name in row ${r.row} or delete one of the rows.`,
          file,
          r.row,
          p.labelColumn,
          labelHeader,
          { first: codeRow.get(code)!, row: r.row, region: code },
        ),
      );
      continue;
    }
    if (!code && m.duplicateOf !== undefined) {
      const first = regionRows[m.duplicateOf].row;
      warnings.push(
        cellIssue(
          'duplicate-region',
          'warning',
          `Rows ${first} and ${r.row} both name the same region ('${quote(regionRows[m.duplicateOf].label)}', '${quote(r.label)}'); only row ${first} is used. Correct the name in row ${r.row} or delete one of the rows.`,
          file,
          r.row,
          p.labelColumn,
          labelHeader,
          {
            first,
            row: r.row,
            region: regionRows[m.duplicateOf].regionCode ?? quote(regionRows[m.duplicateOf].label),
          },
        ),
      );
      continue;
    }
    if (!code) {
      r.suggestions = m.suggestions;
      const hint =
        m.suggestions.length > 0
          ? ` Did you mean ${m.suggestions
              .slice(0, 3)
              .map((s) => s.name)
              .join(', or ')}?`
          : '';
      // A bare 'Almaty' fits the city and the oblast equally: say so, rather than "not a region".
      const ambiguous = m.suggestions.length >= 2 && m.suggestions[1].score === 1;
      warnings.push(
        cellIssue(
          ambiguous ? 'ambiguous-region' : 'unmatched-region',
          'warning',
          `Row ${r.row}: '${quote(r.label)}' is not a region of the ${schemeName(matching.scheme)} scheme.${hint} Pick the region in the preview or correct the name; until then the row is left out.`,
          file,
          r.row,
          p.labelColumn,
          labelHeader,
          {
            value: quote(r.label),
            scheme: matching.scheme,
            regions: m.suggestions.slice(0, 3).map((s) => s.code),
          },
        ),
      );
      continue;
    }
    r.regionCode = code;
    codeRow.set(code, r.row);
  }
  const missingRegions = matching.missing.filter((c) => !codeRow.has(c));
  if (missingRegions.length > 0 && codeRow.size > 0) {
    warnings.push({
      code: 'regions-missing',
      severity: 'warning',
      message: `${missingRegions.length} of the ${schemeName(matching.scheme)} scheme's regions have no row: ${missingRegions.join(', ')}. They will have no value on the map or in ratings.`,
      where: { file },
      params: { count: missingRegions.length, scheme: matching.scheme, regions: missingRegions },
    });
  }
  if (matching.schemeSource === 'default' && codeRow.size > 0) {
    warnings.push({
      code: 'scheme-assumed',
      severity: 'warning',
      message:
        'The table names no region that exists in only one scheme, so the 2010-2018 scheme (16 regions, as in the source studies) was assumed. Choose the scheme of 20 regions if the figures are for 2018 or later.',
      where: { file },
    });
  }
  if (!p.columns.some((c) => c.type === 'numeric')) {
    issues.push({
      code: 'no-numeric-columns',
      severity: 'error',
      message:
        'No column of numbers was found. Indicators must be columns of numbers, one row per region.',
      where: { file, row: p.h + 1 },
    });
  }
  if (issues.length > 0) return fail([...issues, ...warnings]);
  return ok(
    {
      fileName: file,
      format: grid.format,
      encoding: grid.encoding,
      delimiter: grid.delimiter,
      sheet: grid.sheet,
      sheetNames: grid.sheetNames,
      decimal: p.decimal,
      scheme: matching.scheme,
      schemeSource: matching.schemeSource,
      headerRow: p.h + 1,
      labelColumn: p.labelColumn,
      columns: p.columns,
      rows,
      missingRegions,
    },
    warnings,
  );
}

export function schemeName(s: Scheme): string {
  return s === '2014' ? '2010-2018 (16 regions)' : 'current (20 regions, since 2022)';
}

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
