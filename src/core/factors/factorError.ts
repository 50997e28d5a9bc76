/**
 * The named error the factor-analysis core throws for input it cannot use. It carries every
 * problem found (e.g. each missing cell), each as an Issue with a stable code, so the CLI and
 * the UI can list them all instead of showing NaN or a stack trace.
 */
import type { Issue } from '../issue.ts';

export type FactorErrorCode =
  | 'too-few-observations'
  | 'too-few-variables'
  | 'ragged-rows'
  | 'missing-values'
  | 'constant-column'
  | 'variables-length'
  | 'nfactors-out-of-range'
  | 'eigen-failed';

export class FactorError extends Error {
  override readonly name = 'FactorError';
  readonly code: FactorErrorCode;
  /** Every problem found; the first one is also `issue`. */
  readonly issues: Issue[];
  get issue(): Issue {
    return this.issues[0];
  }
  constructor(code: FactorErrorCode, message: string, issues?: Issue[]) {
    super(message);
    this.code = code;
    this.issues = issues && issues.length > 0 ? issues : [{ code, severity: 'error', message }];
  }
}
