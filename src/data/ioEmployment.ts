/**
 * The employment the regionalisation of an input-output table reads (core/io/regionalise.ts:
 * SLQ, CILQ, FLQ; docs/methods.md) from a regions x industries labelled matrix: the matrix's
 * columns matched to the table's industries by name (normaliseLabel: case, ё and punctuation
 * do not count), the region's row, and the nation as the sum of every row. A missing cell
 * counts as 0. One step for the specialisation view's toolkit and the CLI's `io` command, so
 * the two regionalise alike.
 */
import type { LabelledMatrix } from '../core/index.ts';
import { normaliseLabel } from './readers/ioTable.ts';

export type IoEmployment =
  | { ok: true; regional: number[]; national: number[] }
  /** The table's industries the matrix has no column for, by name. */
  | { ok: false; absent: string[] };

/** `row`: the region's row of `employment` (its regional figures). */
export function ioEmployment(
  employment: LabelledMatrix,
  industries: readonly string[],
  row: number,
): IoEmployment {
  const cols = industries.map((ind) =>
    employment.columns.findIndex((c) => normaliseLabel(c) === normaliseLabel(ind)),
  );
  const absent = industries.filter((_, j) => cols[j] < 0);
  if (absent.length > 0) return { ok: false, absent };
  const cell = (k: number, j: number) => employment.values[k]?.[cols[j]] ?? 0;
  return {
    ok: true,
    regional: industries.map((_, j) => cell(row, j)),
    national: industries.map((_, j) => employment.rows.reduce((s, _r, k) => s + cell(k, j), 0)),
  };
}
