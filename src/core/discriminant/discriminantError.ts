/**
 * The named error discriminant analysis throws for input it cannot use, with every problem
 * as an Issue (stable code, plain sentence, where), so callers show a list, not NaN.
 */
import type { Issue } from '../issue.ts';

export type DiscriminantErrorCode =
  | 'labels-length'
  | 'ragged-rows'
  | 'missing-values'
  | 'too-few-groups'
  | 'group-too-small'
  | 'too-few-observations'
  | 'singular-pooled-covariance';

export class DiscriminantError extends Error {
  override readonly name = 'DiscriminantError';
  readonly code: DiscriminantErrorCode;
  readonly issues: Issue[];
  get issue(): Issue {
    return this.issues[0];
  }
  constructor(code: DiscriminantErrorCode, message: string, issues?: Issue[]) {
    super(message);
    this.code = code;
    this.issues = issues && issues.length > 0 ? issues : [{ code, severity: 'error', message }];
  }
}
