/**
 * Issue 11: the crosswalk offered on import carries an imported table to the boundaries' scheme
 * with the same code as `atlas crosswalk`. Expected figures come from the independent Python
 * script test/fixtures/crosswalk/make_fixtures.py (expected-to-2014.json, expected-to-current.json).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultSpec, validateSpec, type CrosswalkSpec } from '../../../src/core/index.ts';
import { sharesFromPanel } from '../../../src/data/crosswalkPanel.ts';
import { readPanelTable, type PanelTable } from '../../../src/data/readers/panelTable.ts';
import { isUserDataset } from '../../../src/state/persistence/records.ts';
import {
  datasetFromEmbedded,
  embedTable,
  userRatingSpec,
  userTableOf,
} from '../../../src/state/study.ts';
import { crosswalkDataset, crosswalkTarget } from '../../../src/views/import/crosswalkImport.ts';
import { panelToUserDataset } from '../../../src/views/import/panelToUserDataset.ts';
import type { UserDataset } from '../../../src/state/userData.ts';

const DIR = 'test/fixtures/crosswalk/';
const POP = 'Население';
const RATE = 'Уровень безработицы %';

async function panelOf(file: string): Promise<PanelTable> {
  const r = await readPanelTable(new Uint8Array(readFileSync(DIR + file)), file);
  if (!r.ok) throw new Error(`${file} unreadable`);
  return r.value;
}

function datasetOf(panel: PanelTable): UserDataset {
  const d = panelToUserDataset(panel, 'user-00000001', '2026-12-02T00:00:00Z').dataset;
  return { ...d, sha256: 'a'.repeat(64) };
}

const cell = (d: UserDataset, year: number, code: string, col: string) => {
  const t = d.panel ? d.panel.find((p) => p.year === year)!.table : d.table;
  return t.rows.find((r) => r.key === code)!.cells[col];
};

interface Expected {
  code: string;
  year: number;
  population: number;
  rate: number;
  parts?: number;
}

describe('crosswalkDataset()', () => {
  it('crosswalkTarget() offers the boundaries’ scheme only when the table is in the other one', () => {
    expect(crosswalkTarget('current', '2014')).toBe('2014');
    expect(crosswalkTarget('2014', 'current')).toBe('current');
    expect(crosswalkTarget('current', 'current')).toBeNull();
  });

  it('today’s panel on the 16 regions of 2014: populations summed, rates weighted, as the Python reference', async () => {
    const panel = await panelOf('long-panel.csv');
    const choice: CrosswalkSpec = {
      from: 'current',
      to: '2014',
      additive: [POP],
      weighted: [RATE],
      weight: POP,
    };
    const r = crosswalkDataset(datasetOf(panel), panel, choice);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const d = r.value;
    expect(d.crosswalk).toEqual(choice);
    expect(d.panel!.map((p) => p.year)).toEqual([2021, 2022, 2023]);
    for (const p of d.panel!) {
      expect(p.table.scheme).toBe('2014');
      expect(p.table.rows).toHaveLength(16);
    }
    const ref = JSON.parse(readFileSync(`${DIR}expected-to-2014.json`, 'utf8')) as Expected[];
    expect(ref.length).toBe(48);
    for (const e of ref) {
      expect(cell(d, e.year, e.code, POP).value).toBeCloseTo(e.population, 9);
      expect(cell(d, e.year, e.code, RATE).value).toBeCloseTo(e.rate, 9);
      // The undeclared column survives only where the territory did not change.
      if ((e.parts ?? 1) > 1) expect(cell(d, e.year, e.code, 'note').value).toBeNull();
    }
    // South Kazakhstan 2021 was made of Turkistan's and Shymkent's rows: the cell names both.
    const rows = cell(d, 2021, 'KZ-YUZ', POP).source.row.split(', ');
    expect(rows).toHaveLength(2);
    expect(isUserDataset(d)).toBe(true);
  });

  it('a 2014 table to today’s 20 units: refused without an allocation key (naming the parts), carried with one as the Python reference', async () => {
    const panel = await panelOf('long-2014-2017.csv');
    const choice: CrosswalkSpec = {
      from: '2014',
      to: 'current',
      additive: [POP],
      weighted: [RATE],
      weight: POP,
    };
    const prev = { ...datasetOf(panel), panel: undefined, year: 2017 };
    const refused = crosswalkDataset(prev, panel, choice);
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.issues.map((i) => i.code)).toEqual(['crosswalk-needs-shares']);
    expect(refused.issues[0].params?.regions).toEqual(
      expect.arrayContaining(['KZ-10', 'KZ-33', 'KZ-62', 'KZ-61', 'KZ-79']),
    );

    const shares = sharesFromPanel(await panelOf('shares.csv'));
    const withKey = {
      ...choice,
      shares: { fileName: 'shares.csv', sha256: 'b'.repeat(64) },
    };
    const r = crosswalkDataset(prev, panel, withKey, shares);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const d = r.value;
    // One year: a table, not a panel.
    expect(d.panel).toBeUndefined();
    expect(d.year).toBe(2017);
    expect(d.table.scheme).toBe('current');
    expect(d.table.rows).toHaveLength(20);
    const ref = JSON.parse(readFileSync(`${DIR}expected-to-current.json`, 'utf8')) as Expected[];
    expect(ref.length).toBe(20);
    for (const e of ref) {
      expect(cell(d, 2017, e.code, POP).value).toBeCloseTo(e.population, 9);
      expect(cell(d, 2017, e.code, RATE).value).toBeCloseTo(e.rate, 9);
    }
  });

  it('the choice travels: the spec names it, a link rebuilds it, the validator keeps it', async () => {
    const panel = await panelOf('long-panel.csv');
    const choice: CrosswalkSpec = {
      from: 'current',
      to: '2014',
      additive: [POP],
      weighted: [RATE],
      weight: POP,
    };
    const r = crosswalkDataset(datasetOf(panel), panel, choice);
    if (!r.ok) throw new Error('crosswalk failed');
    const t = userTableOf(r.value);
    expect(t.crosswalk).toEqual(choice);
    const back = datasetFromEmbedded(t, 2023, embedTable(r.value), 'user-2');
    expect(back.crosswalk).toEqual(choice);
    expect(back.panel!.map((p) => p.year)).toEqual([2021, 2022, 2023]);
    expect(back.table.scheme).toBe('2014');

    const spec = validateSpec({
      ...defaultSpec(),
      rating: userRatingSpec(r.value),
      data: { table: t, year: 2023, boundaries: { source: 'bundled' } },
    });
    expect(spec.ok).toBe(true);
    if (spec.ok) expect((spec.value.data.table as typeof t).crosswalk).toEqual(choice);
    const bad = validateSpec({
      ...defaultSpec(),
      rating: userRatingSpec(r.value),
      data: {
        table: { ...t, crosswalk: { ...choice, to: '2018' } },
        year: 2023,
        boundaries: { source: 'bundled' },
      },
    });
    expect(bad.ok).toBe(false);
    if (!bad.ok)
      expect(bad.issues.some((i) => /crosswalk\.to/.test(i.where?.field ?? ''))).toBe(true);
  });
});
