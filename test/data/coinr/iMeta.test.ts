import { describe, expect, it } from 'vitest';
import { describe as describeProblem, toIssue } from '../../../src/data/coinr/coinrProblem.ts';
import { readIData } from '../../../src/data/coinr/iData.ts';
import { checkIMeta, iMetaToNodes, readIMeta } from '../../../src/data/coinr/iMeta.ts';
import { writeIData, writeIMeta } from '../../../src/data/coinr/writeCoinr.ts';
import { csvToGrid } from '../../../src/data/readers/grid.ts';
import { fixtureText } from '../../core/coin/studyFixture.ts';

const grid = (text: string, name: string) => {
  const g = csvToGrid(text, name);
  if (!g.ok) throw new Error('grid');
  return g.value;
};
const HEAD = 'iCode,iName,Level,Parent,Direction,Weight,Type,Unit,Target';

describe('checkIMeta() (the rules of COINr check_iMeta, every problem listed)', () => {
  it('the fixture iMeta is clean', () => {
    const m = readIMeta(grid(fixtureText('iMeta.csv'), 'iMeta.csv'));
    expect(m.problems).toEqual([]);
    expect(checkIMeta(m.table)).toEqual([]);
  });

  it('lists every problem with row and column, at once', () => {
    const text = [
      HEAD,
      'A 1,One,1,P,1,1,Indicator,,5', // space in iCode
      '2B,Two,1,P,3,1,Indicator,,5', // starts with digit; bad direction
      'C,Three,2,P,1,-1,Indicator,,', // indicator at level 2; negative weight; no target
      'C,Dup,1,Q,1,1,Indikator,,5', // duplicate, unknown parent, bad type
      'P,Pillar,2,IDX,1,abc,Aggregate,,', // weight not a number -> missing
      'IDX,Index,4,,1,1,Aggregate,,', // level 3 missing
      'Z,Zed,1,IDX,1,1,Aggregate,,', // aggregate at level 1
    ].join('\n');
    const m = readIMeta(grid(text, 'iMeta.csv'));
    const all = [...m.problems, ...checkIMeta(m.table)];
    const at = all.map((p) => `${p.code}@${p.row ?? '-'}:${p.column ?? '-'}`);
    expect(at).toEqual(
      expect.arrayContaining([
        'imeta-icode-space@2:A (iCode)',
        'imeta-icode-digit@3:A (iCode)',
        'imeta-direction-invalid@3:E (Direction)',
        'imeta-indicator-level@4:C (Level)',
        'imeta-weight-negative@4:F (Weight)',
        'imeta-target-missing@4:I (Target)',
        'imeta-icode-duplicate@5:A (iCode)',
        'imeta-parent-unknown@5:D (Parent)',
        'imeta-type-invalid@5:G (Type)',
        'imeta-not-number@6:F (Weight)',
        'imeta-weight-missing@6:F (Weight)',
        'imeta-level-gap@-:C (Level)',
        'imeta-aggregate-level1@8:C (Level)',
      ]),
    );
    const gap = all.find((p) => p.code === 'imeta-level-gap');
    expect(gap && toIssue(gap, 'en').message).toBe(
      'Level jumps over 3: every level from 1 to 4 must have a row.',
    );
    expect(gap && toIssue(gap, 'ru').message).toContain('Пропущены уровни 3');
    expect(gap && toIssue(gap, 'kk').message).toContain('деңгейлері');
    const dir = all.find((p) => p.code === 'imeta-direction-invalid');
    expect(dir && describeProblem(dir)).toBe(
      'iMeta.csv, row 3, column E (Direction): 2B: Direction 3 must be 1 (higher is better) or -1 (lower is better).',
    );
  });

  it('names a missing required column', () => {
    const m = readIMeta(grid('iCode,Level,Parent,Type,Weight\nA,1,,Indicator,1', 'm.csv'));
    expect(m.problems.map((p) => p.vars?.name)).toEqual(['Direction']);
  });
});

