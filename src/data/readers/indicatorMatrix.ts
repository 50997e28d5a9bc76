/**
 * From an imported table to the matrix the rating takes: rows = regions (ISO codes), columns =
 * the chosen indicators. Rows without a region (unmatched, duplicate, national total) are left
 * out with a warning each, so nothing unmatched reaches a computation silently.
 */
import { type Issue, type Result, fail, ok, type Direction } from '../../core/index.ts';
import type { ImportedTable } from './indicatorTable.ts';
import { cellIssue, quote } from './place.ts';

export interface IndicatorMatrix {
  /** Region ISO codes in the table's scheme, one per row of `values`. */
  units: string[];
  /** Column names, one per column of `values`. */
  indicators: string[];
  /** Measurement unit of each indicator (from the header), '' if unknown. */
  measures: string[];
  directions: Direction[];
  /** units.length x indicators.length; null = no data (never NaN). */
  values: (number | null)[][];
}

/** Selects numeric columns by name; every region row becomes a unit. */
export function toIndicatorMatrix(
  table: ImportedTable,
  columnNames: string[],
): Result<IndicatorMatrix> {
  const file = table.fileName;
  const issues: Issue[] = [];
  const warnings: Issue[] = [];
  const cols = columnNames.map((name) => {
    const c = table.columns.find((x) => x.name === name);
    if (!c) {
      issues.push({
        code: 'unknown-column',
        severity: 'error',
        message: `The table has no column called '${quote(name)}'.`,
        where: { file, column: name },
        params: { value: quote(name) },
      });
    } else if (c.type !== 'numeric') {
      issues.push({
        code: 'not-numeric-column',
        severity: 'error',
        message: `Column '${quote(name)}' is marked as ${c.type}, not as an indicator of numbers; it cannot enter the analysis.`,
        where: { file, column: name },
        params: { value: quote(name) },
      });
    }
    return c;
  });
  if (columnNames.length === 0) {
    issues.push({
      code: 'no-indicators',
      severity: 'error',
      message: 'Choose at least one indicator column.',
      where: { file },
    });
  }
  const rows = table.rows.filter((r) => r.regionCode !== null);
  for (const r of table.rows) {
    if (r.regionCode === null && r.kind === 'region') {
      warnings.push(
        cellIssue(
          'row-left-out',
          'warning',
          `Row ${r.row} ('${quote(r.label)}') is not matched to a region and is left out.`,
          file,
          r.row,
          table.labelColumn,
          undefined,
          { value: quote(r.label) },
        ),
      );
    }
  }
  if (rows.length === 0) {
    issues.push({
      code: 'no-regions',
      severity: 'error',
      message: 'No row of the table is matched to a region, so there is nothing to analyse.',
      where: { file },
    });
  }
  if (issues.length > 0) return fail(issues);
  const values = rows.map((r) => cols.map((c) => r.values[c!.index] ?? null));
  rows.forEach((r, i) =>
    cols.forEach((c, j) => {
      if (values[i][j] === null) {
        warnings.push(
          cellIssue(
            'missing-value',
            'warning',
            `Row ${r.row}, '${quote(c!.name)}': no data for ${r.regionCode}.`,
            file,
            r.row,
            c!.index,
            c!.name,
            { region: r.regionCode ?? '', indicator: quote(c!.name) },
          ),
        );
      }
    }),
  );
  return ok(
    {
      units: rows.map((r) => r.regionCode as string),
      indicators: cols.map((c) => c!.name),
      measures: cols.map((c) => c!.unit),
      directions: cols.map((c) => c!.direction),
      values,
    },
    warnings,
  );
}
