/**
 * The named error the clustering core throws when it is called with input it cannot use
 * (e.g. too many observations for a condensed distance matrix). `clusterAnalysis()` checks
 * user data first and returns issues instead, so a user normally sees the issue list, not
 * this error; callers that skip that check get a clear code instead of NaN or a crash.
 */
import { IssueError } from '../issueError.ts';

export type ClusterErrorCode =
  | 'too-many-observations'
  | 'too-few-observations'
  | 'non-finite-value'
  | 'ragged-rows'
  | 'k-out-of-range'
  | 'labels-length'
  | 'no-variables';

/** The cluster core's IssueError (core/issueError.ts), named for stack traces and logs. */
export class ClusterError extends IssueError<ClusterErrorCode> {
  override name = 'ClusterError';
}
