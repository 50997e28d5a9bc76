import { describe, expect, it } from 'vitest';
import { lda } from '../../../src/core/discriminant/lda.ts';
import { correlationMatrix } from '../../../src/core/factors/correlationMatrix.ts';
import { missingValueIssue } from '../../../src/core/stats/missingValue.ts';

/** The issues a method threw, or [] when it did not throw. */
function thrownIssues(run: () => unknown): unknown[] {
  try {
    run();
  } catch (e) {
    return (e as { issues?: unknown[] }).issues ?? [];
  }
  return [];
}

describe('missingValueIssue()', () => {
  it('missingValueIssue() names the cell 1-based, as a spreadsheet shows it', () => {
    expect(missingValueIssue(2, 'S_D')).toEqual({
      code: 'missing-values',
      severity: 'error',
      message: 'Observation 3, variable S_D: value is missing or not a finite number.',
      where: { row: 3, column: 'S_D' },
      params: { observations: [3], variables: ['S_D'] },
    });
  });

  it('missingValueIssue() is the issue factor and discriminant analysis list for a missing cell', () => {
    const data = [
      [1, 2],
      [2, null],
      [3, 5],
      [4, 3],
    ];
    const expected = missingValueIssue(1, 'b');
    expect(thrownIssues(() => correlationMatrix(data, ['a', 'b']))).toContainEqual(expected);
    expect(
      thrownIssues(() => lda(data, ['x', 'x', 'y', 'y'], { variables: ['a', 'b'] })),
    ).toContainEqual(expected);
  });
});
