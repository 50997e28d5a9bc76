/**
 * A problem found in user input or in a computation. Readers and validators return a list
 * of these rather than throwing, so the UI can show every problem at once (docs/architecture.md,
 * "Validation lists every problem").
 */
export interface Issue {
  /** Stable machine-readable code, e.g. `constant-column`, `zero-maximum`. */
  code: string;
  severity: 'error' | 'warning';
  /** A sentence a policymaker understands, in English (the CLI's default and a fallback). */
  message: string;
  /**
   * The specifics of the problem, by name, for the message catalogue (`src/i18n/issueMessages.ts`)
   * to fill into the sentence in the user's language: `value` (the cell's text), `expected`,
   * counts, `region`/`regions` (ISO codes, shown as names in the interface language), sizes in
   * bytes (keys ending in `Bytes`). Numbers are formatted in the interface locale.
   */
  params?: IssueParams;
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

export type IssueParam = string | number | readonly (string | number)[];
export type IssueParams = Record<string, IssueParam>;

/** Either a value, or the list of issues that prevented it. Warnings may accompany a value. */
export type Result<T> = { ok: true; value: T; warnings: Issue[] } | { ok: false; issues: Issue[] };

export const ok = <T>(value: T, warnings: Issue[] = []): Result<T> => ({
  ok: true,
  value,
  warnings,
});
export const fail = <T>(issues: Issue[]): Result<T> => ({ ok: false, issues });
