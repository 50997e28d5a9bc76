import { describe, expect, it } from 'vitest';
import { columnLetter, parseInputMatrix } from '../../src/cli/inputMatrix.ts';

describe('parseInputMatrix()', () => {
  it('reads labels, columns and numbers, with - and empty cells as missing', () => {
    const m = parseInputMatrix('region,a,b\nX,1,-\nY,,2.5\n');
    expect(m).toEqual({
      labels: ['X', 'Y'],
      columns: ['a', 'b'],
      values: [
        [1, null],
        [null, 2.5],
      ],
    });
  });

  it('names the row and spreadsheet column of a non-number', () => {
    expect(() => parseInputMatrix('r,a,b\nX,1,2\nY,3,abc\n', 'f.csv')).toThrow(
      /f\.csv: 1 problem\(s\):\n {2}row 3, column C \(b\): 'abc' is not a number/,
    );
  });

  it('columnLetter() counts like a spreadsheet', () => {
    expect([0, 25, 26, 27, 701].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'AB', 'ZZ']);
  });
});
