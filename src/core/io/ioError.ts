/**
 * The named error of the input-output core: each problem with a stable code and a sentence a
 * policymaker understands, instead of NaN or Infinity in multipliers.
 */
import { IssueError } from '../issueError.ts';

export type IoErrorCode =
  | 'not-square'
  | 'length-mismatch'
  | 'non-finite-value'
  | 'negative-coefficient'
  | 'zero-output'
  | 'column-sum-not-below-one'
  | 'singular'
  | 'not-productive'
  | 'zero-income-ratio';

/** The io core's IssueError (core/issueError.ts), named for stack traces and logs. */
export class IoError extends IssueError<IoErrorCode> {
  override name = 'IoError';
}

/** Industry names for messages: the given ones, else 1, 2, ... */
export function industryNames(n: number, names?: readonly string[]): string[] {
  return names && names.length === n
    ? [...names]
    : Array.from({ length: n }, (_, j) => `industry ${j + 1}`);
}
