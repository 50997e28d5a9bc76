/**
 * A panel of regional figures over years, as people and the Bureau of National Statistics
 * keep them (docs/methods.md, "Today's regions and the crosswalk to 2014"):
 * - long: one row per region and year, a year column ('Год', 'Жыл', 'Year', COINr's 'Time');
 * - wide: years as columns ('2019', '2020 г.'), one indicator per table, its name in the title
 *   rows above the header;
 * - cross-section: one row per region, no year.
 * Title rows above the header are skipped (the header is the last filled row above the first
 * row naming a region); a 'Республика Казахстан' / 'Қазақстан Республикасы' row is the
 * national total, kept apart and never a region; 'х' and 'x' are suppressed figures, '-' and
 * '…' missing ones (both null); rows without a region and without figures (footnotes, 'в том
 * числе:') are skipped. Every problem is an Issue naming its row and column.
 */
import { type Issue, type Result, fail, ok } from '../../core/index.ts';
import type { Region } from '../regions/registry.ts';
import { lookupRegion } from '../regions/lookup.ts';
import type { BytesInput } from './decodeText.ts';
import { cellText, readGrid, type Grid, type GridCell, type GridOptions } from './grid.ts';
import { detectDecimalSeparator, parseNumber } from './parseNumber.ts';
import { cellIssue, columnLetter, quote } from './place.ts';
import { isTotalLabel } from './totalLabels.ts';

export interface PanelVariable {
  /** Header text (wide tables: the title, or 'value' without one). */
  name: string;
  /** Spreadsheet letters of the columns holding it (wide tables: one per year). */
  letters: string[];
}

export interface PanelRecord {
  /** Spreadsheet row (1-based). */
  row: number;
  label: string;
  /** null for the national total. */
  region: Region | null;
  year: number | null;
  /** One per variable; null = missing or suppressed. */
  values: (number | null)[];
}

export interface PanelTable {
  fileName: string;
  layout: 'long' | 'wide' | 'cross-section';
  /** Spreadsheet row of the header. */
  headerRow: number;
  title: string | null;
  variables: PanelVariable[];
  years: number[];
  records: PanelRecord[];
  /** The republic's total rows, one per year. */
  national: PanelRecord[];
  /** Cells marked as suppressed ('х', 'x'). */
  suppressed: number;
}

const YEAR_COLUMN = /^(year|years|год|годы|жыл|жылдар|time|yr)$/i;
const SUPPRESSED = new Set(['x', 'х']);

/** A year written as a header or cell: 2021, '2021', '2021 г.', '2021 год', '2021 ж.'. */
export function parseYear(cell: GridCell | undefined): number | null {
  if (typeof cell === 'number') {
    return Number.isInteger(cell) && cell >= 1900 && cell <= 2100 ? cell : null;
  }
  const m = /^((?:19|20)\d{2})(?:\s*(?:г\.?|год|года|жыл|ж\.?|y\.?))?$/i.exec(
    cellText(cell)
      .replace(/\u00a0/g, ' ')
      .trim(),
  );
  return m ? Number(m[1]) : null;
}

type Lookup = { kind: 'region'; region: Region } | { kind: 'total' } | { kind: 'none' };

function classify(label: string): Lookup {
  if (!label) return { kind: 'none' };
  if (isTotalLabel(label)) return { kind: 'total' };
  const hit = lookupRegion(label);
  return hit.region ? { kind: 'region', region: hit.region } : { kind: 'none' };
}

/** Reads bytes (CSV or XLSX) into a panel: readGrid() then buildPanelTable(). */
export async function readPanelTable(
  input: BytesInput,
  fileName: string,
  options: GridOptions = {},
): Promise<Result<PanelTable>> {
  const grid = await readGrid(input, fileName, options);
  if (!grid.ok) return grid;
  const panel = buildPanelTable(grid.value);
  return panel.ok
    ? ok(panel.value, [...grid.warnings, ...panel.warnings])
    : fail([...grid.warnings, ...panel.issues]);
}

