/**
 * Reading Table 6 of seed 004 (dataset innovation-published) by its real column ids, and the
 * rank intervals from a sensitivity result. References: Table 6 as printed (e.g. South
 * Kazakhstan 34,94 С++ in 2010 and 30,28 С++ in 2014; Almaty city 65,69 В++ in 2014).
 */
import { describe, expect, it } from 'vitest';
import { sensitivity, paperRatingSpec } from '../../../src/core/index.ts';
import { getDataset } from '../../../src/data/datasets/catalogue.ts';
import { tableToMatrix } from '../../../src/data/tableMatrix.ts';
import type { TableDataset } from '../../../src/data/types.ts';
import { publishedClass, publishedIndex } from '../../../src/views/rating/published.ts';
import { isPaperMethod } from '../../../src/views/rating/rows.ts';
import { rankIntervals } from '../../../src/views/rating/sensitivityView.ts';

const published = getDataset('innovation-published') as TableDataset;

describe('published (Table 6)', () => {
  it('publishedIndex() reads the printed index of both years by region code', () => {
    const y2010 = publishedIndex(published, 2010);
    const y2014 = publishedIndex(published, 2014);
    expect(y2010.size).toBe(16);
    expect(y2010.get('KZ-YUZ')).toBe(34.94);
    expect(y2014.get('KZ-YUZ')).toBe(30.28);
    expect(y2014.get('KZ-ALA')).toBe(65.69);
    expect(y2014.get('KZ-KZY')).toBe(18.19);
    expect([...y2014.values()].every((v) => typeof v === 'number')).toBe(true);
  });

  it('publishedClass() gives the Latin label of the class printed in Cyrillic', () => {
    expect(publishedClass(published, 2014).get('KZ-ALA')).toBe('B++');
    expect(publishedClass(published, 2014).get('KZ-AST')).toBe('B');
    expect(publishedClass(published, 2010).get('KZ-ALA')).toBe('B+');
    expect(publishedClass(published, 2010).get('KZ-AKM')).toBe('C');
  });
});

describe('rankIntervals()', () => {
  const ds = getDataset('innovation-2014') as TableDataset;
  const spec = paperRatingSpec();
  const ids = spec.groups.flatMap((g) => g.indicators.map((i) => i.id));

  it('rankIntervals() carries each unit’s ranks and its classes by share of runs', () => {
    const s = sensitivity(tableToMatrix(ds, ids), spec, {
      runs: 400,
      mode: 'uniform',
      noise: 0.5,
      seed: 7,
    });
    const m = rankIntervals(s);
    expect(m.size).toBe(16);
    for (const u of s.units) {
      const r = m.get(u.unit)!;
      expect([r.nominal, r.median, r.p05, r.p95]).toEqual([u.nominal, u.median, u.p05, u.p95]);
      expect(r.p05).toBeLessThanOrEqual(r.p95);
      const shares = r.classes.map((c) => c.share);
      expect(shares.every((x) => x > 0)).toBe(true);
      expect([...shares].sort((a, b) => b - a)).toEqual(shares);
      expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
      expect(r.runs).toBe(400);
    }
  });

  it('rankIntervals() with no noise puts every run at the nominal rank and class', () => {
    const s = sensitivity(tableToMatrix(ds, ids), spec, {
      runs: 50,
      mode: 'uniform',
      noise: 0,
      seed: 1,
    });
    for (const r of rankIntervals(s).values()) {
      expect(r.p05).toBe(r.nominal);
      expect(r.p95).toBe(r.nominal);
      expect(r.classes).toHaveLength(1);
      expect(r.classes[0].share).toBe(1);
    }
  });
});

describe('isPaperMethod()', () => {
  it('isPaperMethod() is true for the paper’s spec only', () => {
    expect(isPaperMethod(paperRatingSpec())).toBe(true);
    const w = paperRatingSpec();
    w.groups[1].indicators[0].weight = 2;
    expect(isPaperMethod(w)).toBe(false);
    expect(isPaperMethod({ ...paperRatingSpec(), normalisation: 'min-max' })).toBe(false);
    const d = paperRatingSpec();
    d.groups[0].indicators[2].direction = 'lower';
    expect(isPaperMethod(d)).toBe(false);
  });
});