describe('readIData() (COINr check_iData rules) and the CSV writers', () => {
  it('reads the fixture: numeric indicator and denominator columns, the group column as text', () => {
    const m = readIMeta(grid(fixtureText('iMeta.csv'), 'iMeta.csv')).table;
    const d = readIData(grid(fixtureText('iData.csv'), 'iData.csv'), m);
    expect(d.problems).toEqual([]);
    expect(d.data.uCode).toHaveLength(40);
    expect([...d.data.numeric.keys()]).toEqual([
      'Pop',
      'I1',
      'I2',
      'I3',
      'I4',
      'I5',
      'I6',
      'I7',
      'I8',
    ]);
    expect(d.data.text.get('Zone')?.[0]).toBe('North');
    expect(Number.isNaN(d.data.numeric.get('I2')?.[25])).toBe(true);
  });

  it('lists duplicate unit-time rows, text in a number column and a missing indicator column', () => {
    const m = readIMeta(
      grid(
        `${HEAD}\nA,One,1,IDX,1,1,Indicator,,\nB,Two,1,IDX,1,1,Indicator,,\nIDX,Index,2,,1,1,Aggregate,,`,
        'iMeta.csv',
      ),
    ).table;
    const d = readIData(
      grid('uCode,uName,Time,A\nX1,Ex,2020,1\nX1,Ex,2020,abc\nX 2,Why,twenty,3', 'iData.csv'),
      m,
    );
    const at = d.problems.map((p) => `${p.code}@${p.row ?? '-'}:${p.column ?? '-'}`);
    expect(at).toEqual([
      'idata-unit-time-duplicate@3:A (uCode)',
      'idata-not-number@3:D (A)',
      'idata-ucode-space@4:A (uCode)',
      'idata-time-not-number@4:C (Time)',
      'idata-indicator-missing@1:-',
    ]);
  });

  it('writes iData and iMeta that read back to the same study', () => {
    const m = readIMeta(grid(fixtureText('iMeta.csv'), 'iMeta.csv')).table;
    const d = readIData(grid(fixtureText('iData.csv'), 'iData.csv'), m).data;
    const nodes = iMetaToNodes(m);
    const cols = nodes.filter((x) => x.level === 1).map((x) => x.code);
    const m2 = readIMeta(grid(writeIMeta(nodes), 'iMeta2.csv')).table;
    expect(checkIMeta(m2)).toEqual([]);
    expect(iMetaToNodes(m2)).toEqual(nodes);
    const d2 = readIData(grid(writeIData(d, cols), 'iData2.csv'), m2).data;
    expect(d2.uCode).toEqual(d.uCode);
    for (const c of cols)
      expect(Array.from(d2.numeric.get(c) ?? [])).toEqual(Array.from(d.numeric.get(c) ?? []));
  });
});

describe('rowsToXlsx(): iData and iMeta as .xlsx read back through the app reader', () => {
  it('the fixture study written as XLSX reads back to the same tree and values', async () => {
    const { rowsToXlsx } = await import('../../../src/data/coinr/writeXlsx.ts');
    const { iDataRows, iMetaRows } = await import('../../../src/data/coinr/writeCoinr.ts');
    const { readGrid } = await import('../../../src/data/readers/grid.ts');
    const m = readIMeta(grid(fixtureText('iMeta.csv'), 'iMeta.csv')).table;
    const d = readIData(grid(fixtureText('iData.csv'), 'iData.csv'), m).data;
    const nodes = iMetaToNodes(m);
    const cols = nodes.filter((x) => x.level === 1).map((x) => x.code);
    const gm = await readGrid(rowsToXlsx(iMetaRows(nodes), 'iMeta'), 'iMeta.xlsx');
    const gd = await readGrid(rowsToXlsx(iDataRows(d, cols), 'iData'), 'iData.xlsx');
    if (!gm.ok || !gd.ok) throw new Error('xlsx unreadable');
    expect(gm.value.format).toBe('xlsx');
    const m2 = readIMeta(gm.value).table;
    expect(checkIMeta(m2)).toEqual([]);
    expect(iMetaToNodes(m2)).toEqual(nodes);
    const d2 = readIData(gd.value, m2);
    expect(d2.problems).toEqual([]);
    for (const c of cols) {
      expect(Array.from(d2.data.numeric.get(c) ?? [])).toEqual(Array.from(d.numeric.get(c) ?? []));
    }
  });
});
