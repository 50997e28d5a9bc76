/**
 * Chosen indicator columns of an imported table, checked: rows = regions (ISO codes), columns =
 * the chosen indicators, built by the one converter (tableMatrix.ts, `rows: 'regions'`), with
 * each column's unit and direction. Every problem is named: a column that is missing or not
 * numeric, no column, no region; rows without a region (unmatched, duplicate) are left out
 * with a warning each and each gap is a warning, so nothing unmatched reaches a computation
 * silently.
 */
import {
  type Direction,
  type Issue,
  type LabelledMatrix,
  type Result,
  fail,
  ok,
} from '../../core/index.ts';
import type { ImportedTable } from './indicatorTable.ts';
import { cellIssue, quote } from './place.ts';
import { importedTableMatrix, matrixRows } from './tableMatrix.ts';

/** Rows = region ISO codes in the table's scheme, columns = the chosen column names. */
export interface ImportedIndicatorMatrix extends LabelledMatrix {
  /** Measurement unit of each column (from the header), '' if unknown. */
  measures: string[];
  directions: Direction[];
}

/** Selects numeric columns by name; every region row becomes a row. */
export function toIndicatorMatrix(
  table: ImportedTable,
  columnNames: string[],
): Result<ImportedIndicatorMatrix> {
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
  const rows = matrixRows(table, 'regions');
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
  const m = importedTableMatrix(table, { rows: 'regions', columns: columnNames });
  const values = m.values;
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
    { ...m, measures: cols.map((c) => c!.unit), directions: cols.map((c) => c!.direction) },
    warnings,
  );
}
