import { describe, expect, it } from 'vitest';
import { DATASETS, datasetSize, getDataset } from '../../../src/data/datasets/catalogue.ts';
import { parsePrinted } from '../../../src/data/datasets/cell.ts';
import { regionsOf } from '../../../src/data/regions/index.ts';

const IDS = [
  'innovation-2010',
  'innovation-2014',
  'innovation-published',
  'it-specialisation-published',
  'it-cluster-sites',
  'region-groups-published',
  'vko-loadings-published',
  'vko-multipliers-published',
  'ict-organisations',
];
const CODES_2014 = regionsOf('2014').map((r) => r.code['2014']!);

describe('catalogue', () => {
  it('DATASETS holds exactly the nine bundled ids, and getDataset() finds each', () => {
    expect(DATASETS.map((d) => d.id)).toEqual(IDS);
    for (const id of IDS) expect(getDataset(id)?.id).toBe(id);
    expect(getDataset('nope')).toBeUndefined();
  });

  it('every dataset has titles in ru, kk, en, a source, a seed, tables, units and notes in en and ru', () => {
    for (const d of DATASETS) {
      for (const lang of ['ru', 'kk', 'en'] as const) {
        expect(d.title[lang].length, `${d.id} title ${lang}`).toBeGreaterThan(5);
        expect(d.units[lang].length, `${d.id} units ${lang}`).toBeGreaterThan(0);
        expect(d.notes[lang].length, `${d.id} notes ${lang}`).toBeGreaterThan(40);
      }
      expect(d.notes.en.length).toBeGreaterThan(150);
      expect(d.notes.ru.length).toBeGreaterThan(150);
      expect(d.source).toMatch(/seed 00[0-4]/);
      expect(d.seed).toMatch(/^00[0-4]_[0-9a-f]{16}\.txt$/);
      expect(d.tables.length).toBeGreaterThan(0);
      expect(typeof d.published).toBe('boolean');
    }
  });

  it('datasets keyed by region use the 16 ISO codes of the 2014 scheme, once each', () => {
    for (const d of DATASETS) {
      if (d.kind !== 'table' || d.scheme !== '2014') continue;
      expect(d.rows.map((r) => r.key).sort(), d.id).toEqual([...CODES_2014].sort());
    }
    expect(datasetSize(getDataset('it-cluster-sites')!)).toBe(5);
    expect(datasetSize(getDataset('region-groups-published')!)).toBe(8);
    expect(datasetSize(getDataset('vko-loadings-published')!)).toBe(20);
  });

  it('every cell has complete provenance and its value is the printed text parsed', () => {
    let n = 0;
    for (const d of DATASETS) {
      if (d.kind !== 'table') continue;
      const columnIds = new Set(d.columns.map((c) => c.id));
      for (const r of d.rows) {
        expect(r.label.length, `${d.id}/${r.key} label`).toBeGreaterThan(0);
        for (const [id, c] of Object.entries(r.cells)) {
          n++;
          const where = `${d.id}/${r.key}.${id}`;
          expect(columnIds.has(id), where).toBe(true);
          expect(c.source.seed, where).toBe(d.seed);
          expect(d.tables, where).toContain(c.source.table);
          expect(c.source.row.length, where).toBeGreaterThan(0);
          expect(c.source.column?.length ?? 0, where).toBeGreaterThan(0);
          expect(Number.isInteger(c.source.col) && c.source.col! >= 1, where).toBe(true);
          expect(c.printed.length, where).toBeGreaterThan(0);
          if (c.text === undefined) expect(c.value, where).toBe(parsePrinted(c.printed));
          else expect(c.value, where).toBeNull();
        }
      }
    }
    // 448 (Tables 2-5) + 80 (Table 6) + 32 (Table 7) + 140 + 12 (seed 002) + 17 (seed 000)
    expect(n).toBe(729);
  });

  it('derived columns carry their formula, unit and direction; S_C has no formula', () => {
    const d = getDataset('innovation-2014');
    if (d?.kind !== 'table') throw new Error('not a table');
    const col = (id: string) => d.columns.find((c) => c.id === id)!;
    expect(col('S_D').formula).toBe('grp / employed * 1000');
    expect(col('S_F').formula).toBe('grp / fixed_assets');
    expect(col('S_E').formula).toBe('grp / emissions');
    expect(col('S_A').formula).toBe('rnd * 1000000 / employed_activity');
    expect(col('S_B').formula).toBe('tech_innovation * 1000000 / employed_activity');
    expect(col('S_C').formula).toBeUndefined();
    for (const id of ['S_D', 'S_F', 'S_E', 'S_A', 'S_B', 'S_C']) {
      expect(col(id).direction).toBe('higher');
      expect(col(id).unit.en.length).toBeGreaterThan(0);
    }
  });
});
