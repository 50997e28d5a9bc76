/**
 * The named error the factor-analysis core throws for input it cannot use. It carries every
 * problem found (e.g. each missing cell), each as an Issue with a stable code, so the CLI and
 * the UI can list them all instead of showing NaN or a stack trace.
 */
import { IssueError } from '../issueError.ts';

export type FactorErrorCode =
  | 'too-few-observations'
  | 'too-few-variables'
  | 'ragged-rows'
  | 'missing-values'
  | 'constant-column'
  | 'variables-length'
  | 'nfactors-out-of-range'
  | 'eigen-failed';

/** The factor core's IssueError (core/issueError.ts), named for stack traces and logs. */
export class FactorError extends IssueError<FactorErrorCode> {
  override name = 'FactorError';
}
