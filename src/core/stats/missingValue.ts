/**
 * Complete-data methods (factor analysis, discriminant analysis) reject a data matrix with a
 * missing or non-finite cell and list every such cell, in the same words, so the UI can
 * translate them by code (docs/architecture.md, "Validation lists every problem").
 */
import type { Issue } from '../issue.ts';

/**
 * The `missing-values` error for observation `observation` (0-based) of variable `variable`:
 * row numbers are reported 1-based, as a spreadsheet shows them.
 */
export function missingValueIssue(observation: number, variable: string): Issue {
  return {
    code: 'missing-values',
    severity: 'error',
    message: `Observation ${observation + 1}, variable ${variable}: value is missing or not a finite number.`,
    where: { row: observation + 1, column: variable },
    params: { observations: [observation + 1], variables: [variable] },
  };
}
