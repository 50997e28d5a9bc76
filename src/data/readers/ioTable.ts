/**
 * An input-output table from CSV/XLSX: an n x n block of intermediate flows (industries as rows
 * and, in the same order, as columns) plus the rows total output, value added and household
 * income, as seed 002 uses them for output, value-added and household-income multipliers
 * (docs/methods.md §5: A = flows / output by column, L = (I - A)^-1). Validated so that the
 * technical coefficients exist: square, flows >= 0, outputs > 0, column inputs < output.
 */
import { type Issue, type Result, fail, ok } from '../../core/index.ts';
import type { BytesInput } from './decodeText.ts';
import { cellText, failWithFatal, readGrid, type Grid, type GridOptions } from './grid.ts';
import { MAX_IO_INDUSTRIES } from './limits.ts';
import { detectDecimalSeparator, parseNumber } from './parseNumber.ts';
import { cellIssue, columnLetter, columnName, quote } from './place.ts';

export interface IoTable {
  industries: string[];
  /** flows[i][j]: sales of industry i to industry j. */
  flows: number[][];
  output: number[];
  valueAdded: number[];
  householdIncome: number[];
}

type Special = 'output' | 'valueAdded' | 'householdIncome';

/** Accepted labels of the three extra rows (ru, kk, en), compared after normaliseLabel(). */
export const IO_ROW_LABELS: Record<Special, readonly string[]> = {
  output: [
    'total output',
    'gross output',
    'output',
    'валовой выпуск',
    'валовый выпуск',
    'выпуск',
    'выпуск всего',
    'всего выпуск',
    'жалпы шығарылым',
    'шығарылым',
    'жалпы өнім шығарылымы',
  ],
  valueAdded: [
    'value added',
    'gross value added',
    'gva',
    'добавленная стоимость',
    'валовая добавленная стоимость',
    'қосылған құн',
    'жалпы қосылған құн',
  ],
  householdIncome: [
    'household income',
    'compensation of employees',
    'wages',
    'labour income',
    'доходы домохозяйств',
    'доходы населения',
    'оплата труда',
    'оплата труда работников',
    'оплата труда наемных работников',
    'үй шаруашылықтарының табысы',
    'еңбекақы',
    'жалақы',
    'еңбекке ақы төлеу',
  ],
};
const ROW_NAME: Record<Special, string> = {
  output: 'total output',
  valueAdded: 'value added',
  householdIncome: 'household income',
};

