/**
 * A problem found in user input or in a computation. Readers and validators return a list
 * of these rather than throwing, so the UI can show every problem at once (docs/architecture.md,
 * "Validation lists every problem").
 */
export interface Issue {
  /** Stable machine-readable code, e.g. `constant-column`, `zero-maximum`. */
  code: string;
  severity: 'error' | 'warning';
  /** A sentence a policymaker understands, in English; the UI may translate by `code`. */
  message: string;
  /** Where the problem is: a spec field path, a file with row/column, or a region. */
  where?: {
    field?: string;
    file?: string;
    /** Row as a spreadsheet shows it (header = row 1). */
    row?: number;
    /** Column as a spreadsheet shows it (A, B, ...) or the column name. */
    column?: string;
    region?: string;
    indicator?: string;
    feature?: number;
    property?: string;
  };
}

/** Either a value, or the list of issues that prevented it. Warnings may accompany a value. */
export type Result<T> = { ok: true; value: T; warnings: Issue[] } | { ok: false; issues: Issue[] };

export const ok = <T>(value: T, warnings: Issue[] = []): Result<T> => ({
  ok: true,
  value,
  warnings,
});
export const fail = <T>(issues: Issue[]): Result<T> => ({ ok: false, issues });
