import { describe, expect, it } from 'vitest';
import { cell, parsePrinted } from '../../../src/data/datasets/cell.ts';

describe('parsePrinted', () => {
  it('parsePrinted() reads space thousands and decimal commas as the seeds print them', () => {
    expect(parsePrinted('1 417,77')).toBe(1417.77);
    expect(parsePrinted('2399860,9')).toBe(2399860.9);
    expect(parsePrinted('-0,083')).toBe(-0.083);
    expect(parsePrinted('413300')).toBe(413300);
  });

  it('parsePrinted() gives null for the no-data dash and throws on anything else', () => {
    expect(parsePrinted('-')).toBeNull();
    expect(() => parsePrinted('1,2,3')).toThrow(/Not a printed number/);
    expect(() => parsePrinted('abc')).toThrow(/Not a printed number/);
  });

  it('cell() keeps the printed text verbatim beside the parsed value', () => {
    const c = cell('1 048 779,0', { seed: 's', table: '2', row: '5', column: 'ВРП', col: 3 });
    expect(c).toEqual({
      value: 1048779,
      printed: '1 048 779,0',
      source: { seed: 's', table: '2', row: '5', column: 'ВРП', col: 3 },
    });
  });
});
