/**
 * Issue 11: a Bureau-style panel (the crosswalk fixture made by
 * test/fixtures/crosswalk/make_fixtures.py: Windows-1251, ';', decimal commas, title rows, years
 * as headers, a republic total row, 'х' for Ulytau 2021) becomes one table per year, keyed by
 * today's codes, the total left out. Expected figures are the file's own cells.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readPanelTable } from '../../../src/data/readers/panelTable.ts';
import { readGrid } from '../../../src/data/readers/grid.ts';
import { panelScheme, panelToUserDataset } from '../../../src/views/import/panelToUserDataset.ts';
import { isUserDataset } from '../../../src/state/persistence/records.ts';

const FILE = 'test/fixtures/crosswalk/bns-wide-2021-2023.csv';

async function load() {
  const bytes = new Uint8Array(readFileSync(FILE));
  const panel = await readPanelTable(bytes, 'bns.csv');
  const grid = await readGrid(bytes, 'bns.csv');
  if (!panel.ok || !grid.ok) throw new Error('fixture unreadable');
  return { panel: panel.value, grid: grid.value };
}

describe('panelToUserDataset()', () => {
  it('panelToUserDataset() gives one table of the 20 current units per year, the total row left out', async () => {
    const { panel, grid } = await load();
    expect(panelScheme(panel)).toBe('current');
    const { dataset: d, warnings } = panelToUserDataset(panel, 'user-0000abcd', '', grid);
    expect(warnings).toEqual([]);
    expect(d.panel?.map((p) => p.year)).toEqual([2021, 2022, 2023]);
    expect(d.year).toBe(2023);
    expect(d.table).toBe(d.panel![2].table);
    const col = 'Численность населения по регионам';
    for (const p of d.panel!) {
      expect(p.table.rows).toHaveLength(20);
      expect(p.table.scheme).toBe('current');
      expect(p.table.columns.map((c) => c.id)).toEqual([col]);
      expect(p.table.rows.some((r) => /Республика/.test(r.label))).toBe(false);
    }
    const at = (y: number, code: string) =>
      d.panel!.find((p) => p.year === y)!.table.rows.find((r) => r.key === code)!.cells[col];
    // Abai (KZ-10), row 5 of the file: 1864,7 / 2098,5 / 1278,1.
    expect(at(2021, 'KZ-10').value).toBe(1864.7);
    expect(at(2022, 'KZ-10').value).toBe(2098.5);
    expect(at(2023, 'KZ-10').value).toBe(1278.1);
    expect(at(2021, 'KZ-10').printed).toBe('1864,7');
    expect(at(2021, 'KZ-10').source).toMatchObject({ row: '5', column: `B (${col})` });
    expect(at(2023, 'KZ-10').source).toMatchObject({ row: '5', column: `D (${col})` });
    // Ulytau (KZ-62) 2021 is suppressed ('х'); Shymkent (KZ-79) 2023 is 1864,2.
    expect(at(2021, 'KZ-62').value).toBeNull();
    expect(at(2021, 'KZ-62').printed).toBe('х');
    expect(at(2022, 'KZ-62').value).toBe(623.2);
    expect(at(2023, 'KZ-79').value).toBe(1864.2);
    expect(isUserDataset(d)).toBe(true);
  });

  it('isUserDataset() refuses a panel whose years are out of order or out of range', async () => {
    const { panel, grid } = await load();
    const { dataset: d } = panelToUserDataset(panel, 'user-0000abcd', '', grid);
    expect(isUserDataset({ ...d, panel: [...d.panel!].reverse() })).toBe(false);
    expect(isUserDataset({ ...d, panel: [{ ...d.panel![0], year: 1800 }] })).toBe(false);
    expect(isUserDataset({ ...d, panel: [] })).toBe(false);
    expect(isUserDataset({ ...d, year: 2023.5 })).toBe(false);
  });
});
