/**
 * ioEmployment() (src/data/ioEmployment.ts): the employment vectors the input-output
 * regionalisation reads, shared by the specialisation view and `atlas io`. Hand-computed on a
 * 3 x 3 matrix: columns in another order and spelling than the table's industries.
 */
import { describe, expect, it } from 'vitest';
import { ioEmployment } from '../../src/data/ioEmployment.ts';

const employment = {
  rows: ['KZ-AKM', 'KZ-VOS', 'KZ-ALA'],
  columns: ['ТОРГОВЛЯ', 'Горно-добывающая промышленность', 'Связь'],
  values: [
    [10, 20, 5],
    [30, null, 7],
    [60, 40, 8],
  ],
};

describe('ioEmployment()', () => {
  it('matches columns by name (case, ё, punctuation aside), takes the row and sums every row, a gap as 0', () => {
    const e = ioEmployment(employment, ['Горно добывающая промышленность', 'торговля'], 1);
    expect(e).toEqual({ ok: true, regional: [0, 30], national: [60, 100] });
  });

  it('names every industry of the table the matrix has no column for', () => {
    expect(ioEmployment(employment, ['Связь', 'Энергетика', 'Транспорт'], 0)).toEqual({
      ok: false,
      absent: ['Энергетика', 'Транспорт'],
    });
  });
});
