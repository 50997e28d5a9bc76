/**
 * The named error of the input-output core: each problem with a stable code and a sentence a
 * policymaker understands, instead of NaN or Infinity in multipliers.
 */
import type { Issue } from '../issue.ts';

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

export class IoError extends Error {
  override readonly name = 'IoError';
  readonly code: IoErrorCode;
  readonly issues: Issue[];
  get issue(): Issue {
    return this.issues[0];
  }
  constructor(code: IoErrorCode, message: string, issues?: Issue[]) {
    super(message);
    this.code = code;
    this.issues = issues && issues.length > 0 ? issues : [{ code, severity: 'error', message }];
  }
}

/** Industry names for messages: the given ones, else 1, 2, ... */
export function industryNames(n: number, names?: readonly string[]): string[] {
  return names && names.length === n
    ? [...names]
    : Array.from({ length: n }, (_, j) => `industry ${j + 1}`);
}
