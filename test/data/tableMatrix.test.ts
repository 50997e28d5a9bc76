import { describe, expect, it } from 'vitest';
import { rate, paperRatingSpec } from '../../src/core/index.ts';
import { innovation2010 } from '../../src/data/datasets/innovation2010.ts';
import { innovation2014 } from '../../src/data/datasets/innovation2014.ts';
import { innovationPublished } from '../../src/data/datasets/innovationPublished.ts';
import { tableToMatrix } from '../../src/data/tableMatrix.ts';
import type { TableDataset } from '../../src/data/types.ts';
import { seed004 } from '../core/composite/fixtures.ts';

const IDS = ['S_D', 'S_F', 'S_E', 'S_A', 'S_B', 'S_C'];

function published(year: 2010 | 2014) {
  return new Map(
    innovationPublished.rows.map((r) => [
      r.key,
      { index: r.cells[`index_${year}`].value!, cls: r.cells[`class_${year}`].text! },
    ]),
  );
}

describe('tableToMatrix()', () => {
  it('tableToMatrix() keys rows by ISO code and keeps the requested column order', () => {
    const m = tableToMatrix(innovation2010, ['S_C', 'S_D']);
    expect(m.columns).toEqual(['S_C', 'S_D']);
    expect(m.rows).toHaveLength(16);
    expect(m.rows).toContain('KZ-ALA');
    const ala = m.rows.indexOf('KZ-ALA');
    expect(m.values[ala]).toEqual([9122.45, 5796.15]);
  });

  it('tableToMatrix() leaves out a column the dataset lacks, so rate() names it', () => {
    const m = tableToMatrix(innovation2010, ['S_D', 'nope']);
    expect(m.columns).toEqual(['S_D']);
  });

  it('tableToMatrix() turns a no-data cell into null', () => {
    const ds: TableDataset = {
      ...innovation2010,
      rows: [
        {
          key: 'KZ-AKM',
          label: 'x',
          cells: {
            S_D: { value: null, printed: '-', source: innovation2010.rows[0].cells.S_D.source },
          },
        },
      ],
    };
    expect(tableToMatrix(ds, ['S_D']).values).toEqual([[null]]);
  });

  it('the bundled 2010 inputs equal the transcription in the rating fixture', () => {
    const m = tableToMatrix(innovation2010, IDS);
    for (const r of seed004.regions) {
      expect(m.values[m.rows.indexOf(r.code)]).toEqual(IDS.map((id) => r.values[id]));
    }
  });
});

describe('rate() on the bundled datasets reproduces Table 6', () => {
  it('2010: every index within 0.06 and every class of Table 6', () => {
    const r = rate(tableToMatrix(innovation2010, IDS), paperRatingSpec());
    const pub = published(2010);
    expect(pub.size).toBe(16);
    r.units.forEach((code, u) => {
      expect(Math.abs(r.index[u] - pub.get(code)!.index)).toBeLessThan(0.06);
      expect(r.classes[u]).toBe(pub.get(code)!.cls);
    });
  });

  it('2014: every index within 0.07 except South Kazakhstan (45.27 recomputed, 30.28 published)', () => {
    const r = rate(tableToMatrix(innovation2014, IDS), paperRatingSpec());
    const pub = published(2014);
    expect(r.units).toHaveLength(16);
    r.units.forEach((code, u) => {
      const d = Math.abs(r.index[u] - pub.get(code)!.index);
      if (code === 'KZ-YUZ') {
        expect(pub.get(code)!.index).toBe(30.28);
        expect(r.index[u]).toBeCloseTo(45.27, 1);
      } else {
        expect(d).toBeLessThan(0.07);
        expect(r.classes[u]).toBe(pub.get(code)!.cls);
      }
    });
  });
});
