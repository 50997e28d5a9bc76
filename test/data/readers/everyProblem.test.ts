import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { collapseIssues, type Issue } from '../../../src/core/index.ts';
import { readIndicatorTable } from '../../../src/data/readers/indicatorTable.ts';
import { issueLine, issueReport } from '../../../src/i18n/issueText.ts';
import { readUserFile } from '../../../src/data/readers/readUserFile.ts';

const fx = (name: string) => new Uint8Array(readFileSync(`test/fixtures/readers/${name}`));
const placed = (issues: readonly Issue[]) =>
  issues.map((i) => [i.code, i.where?.row, i.where?.column ?? null]);

describe('every problem at once', () => {
  it('an unclosed quote in row 5 stops the parse, and rows 3 and 4 are still reported', async () => {
    const r = await readIndicatorTable(fx('unclosed-quote-row5.csv'), 'q.csv');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(placed(r.issues)).toEqual([
      ['missing-cells', 3, 'C (Занятость)'],
      ['not-a-number', 4, 'B (ВРП)'],
      ['unclosed-quote', 5, null],
    ]);
  });

  it('the import in the app gives the same list, in the user’s language', async () => {
    const read = await readUserFile(fx('unclosed-quote-row5.csv'), 'q.csv');
    const issues =
      read.kind === 'error'
        ? read.issues
        : read.kind === 'table' && !read.table.ok
          ? read.table.issues
          : [];
    expect(placed(issues).map((x) => x[1])).toEqual([3, 4, 5]);
    const ru = issues.map((i: Issue) => issueLine(i, 'ru'));
    expect(ru[0]).toMatch(/^строка 3, столбец C \(Занятость\): В строке 2 ячеек, а в заголовке 3/);
    expect(ru[1]).toMatch(/^строка 4, столбец B \(ВРП\): «abc» — не число/);
    expect(ru[2]).toMatch(/^строка 5: Открытая здесь кавычка нигде не закрывается/);
    // The report the CLI prints is the same list, line for line.
    expect(issueReport(issues, 'en')).toEqual([
      expect.stringMatching(/^error: row 3, column C \(Занятость\): The row has 2 cells/),
      expect.stringMatching(/^error: row 4, column B \(ВРП\): ‘abc’ is not a number/),
      expect.stringMatching(/^error: row 5: A quotation mark opened here is never closed/),
    ]);
  });
});

describe('collapseIssues()', () => {
  const many: Issue[] = Array.from({ length: 40000 }, (_, k) => ({
    code: 'not-a-number',
    severity: 'error',
    message: '',
    params: { value: 'x' },
    where: { row: k + 2, column: 'B (GRP)' },
  }));
  it('folds 40,000 identical warnings into one with the count and the first rows', () => {
    const out = collapseIssues([
      ...many,
      { code: 'total-row', severity: 'warning', message: '', where: { row: 3 } },
    ]);
    expect(out).toHaveLength(2);
    expect(out[0].where?.row).toBe(2);
    expect(out[0].params).toMatchObject({ collapsed: 39999, collapsedRows: [3, 4, 5, 6, 7] });
    expect(issueLine(out[0], 'ru').replace(/\s/g, ' ')).toMatch(
      /Так же ещё в 39 999 местах; первые строки: 3, 4, 5, 6, 7\.$/,
    );
  });
  it('keeps small groups as they are, and different columns apart', () => {
    const few = many.slice(0, 3);
    expect(collapseIssues(few)).toEqual(few);
    const other = { ...many[3], where: { row: 9, column: 'C' } };
    expect(collapseIssues([...few, other])).toHaveLength(4);
  });
});
