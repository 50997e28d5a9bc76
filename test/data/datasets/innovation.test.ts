import { describe, expect, it } from 'vitest';
import { innovation2010 } from '../../../src/data/datasets/innovation2010.ts';
import { TABLE_4_ALIGNMENT, innovation2014 } from '../../../src/data/datasets/innovation2014.ts';
import {
  innovationPublished,
  normaliseClassLabel,
} from '../../../src/data/datasets/innovationPublished.ts';
import { SEED_004_CANONICAL_ORDER } from '../../../src/data/datasets/seed004Regions.ts';
import type { TableDataset } from '../../../src/data/types.ts';

const row = (d: TableDataset, key: string) => d.rows.find((r) => r.key === key)!;

describe('innovation-2010', () => {
  it('innovation-2010 holds Tables 2 and 3 in the canonical row order with 14 columns', () => {
    expect(innovation2010.rows.map((r) => r.key)).toEqual([...SEED_004_CANONICAL_ORDER]);
    expect(innovation2010.columns).toHaveLength(14);
    for (const r of innovation2010.rows) expect(Object.keys(r.cells)).toHaveLength(14);
  });

  it('innovation-2010 spot values match the printed seed (Table 2 row 1, Table 3 row 14)', () => {
    const akm = row(innovation2010, 'KZ-AKM').cells;
    expect(akm.grp).toMatchObject({ value: 585965.4, printed: '585 965,4' });
    expect(akm.grp.source).toMatchObject({ table: '2', row: '1', col: 3 });
    expect(akm.S_D.printed).toBe('1 417,77');
    const yuz = row(innovation2010, 'KZ-YUZ').cells;
    expect(yuz.S_B).toMatchObject({ value: 192568, printed: '192 568,00' });
    expect(yuz.S_B.source).toMatchObject({ table: '3', row: '14', col: 8 });
  });

  it('innovation-2010 keeps the duplicate GRP of East and West Kazakhstan and says so', () => {
    expect(row(innovation2010, 'KZ-VOS').cells.grp.printed).toBe('1 048 779,0');
    expect(row(innovation2010, 'KZ-ZAP').cells.grp.printed).toBe('1 048 779,0');
    expect(innovation2010.notes.en).toContain('suspected duplicate');
    expect(innovation2010.notes.ru).toContain('1 048 779,0');
  });
});

describe('innovation-2014', () => {
  it('innovation-2014 keeps raw figures with their printed label and provenance', () => {
    const yuz = row(innovation2014, 'KZ-YUZ').cells;
    expect(yuz.grp).toMatchObject({ value: 2399860.9, printed: '2399860,9' });
    expect(yuz.grp.source).toMatchObject({ table: '4', row: '11' });
    expect(yuz.employed.value).toBe(1163200);
    expect(yuz.employed_activity.value).toBe(1163200);
    const vos = row(innovation2014, 'KZ-VOS').cells;
    expect(vos.grp.source.row).toBe('14');
  });

  it('innovation-2014 assigns each Table 4 derived figure to the canonical position it was printed at', () => {
    const yuz = row(innovation2014, 'KZ-YUZ').cells;
    expect(yuz.S_D).toMatchObject({ value: 2063.15, printed: '2 063,15' });
    expect(yuz.S_D.source).toMatchObject({ table: '4', row: '14' });
    expect(row(innovation2014, 'KZ-VOS').cells.S_D.source.row).toBe('5');
    expect(row(innovation2014, 'KZ-VOS').cells.S_D.printed).toBe('3 243,87');
    // Every region's derived cells come from the printed row of its canonical position.
    SEED_004_CANONICAL_ORDER.forEach((key, i) => {
      for (const id of ['S_D', 'S_F', 'S_E']) {
        expect(row(innovation2014, key).cells[id].source.row).toBe(String(i + 1));
      }
    });
    expect(innovation2014.alignments).toEqual([TABLE_4_ALIGNMENT]);
    expect(Object.keys(TABLE_4_ALIGNMENT.printedRowToKey)).toHaveLength(16);
  });

  it('innovation-2014 notes explain the alignment and the South Kazakhstan difference in en and ru', () => {
    for (const text of [innovation2014.notes.en, innovation2014.notes.ru]) {
      for (const s of [
        '2 063,15',
        '2 399 860,9',
        '322 715,14',
        '32 271,51',
        '139 918',
        '1 397 993',
      ]) {
        expect(text).toContain(s);
      }
    }
    expect(innovation2014.notes.en).toContain('45.27');
    expect(innovation2014.notes.en).toContain('within 0.07 for 15 of the 16 regions');
    expect(innovation2014.notes.ru).toContain('45,27');
    expect(innovation2014.notes.ru).toContain('30,28');
  });
});

describe('innovation-published', () => {
  it('normaliseClassLabel() maps the Cyrillic С and В of Table 6 to Latin labels', () => {
    expect(normaliseClassLabel('С+')).toBe('C+');
    expect(normaliseClassLabel('В++')).toBe('B++');
    expect(normaliseClassLabel('V+')).toBe('B+');
    expect(() => normaliseClassLabel('Х')).toThrow(/Not a class/);
  });

  it('innovation-published keeps the printed class and its Latin text, with index and ratio', () => {
    const ala = row(innovationPublished, 'KZ-ALA').cells;
    expect(ala.class_2014).toMatchObject({ value: null, printed: 'В++', text: 'B++' });
    expect(ala.class_2014.printed.charCodeAt(0)).toBe(0x412);
    expect(ala.class_2014.source).toMatchObject({
      table: '6',
      row: '16',
      column: 'Рейтинг',
      col: 6,
    });
    expect(ala.index_2014.value).toBe(65.69);
    const yuz = row(innovationPublished, 'KZ-YUZ').cells;
    expect(yuz.index_2010.value).toBe(34.94);
    expect(yuz.ratio_2014_2010.value).toBe(88.43);
    expect(yuz.class_2010.text).toBe('C++');
    const texts = innovationPublished.rows.map((r) => r.cells.class_2014.text);
    expect(new Set(texts)).toEqual(new Set(['C', 'C+', 'C++', 'B', 'B++']));
  });
});
