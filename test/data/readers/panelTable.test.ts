import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { csvToGrid } from '../../../src/data/readers/grid.ts';
import {
  buildPanelTable,
  parseYear,
  readPanelTable,
} from '../../../src/data/readers/panelTable.ts';

const fx = (p: string) =>
  readFileSync(fileURLToPath(new URL(`../../fixtures/crosswalk/${p}`, import.meta.url)));

describe('readPanelTable()', () => {
  it('readPanelTable() reads a Bureau-style wide table: title rows, republic total, х', async () => {
    const r = await readPanelTable(fx('bns-wide-2021-2023.csv'), 'bns.csv');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const p = r.value;
    expect(p.layout).toBe('wide');
    expect(p.headerRow).toBe(3);
    expect(p.title).toBe('Численность населения по регионам');
    expect(p.years).toEqual([2021, 2022, 2023]);
    expect(p.records).toHaveLength(60);
    expect(new Set(p.records.map((x) => x.region!.id)).size).toBe(20);
    expect(p.national.map((n) => n.year)).toEqual([2021, 2022, 2023]);
    expect(p.national[0].values[0]).toBeCloseTo(20852.4, 6);
    expect(p.suppressed).toBe(1);
    const ulytau2021 = p.records.find((x) => x.region!.id === 'ulytau' && x.year === 2021)!;
    expect(ulytau2021.values).toEqual([null]);
    expect(r.warnings.map((w) => w.code)).toContain('suppressed-cells');
  });
  it('readPanelTable() reads a long panel with a year column', async () => {
    const r = await readPanelTable(fx('long-panel.csv'), 'long.csv');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.layout).toBe('long');
    expect(r.value.variables.map((v) => [v.name, v.letters])).toEqual([
      ['Население', ['C']],
      ['Уровень безработицы %', ['D']],
      ['note', ['E']],
    ]);
    expect(r.value.records).toHaveLength(60);
  });
  it('buildPanelTable() lists every unknown region, text cell and duplicate at once', () => {
    const text = [
      'Регион;Год;Население',
      'Акмолинская область;2021;1 000,5',
      'Атлантида;2021;5',
      'Актюбинская область;2021;много',
      'Акмолинская область;2021;7',
      'Костанайская область;20x1;7',
    ].join('\n');
    const g = csvToGrid(text, 'bad.csv');
    expect(g.ok).toBe(true);
    if (!g.ok) return;
    const r = buildPanelTable(g.value);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => [i.code, i.where?.row, i.where?.column?.slice(0, 1)])).toEqual([
      ['unknown-region', 3, 'A'],
      ['not-a-number', 4, 'C'],
      ['duplicate-region', 5, 'A'],
      ['not-a-year', 6, 'B'],
    ]);
  });
  it('parseYear() reads years as the Bureau writes them and nothing else', () => {
    expect(['2021', '2021 г.', '2022 год', '2023 ж.', 2020].map(parseYear)).toEqual([
      2021, 2021, 2022, 2023, 2020,
    ]);
    expect(['21', '1850', 'x', '2021.5', 2021.5].map(parseYear)).toEqual([
      null,
      null,
      null,
      null,
      null,
    ]);
  });
});