/** Finds the region column and the first data row: the first cell, top-down, naming a region. */
function locate(grid: Grid): { first: number; labelColumn: number } | null {
  const limit = Math.min(grid.rows.length, 60);
  for (let r = 0; r < limit; r++) {
    const row = grid.rows[r];
    for (let c = 0; c < Math.min(row.length, 4); c++) {
      if (classify(cellText(row[c]).trim()).kind !== 'none') return { first: r, labelColumn: c };
    }
  }
  return null;
}

interface Frame {
  at: { first: number; labelColumn: number };
  /** Index of the header row. */
  h: number;
  header: GridCell[];
  title: string | null;
  yearColumn: number | undefined;
  yearHeaders: number[];
  layout: PanelTable['layout'];
  valueColumns: number[];
}

/** Where the panel sits in the grid: region column, header, title, layout (no data row read). */
function frame(grid: Grid): Frame | Issue {
  const file = grid.fileName;
  const at = locate(grid);
  if (!at) {
    return {
      code: 'panel-no-regions',
      severity: 'error',
      message:
        'No row names a region of Kazakhstan or the republic in the first 60 rows. Put region names or ISO codes in the first column.',
      where: { file },
    };
  }
  const filled = (r: GridCell[]) => r.filter((c) => cellText(c).trim() !== '').length;
  let h = at.first - 1;
  while (h >= 0 && filled(grid.rows[h]) < 2) h--;
  if (h < 0) {
    return {
      code: 'panel-no-header',
      severity: 'error',
      message: `Row ${at.first + 1} names a region, but no header row with column names is above it.`,
      where: { file, row: at.first + 1 },
    };
  }
  const header = grid.rows[h];
  let title: string | null = null;
  for (let r = 0; r < h; r++) {
    const t = grid.rows[r].map((c) => cellText(c).trim()).find((s) => s !== '');
    if (t) {
      title = t;
      break;
    }
  }
  // A loop, not Math.max(...rows): a spread of 100,000 rows overflows the stack.
  let width = header.length;
  for (let r = at.first; r < grid.rows.length; r++) width = Math.max(width, grid.rows[r].length);
  const columns = [...Array(width).keys()].filter(
    (c) => c !== at.labelColumn && cellText(header[c]).trim() !== '',
  );
  const yearColumn = columns.find((c) => YEAR_COLUMN.test(cellText(header[c]).trim()));
  const yearHeaders = columns.filter((c) => parseYear(header[c]) !== null);
  const layout: PanelTable['layout'] =
    yearColumn !== undefined ? 'long' : yearHeaders.length > 0 ? 'wide' : 'cross-section';
  const valueColumns = layout === 'wide' ? yearHeaders : columns.filter((c) => c !== yearColumn);
  return { at, h, header, title, yearColumn, yearHeaders, layout, valueColumns };
}

/**
 * The layout buildPanelTable() would find, from the header alone (no data row is read): null
 * when the grid names no region in its first 60 rows or has no header above them. The import
 * worker asks this first, so that a long table of one year is not checked row by row twice.
 */
export function panelLayout(grid: Grid): PanelTable['layout'] | null {
  const f = frame(grid);
  return 'code' in f ? null : f.layout;
}

