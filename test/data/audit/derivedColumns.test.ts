import { describe, expect, it } from 'vitest';
import {
  RECEPTIVITY_RULES,
  auditDerivedColumns,
  reproduces,
} from '../../../src/data/audit/derivedColumns.ts';
import { formatPrinted, relativeDifference } from '../../../src/data/audit/finding.ts';
import type { PrintedRow } from '../../../src/data/audit/printedRows.ts';
import { cell } from '../../../src/data/datasets/cell.ts';

function row(
  no: string,
  label: string,
  raw: [string, string, string, string],
  derived: [string, string, string],
): PrintedRow {
  const src = (column: string) => ({ seed: 't', table: '9', row: no, column, col: 1 });
  const [grp, employed, fixed, emissions] = raw;
  const [sd, sf, se] = derived;
  return {
    row: no,
    label,
    cells: {
      grp: cell(grp, src('grp')),
      employed: cell(employed, src('employed')),
      fixed_assets: cell(fixed, src('fixed_assets')),
      emissions: cell(emissions, src('emissions')),
      S_D: cell(sd, src('S_D')),
      S_F: cell(sf, src('S_F')),
      S_E: cell(se, src('S_E')),
    },
  };
}

describe('auditDerivedColumns', () => {
  it('auditDerivedColumns() names the row whose raw data reproduce two swapped rows', () => {
    // a: grp 1000, employed 10 -> S_D 100000, S_F 2, S_E 100; b: grp 600, employed 20 -> 30000, 3, 20.
    const a = row('1', 'A', ['1000,0', '10', '500,0', '10,0'], ['30 000,00', '3,00', '20,0']);
    const b = row('2', 'B', ['600,0', '20', '200,0', '30,0'], ['100 000,00', '2,00', '100,0']);
    const c = row('3', 'C', ['50,0', '5', '50,0', '5,0'], ['10 000,00', '1,00', '10,0']);
    const f = auditDerivedColumns('x', '9', [a, b, c], RECEPTIVITY_RULES);
    expect(f.map((x) => `${x.row}.${x.column}`)).toEqual([
      '1.S_D',
      '1.S_F',
      '1.S_E',
      '2.S_D',
      '2.S_F',
      '2.S_E',
    ]);
    expect(f[0].recomputed).toBe(100000);
    expect(f[0].cause).toMatch(
      /^value belongs to row 2 \(B\): recomputing that row's raw data gives 30 000,00/,
    );
    expect(f[3].cause).toMatch(/^value belongs to row 1 \(A\)/);
  });

  it('auditDerivedColumns() says when no row reproduces a figure', () => {
    const a = row('1', 'A', ['1000,0', '10', '500,0', '10,0'], ['100 000,00', '2,00', '55,0']);
    const f = auditDerivedColumns('x', '9', [a], RECEPTIVITY_RULES);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ row: '1', column: 'S_E', printed: 55, recomputed: 100 });
    expect(f[0].cause).toMatch(/no row of Table 9 reproduces it/);
  });

  it('reproduces() accepts a difference within half a unit of the last printed decimal', () => {
    const c = cell('1,00', { seed: 't', table: '9', row: '1' });
    expect(reproduces(c, 0.996)).toBe(true);
    expect(reproduces(c, 0.994)).toBe(false);
  });

  it('formatPrinted() and relativeDifference() follow the seed style and the 1% rule', () => {
    expect(formatPrinted(2063.1541, 2)).toBe('2 063,15');
    expect(formatPrinted(-0.5, 1)).toBe('-0,5');
    expect(formatPrinted(1397993.4, 0)).toBe('1 397 993');
    expect(relativeDifference(101, 100)).toBeCloseTo(0.01, 12);
    expect(relativeDifference(1, 0)).toBe(Infinity);
  });
});
