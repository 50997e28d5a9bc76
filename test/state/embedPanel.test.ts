/** Issue 11: a link carries every year of a panel, and opens as the same panel. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readPanelTable } from '../../src/data/readers/panelTable.ts';
import {
  datasetFromEmbedded,
  embedTable,
  readEmbeddedTable,
  userTableOf,
} from '../../src/state/study.ts';
import { panelToUserDataset } from '../../src/views/import/panelToUserDataset.ts';

describe('embedTable() with a panel', () => {
  it('embedTable() -> readEmbeddedTable() -> datasetFromEmbedded() keeps each year’s figures', async () => {
    const bytes = new Uint8Array(readFileSync('test/fixtures/crosswalk/bns-wide-2021-2023.csv'));
    const p = await readPanelTable(bytes, 'bns.csv');
    if (!p.ok) throw new Error('fixture unreadable');
    const { dataset } = panelToUserDataset(p.value, 'user-0000abcd', '');
    const d = { ...dataset, sha256: 'b'.repeat(64) };
    const e = readEmbeddedTable(JSON.parse(JSON.stringify(embedTable(d))));
    expect(e).not.toBeNull();
    const back = datasetFromEmbedded(userTableOf(d), 2021, e!, 'user-0000beef');
    expect(back.panel?.map((x) => x.year)).toEqual([2021, 2022, 2023]);
    expect(back.year).toBe(2023);
    const col = 'Численность населения по регионам';
    const v = (y: number, code: string) =>
      back.panel!.find((x) => x.year === y)!.table.rows.find((r) => r.key === code)!.cells[col]
        .value;
    expect(v(2021, 'KZ-61')).toBe(1931.9);
    expect(v(2021, 'KZ-62')).toBeNull();
    expect(v(2023, 'KZ-75')).toBe(2187.5);
    // A damaged panel is refused as a whole.
    const bad = JSON.parse(JSON.stringify(embedTable(d)));
    bad.panel[1].year = 2020;
    expect(readEmbeddedTable(bad)).toBeNull();
  });
});
