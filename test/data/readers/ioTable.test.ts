import { describe, expect, it } from 'vitest';
import { buildIoTable } from '../../../src/data/readers/ioTable.ts';
import { csvToGrid } from '../../../src/data/readers/grid.ts';

describe('buildIoTable()', () => {
  const grid = (text: string) => {
    const g = csvToGrid(text, 'io.csv');
    if (!g.ok) throw new Error('grid');
    return g.value;
  };
  it('buildIoTable() reads a 2 x 2 block with Russian row labels', () => {
    const r = buildIoTable(
      grid(
        ';Agriculture;Industry;Final demand\nAgriculture;10;20;70\nIndustry;30;40;30\nВаловой выпуск;100;200;\nДобавленная стоимость;60;140;\nОплата труда;30;50;\n',
      ),
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value).toEqual({
      industries: ['Agriculture', 'Industry'],
      flows: [
        [10, 20],
        [30, 40],
      ],
      output: [100, 200],
      valueAdded: [60, 140],
      householdIncome: [30, 50],
    });
    expect(r.warnings.map((w) => w.code)).toEqual(['ignored-columns']);
  });
  it('buildIoTable() rejects mismatched labels, negative flows and zero output with places', () => {
    const r = buildIoTable(grid(',A,B\nA,-1,2\nC,3,4\ntotal output,0,10\nvalue added,1,1\n'));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(
      r.issues
        .filter((i) => i.severity === 'error')
        .map((i) => [i.code, i.where?.row, i.where?.column]),
    ).toEqual([
      ['labels-differ', 1, 'C (B)'],
      ['negative-flow', 2, 'B (A)'],
      ['missing-row', undefined, undefined],
      ['output-not-positive', 4, 'B (A)'],
    ]);
  });
});
