/**
 * asOwnUnits() (src/views/import/ownUnits.ts): a table that names no region is keyed by its
 * own labels (every row kept, one notice instead of a warning per row); a repeated label is
 * left out with a warning naming both rows; a table that names a region, or whose names look
 * like misspelt regions, stays a table of regions.
 */
import { describe, expect, it } from 'vitest';
import type { ImportedTable } from '../../../src/data/readers/indicatorTable.ts';
import { readUserFile } from '../../../src/data/readers/readUserFile.ts';
import type { Issue } from '../../../src/core/index.ts';
import { isOwnUnitTable } from '../../../src/state/unitKind.ts';
import { asOwnUnits } from '../../../src/views/import/ownUnits.ts';
import { toUserDataset } from '../../../src/views/import/toUserDataset.ts';

async function read(csv: string): Promise<{ table: ImportedTable; warnings: Issue[] }> {
  const r = await readUserFile(new TextEncoder().encode(csv), 'firms.csv');
  if (r.kind !== 'table' || !r.table.ok) throw new Error('not a table');
  return { table: r.table.value, warnings: [...r.warnings, ...r.table.warnings] };
}

const FIRMS = 'firm,x1,x2\nFirm 1,1,5\nFirm 2,2,4\nFirm 3,3,3\nFirm 4,4,2\n';

describe('asOwnUnits()', () => {
  it('keys a table of firms by its labels, with one notice and no region warnings', async () => {
    const { table, warnings } = await read(FIRMS);
    expect(warnings.filter((w) => w.code === 'unmatched-region')).toHaveLength(4);
    const own = asOwnUnits(table, warnings)!;
    expect(own.table.rows.map((r) => r.regionCode)).toEqual([
      'Firm 1',
      'Firm 2',
      'Firm 3',
      'Firm 4',
    ]);
    expect(own.warnings.map((w) => w.code)).toEqual(['table-as-own-units']);
    expect(own.warnings[0].params).toEqual({ count: 4, column: 'A' });
    // Every row reaches the dataset, with its values, under its own name.
    const d = toUserDataset(own.table, 'user-1', '2026-12-03T00:00:00Z', 2022);
    expect(d.table.rows.map((r) => [r.key, r.cells.x1.value])).toEqual([
      ['Firm 1', 1],
      ['Firm 2', 2],
      ['Firm 3', 3],
      ['Firm 4', 4],
    ]);
    expect(isOwnUnitTable(d)).toBe(true);
  });

  it('leaves out a repeated label, naming the row it repeats', async () => {
    const { table, warnings } = await read('firm,x1\nA,1\nB,2\nA,3\nC,4\n');
    const own = asOwnUnits(table, warnings)!;
    expect(own.table.rows.map((r) => r.regionCode)).toEqual(['A', 'B', null, 'C']);
    const dup = own.warnings.find((w) => w.code === 'unit-row-duplicate')!;
    expect(dup.params).toEqual({ first: 2, value: 'A' });
    expect(dup.where).toMatchObject({ file: 'firms.csv', row: 4 });
    expect(own.warnings[0].params).toMatchObject({ count: 3 });
  });

  it('keeps a table that names a region as a table of regions', async () => {
    const { table, warnings } = await read('name,x1\nАкмолинская область,1\nFirm 2,2\nFirm 3,3\n');
    expect(asOwnUnits(table, warnings)).toBeNull();
  });

  it('keeps a table of misspelt regions as regions, for the preview to match', async () => {
    const { table, warnings } = await read(
      'name,x1\nАлматы ЛТД,1\nАкмолинкая,2\nКарагандиская,3\nПавлодарска,4\nКостанайска,5\n',
    );
    expect(table.rows.every((r) => r.regionCode === null)).toBe(true);
    expect(asOwnUnits(table, warnings)).toBeNull();
  });

  it('does not take a table of regions for one of its own units', async () => {
    const { table } = await read('name,x1\nАкмолинская область,1\nКарагандинская область,2\n');
    const d = toUserDataset(table, 'user-2', '2026-12-03T00:00:00Z', 2022);
    expect(isOwnUnitTable(d)).toBe(false);
  });
});
