/**
 * The named error discriminant analysis throws for input it cannot use, with every problem
 * as an Issue (stable code, plain sentence, where), so callers show a list, not NaN.
 */
import { IssueError } from '../issueError.ts';

export type DiscriminantErrorCode =
  | 'labels-length'
  | 'ragged-rows'
  | 'missing-values'
  | 'too-few-groups'
  | 'group-too-small'
  | 'too-few-observations'
  | 'singular-pooled-covariance';

/** The discriminant core's IssueError (core/issueError.ts), named for stack traces and logs. */
export class DiscriminantError extends IssueError<DiscriminantErrorCode> {
  override name = 'DiscriminantError';
}