/** Builds a panel from a grid (layouts and rules in the file comment). */
export function buildPanelTable(grid: Grid): Result<PanelTable> {
  const file = grid.fileName;
  const issues: Issue[] = [];
  const warnings: Issue[] = [];
  const f = frame(grid);
  if ('code' in f) return fail([f]);
  const { at, h, header, title, yearColumn, yearHeaders, layout, valueColumns } = f;

  const data = grid.rows.slice(at.first).map((cells, i) => ({ cells, row: at.first + i + 1 }));
  const decimal = detectDecimalSeparator(
    data.flatMap((d) => valueColumns.map((c) => cellText(d.cells[c]))),
    grid.delimiter,
  );
  let suppressed = 0;
  const parse = (cell: GridCell | undefined, row: number, c: number): number | null => {
    if (typeof cell === 'number') return Number.isFinite(cell) ? cell : null;
    const text = cellText(cell).trim();
    if (SUPPRESSED.has(text.toLowerCase())) {
      suppressed++;
      return null;
    }
    const p = parseNumber(text, decimal);
    if (p.kind === 'number') return p.value;
    if (p.kind === 'invalid') {
      issues.push(
        cellIssue(
          'not-a-number',
          'error',
          `'${quote(text)}' is not a number.`,
          file,
          row,
          c,
          cellText(header[c]),
        ),
      );
    }
    return null;
  };

  const records: PanelRecord[] = [];
  const national: PanelRecord[] = [];
  const seen = new Map<string, number>();
  for (const d of data) {
    const label = cellText(d.cells[at.labelColumn]).replace(/\s+/g, ' ').trim();
    const hasFigures = valueColumns.some((c) => cellText(d.cells[c]).trim() !== '');
    const found = classify(label);
    if (found.kind === 'none') {
      if (!hasFigures) continue;
      const cands = lookupRegion(label).candidates.slice(0, 2);
      issues.push(
        cellIssue(
          label ? 'unknown-region' : 'missing-region',
          'error',
          label
            ? `'${quote(label)}' is not a region of Kazakhstan${cands.length ? ` (closest: ${cands.map((x) => x.region.names.en).join(', ')})` : ''}.`
            : 'This row has figures but no region name.',
          file,
          d.row,
          at.labelColumn,
          cellText(header[at.labelColumn]),
          label
            ? { value: quote(label), regions: cands.map((x) => x.region.codes[0] ?? x.region.id) }
            : undefined,
        ),
      );
      continue;
    }
    const region = found.kind === 'region' ? found.region : null;
    const push = (year: number | null, values: (number | null)[]) => {
      const key = `${region?.id ?? 'total'}|${year ?? ''}`;
      const before = seen.get(key);
      if (before !== undefined) {
        issues.push(
          cellIssue(
            'duplicate-region',
            'error',
            `'${quote(label)}'${year !== null ? ` in ${year}` : ''} appears twice, in rows ${before} and ${d.row}.`,
            file,
            d.row,
            at.labelColumn,
          ),
        );
        return;
      }
      seen.set(key, d.row);
      (region ? records : national).push({ row: d.row, label, region, year, values });
    };
    if (layout === 'wide') {
      for (const c of yearHeaders) push(parseYear(header[c]), [parse(d.cells[c], d.row, c)]);
    } else {
      let year: number | null = null;
      if (layout === 'long') {
        year = parseYear(d.cells[yearColumn!]);
        if (year === null) {
          issues.push(
            cellIssue(
              'not-a-year',
              'error',
              `'${quote(cellText(d.cells[yearColumn!]))}' is not a year.`,
              file,
              d.row,
              yearColumn!,
              cellText(header[yearColumn!]),
              { value: quote(cellText(d.cells[yearColumn!])) },
            ),
          );
          continue;
        }
      }
      push(
        year,
        valueColumns.map((c) => parse(d.cells[c], d.row, c)),
      );
    }
  }
  if (records.length === 0 && issues.length === 0) {
    issues.push({
      code: 'panel-no-regions',
      severity: 'error',
      message: 'The table names the republic but no region.',
      where: { file },
    });
  }
  if (issues.length > 0) return fail(issues);
  const variables: PanelVariable[] =
    layout === 'wide'
      ? [{ name: title ?? 'value', letters: yearHeaders.map(columnLetter) }]
      : valueColumns.map((c) => ({
          name: cellText(header[c]).trim(),
          letters: [columnLetter(c)],
        }));
  const years = [
    ...new Set([...records, ...national].map((r) => r.year).filter((y) => y !== null)),
  ].sort((a, b) => (a as number) - (b as number)) as number[];
  if (suppressed > 0) {
    warnings.push({
      code: 'suppressed-cells',
      severity: 'warning',
      message: `${suppressed} figures are marked as suppressed ('х') and are treated as missing.`,
      where: { file },
    });
  }
  return ok(
    {
      fileName: file,
      layout,
      headerRow: h + 1,
      title,
      variables,
      years,
      records,
      national,
      suppressed,
    },
    warnings,
  );
}
