/**
 * A region x industry matrix read from a file the user chooses on #/specialisation (employment
 * or output): every numeric column of the table is an industry (docs/methods.md section 2).
 */
import type { Issue, LabelledMatrix } from '../../core/index.ts';
import { toIndicatorMatrix } from './indicatorMatrix.ts';
import { readIndicatorTable } from './indicatorTable.ts';

/** Rows = regions, columns = industries (a labelled matrix), with the file it came from. */
export interface EmploymentFile extends LabelledMatrix {
  fileName: string;
  /** What the reader noticed (kept apart from the measures' own issues). */
  warnings: Issue[];
}

/** Reads an imported file into a matrix: every numeric column is an industry. */
export async function readMatrixFile(
  bytes: Uint8Array,
  fileName: string,
  lang: 'ru' | 'kk' | 'en',
): Promise<{ ok: true; matrix: EmploymentFile } | { ok: false; issues: Issue[] }> {
  const table = await readIndicatorTable(bytes, fileName, { lang });
  if (!table.ok) return { ok: false, issues: table.issues };
  const numeric = table.value.columns.filter((c) => c.type === 'numeric').map((c) => c.name);
  if (numeric.length === 0) {
    return {
      ok: false,
      issues: [
        {
          code: 'no-numeric-columns',
          severity: 'error',
          message: 'The table has no column of numbers (industries).',
          where: { file: fileName },
        },
      ],
    };
  }
  const m = toIndicatorMatrix(table.value, numeric);
  if (!m.ok) return { ok: false, issues: m.issues };
  return {
    ok: true,
    matrix: {
      fileName,
      rows: m.value.rows,
      columns: m.value.columns,
      values: m.value.values,
      warnings: [...table.warnings, ...m.warnings],
    },
  };
}
