/**
 * The one error the core throws (docs/architecture.md, "Errors"): for input a method cannot
 * use when it is called without the checks its analysis entry point runs first (those return
 * issues: `clusterAnalysis()`, `factorAnalysis()` ...). It carries every problem found, each an
 * Issue with a stable code, so the CLI and the UI list them all instead of NaN or a stack
 * trace. Each part of the core names its own codes (ClusterErrorCode, FactorErrorCode, ...).
 */
import type { Issue } from './issue.ts';

export class IssueError<C extends string = string> extends Error {
  override name = 'IssueError';
  readonly code: C;
  /** Every problem found; the first one is also `issue`. */
  readonly issues: Issue[];
  get issue(): Issue {
    return this.issues[0];
  }
  /** `detail`: every problem found, or where the one problem is. */
  constructor(code: C, message: string, detail?: Issue[] | Issue['where']) {
    super(message);
    this.code = code;
    this.issues =
      Array.isArray(detail) && detail.length > 0
        ? detail
        : [
            {
              code,
              severity: 'error',
              message,
              ...(detail && !Array.isArray(detail) ? { where: detail } : {}),
            },
          ];
  }
}