/** Lower case, ё -> е, punctuation and repeated spaces removed. */
export function normaliseLabel(s: string): string {
  return s
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Whether a row label is one of the three extra rows (total output, value added, household income). */
export function isIoRowLabel(label: string): boolean {
  return special(label) !== null;
}

function special(label: string): Special | null {
  const n = normaliseLabel(label);
  for (const k of Object.keys(IO_ROW_LABELS) as Special[])
    if (IO_ROW_LABELS[k].includes(n)) return k;
  return null;
}

/** Reads bytes (CSV or XLSX) into an IoTable. */
export async function readIoTable(
  input: BytesInput,
  fileName: string,
  options: GridOptions = {},
): Promise<Result<IoTable>> {
  const grid = await readGrid(input, fileName, options);
  if (!grid.ok) return grid;
  const t = buildIoTable(grid.value);
  return t.ok
    ? ok(t.value, [...grid.warnings, ...t.warnings])
    : fail([...grid.warnings, ...t.issues]);
}

/**
 * Row 1: an empty (or title) cell, then the industries. Next rows: one per industry in the
 * same order, then the three extra rows in any order. Other rows (imports, taxes, totals) and
 * columns after the block (final demand) are ignored with a warning.
 */
export function buildIoTable(grid: Grid): Result<IoTable> {
  if (grid.fatal) return failWithFatal(grid, buildIoTable({ ...grid, fatal: undefined }));
  const file = grid.fileName;
  const rows = grid.rows;
  const issues: Issue[] = [];
  const warnings: Issue[] = [];
  const h = rows.findIndex((r) => r.some((c) => cellText(c) !== ''));
  if (h < 0)
    return fail([
      {
        code: 'empty-table',
        severity: 'error',
        message: 'The table is empty.',
        where: { file, row: 1 },
      },
    ]);
  const header = rows[h].map(cellText);
  const body = rows
    .map((r, i) => ({ row: i + 1, cells: r }))
    .slice(h + 1)
    .filter((r) => r.cells.some((c) => cellText(c) !== ''));
  const industryRows: typeof body = [];
  const specials: Partial<Record<Special, (typeof body)[number]>> = {};
  for (const r of body) {
    const label = cellText(r.cells[0]);
    const s = special(label);
    if (s) {
      if (specials[s])
        warnings.push(
          cellIssue(
            'duplicate-row',
            'warning',
            `Row ${r.row} repeats the ${ROW_NAME[s]} row; only row ${specials[s]!.row} is used.`,
            file,
            r.row,
            0,
            undefined,
            { rowName: s, first: specials[s]!.row },
          ),
        );
      else specials[s] = r;
    } else if (Object.keys(specials).length === 0) {
      industryRows.push(r);
    } else {
      warnings.push(
        cellIssue(
          'ignored-row',
          'warning',
          `Row ${r.row} ('${quote(label)}') is not one of the rows total output, value added or household income and was ignored.`,
          file,
          r.row,
          0,
          undefined,
          { value: quote(label) },
        ),
      );
    }
  }
  const n = industryRows.length;
  if (n === 0)
    return fail([
      {
        code: 'no-industries',
        severity: 'error',
        message: 'No industry rows were found between the header and the total output row.',
        where: { file, row: h + 2 },
      },
    ]);
  if (n > MAX_IO_INDUSTRIES)
    return fail([
      {
        code: 'too-many-industries',
        severity: 'error',
        message: `The table has ${n} industries; up to ${MAX_IO_INDUSTRIES} are supported.`,
        where: { file },
        params: { count: n, limit: MAX_IO_INDUSTRIES },
      },
    ]);
  // Only now, so that a long table of some other kind is turned down without reading every cell.
  const decimal = detectDecimalSeparator(
    rows.flatMap((r) => r.map(cellText)),
    grid.delimiter,
  );
  const industries = industryRows.map((r) => cellText(r.cells[0]));
  industryRows.forEach((r, i) => {
    const col = header[i + 1] ?? '';
    if (industries[i] === '') {
      issues.push(
        cellIssue(
          'missing-label',
          'error',
          `Row ${r.row} has flows but no industry name in column A.`,
          file,
          r.row,
          0,
        ),
      );
    } else if (normaliseLabel(col) !== normaliseLabel(industries[i])) {
      issues.push(
        cellIssue(
          'labels-differ',
          'error',
          `The flow block must be square with industries in the same order: row ${r.row} is '${quote(industries[i])}' but ${columnName(i + 1)} in row ${h + 1} is '${quote(col)}'.`,
          file,
          h + 1,
          i + 1,
          col,
          { value: quote(industries[i]), expected: quote(col) },
        ),
      );
    }
  });
  if (header.slice(n + 1).some((c) => c !== '')) {
    warnings.push(
      cellIssue(
        'ignored-columns',
        'warning',
        `Columns after ${columnName(n)} are not part of the ${n} x ${n} flow block and were ignored.`,
        file,
        h + 1,
        n + 1,
        undefined,
        { column: columnLetter(n), count: n },
      ),
    );
  }
  const num = (r: (typeof body)[number], j: number, what: Special | 'flow'): number => {
    const raw = r.cells[j];
    const p =
      typeof raw === 'number'
        ? ({ kind: 'number', value: raw } as const)
        : parseNumber(cellText(raw), decimal);
    if (p.kind === 'number' && Number.isFinite(p.value)) return p.value;
    issues.push(
      cellIssue(
        p.kind === 'missing' ? 'empty-cell' : 'not-a-number',
        'error',
        p.kind === 'missing'
          ? `Row ${r.row}, ${columnName(j, header[j])}: the ${what === 'flow' ? 'flow' : ROW_NAME[what]} is empty; write 0 where there is none.`
          : `Row ${r.row}, ${columnName(j, header[j])}: '${quote(cellText(raw))}' is not a number.`,
        file,
        r.row,
        j,
        header[j],
        p.kind === 'missing' ? { rowName: what } : { value: quote(cellText(raw)) },
      ),
    );
    return 0;
  };
  const flows = industryRows.map((r) =>
    industries.map((_, j) => {
      const v = num(r, j + 1, 'flow');
      if (v < 0)
        issues.push(
          cellIssue(
            'negative-flow',
            'error',
            `Row ${r.row}, ${columnName(j + 1, header[j + 1])}: flows cannot be negative (${v}).`,
            file,
            r.row,
            j + 1,
            header[j + 1],
            { value: v },
          ),
        );
      return v;
    }),
  );
  const extra: Partial<Record<Special, number[]>> = {};
  for (const k of Object.keys(ROW_NAME) as Special[]) {
    const r = specials[k];
    if (!r) {
      issues.push({
        code: 'missing-row',
        severity: 'error',
        message: `The ${ROW_NAME[k]} row is missing. Add a row labelled '${IO_ROW_LABELS[k][0]}' (or '${IO_ROW_LABELS[k].find((s) => /[а-я]/.test(s))}') below the flows.`,
        where: { file },
        params: { rowName: k },
      });
      continue;
    }
    extra[k] = industries.map((_, j) => num(r, j + 1, k));
  }
  extra.output?.forEach((v, j) => {
    const r = specials.output!;
    if (!(v > 0))
      issues.push(
        cellIssue(
          'output-not-positive',
          'error',
          `Total output of '${quote(industries[j])}' must be above zero to compute its technical coefficients.`,
          file,
          r.row,
          j + 1,
          header[j + 1],
          { industry: quote(industries[j]) },
        ),
      );
    else {
      const inputs = flows.reduce((s, row) => s + row[j], 0);
      if (inputs >= v) {
        issues.push(
          cellIssue(
            'inputs-exceed-output',
            'error',
            `'${quote(industries[j])}' buys ${inputs} from the listed industries but its total output is ${v}; intermediate inputs must be less than output, or the Leontief inverse does not exist.`,
            file,
            r.row,
            j + 1,
            header[j + 1],
            { industry: quote(industries[j]), inputs, output: v },
          ),
        );
      }
    }
  });
  for (const k of ['valueAdded', 'householdIncome'] as const) {
    extra[k]?.forEach((v, j) => {
      if (v < 0)
        warnings.push(
          cellIssue(
            'negative-io-value',
            'warning',
            `The ${ROW_NAME[k]} of '${quote(industries[j])}' is negative (${v}).`,
            file,
            specials[k]!.row,
            j + 1,
            header[j + 1],
            { rowName: k, industry: quote(industries[j]), value: v },
          ),
        );
    });
  }
  if (issues.length > 0) return fail([...issues, ...warnings]);
  return ok(
    {
      industries,
      flows,
      output: extra.output!,
      valueAdded: extra.valueAdded!,
      householdIncome: extra.householdIncome!,
    },
    warnings,
  );
}
