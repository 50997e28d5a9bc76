import { describe, expect, it } from 'vitest';
import { auditAlignment, auditAll, auditDataset } from '../../../src/data/audit/auditDataset.ts';
import { explainedVarianceShare } from '../../../src/data/audit/componentVariance.ts';
import { impliedPopulation } from '../../../src/data/audit/innovativeOutputPerInhabitant.ts';
import { recomputeRating } from '../../../src/data/audit/publishedIndex.ts';
import { getDataset } from '../../../src/data/datasets/catalogue.ts';
import type { TableDataset } from '../../../src/data/types.ts';
import expected from '../../fixtures/datasets/expected.json';

const table = (id: string) => getDataset(id) as TableDataset;
const KEYS = Object.keys(expected.published) as (keyof typeof expected.published)[];

/** innovation-2014 as a reader joining Table 4 by name would build it (no realignment). */
function joinedByName(): TableDataset {
  const ds = table('innovation-2014');
  const byRow = new Map<string, TableDataset['rows'][number]>();
  for (const r of ds.rows) byRow.set(r.cells.grp.source.row, r);
  return {
    ...ds,
    alignments: undefined,
    rows: ds.rows.map((r) => {
      const cells = { ...r.cells };
      const own = r.cells.grp.source.row;
      // The derived figures printed in the region's own labelled row.
      for (const id of ['S_D', 'S_F', 'S_E']) {
        cells[id] = ds.rows.find((x) => x.cells[id].source.row === own)!.cells[id];
      }
      return { ...r, cells };
    }),
  };
}

describe('auditDataset() on seed 004', () => {
  it('auditDataset() finds nothing to correct in Tables 2 and 3 (2010)', () => {
    expect(auditDataset(table('innovation-2010'))).toEqual([]);
  });

  it('auditDataset() flags S_D, S_F and S_E of Table 4 rows 5, 7, 8, 9, 10, 11 and 14 and names the row they belong to', () => {
    const f = auditDataset(table('innovation-2014')).filter((x) => x.table === '4');
    expect(f).toHaveLength(21);
    for (const flag of expected.table4Flags) {
      const here = f.filter((x) => x.row === flag.row);
      expect(
        here.map((x) => x.column),
        flag.row,
      ).toEqual(flag.columns);
      expect(flag.donors).toHaveLength(1);
      for (const x of here) {
        expect(x.cause).toMatch(new RegExp(`^value belongs to row ${flag.donors[0]} \\(`));
        expect(x.cause).toContain(`printed in row ${flag.row} (${flag.label})`);
      }
    }
    const row14 = f.find((x) => x.row === '14' && x.column === 'S_D')!;
    expect(row14).toMatchObject({ dataset: 'innovation-2014', printed: 2063.15 });
    expect(row14.recomputed).toBeCloseTo(3243.8713, 3);
    expect(row14.cause).toContain('row 11 (Южно-Казахстанская)');
    expect(row14.cause).toContain('2 063,15');
  });

  it('auditDataset() flags South Kazakhstan S_C of Table 5 by its implied population, ten times smaller than in 2010', () => {
    const f = auditDataset(table('innovation-2014')).filter((x) => x.table === '5');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ row: '14', column: 'S_C', printed: 322715.14 });
    const [p10, p14] = expected.impliedPopulation['KZ-YUZ'];
    expect(p10 / p14).toBeCloseTo(10, 1);
    expect(f[0].recomputed).toBeCloseTo((45153.5 * 1e6) / p10, 0);
    expect(f[0].cause).toContain('10 times');
    const yuz = table('innovation-2014').rows.find((r) => r.key === 'KZ-YUZ')!;
    expect(impliedPopulation(yuz.cells)).toBeCloseTo(p14, -1);
  });

  it('auditAlignment() finds every realigned Table 4 figure reproduced by its new row', () => {
    expect(auditAlignment(table('innovation-2014'))).toEqual([]);
    // Without the realignment the same check fails on the seven shifted rows.
    const unaligned = { ...joinedByName(), alignments: table('innovation-2014').alignments };
    expect(
      auditAlignment(unaligned)
        .map((x) => x.row)
        .sort(),
    ).toEqual(
      ['KZ-KAR', 'KZ-KUS', 'KZ-KZY', 'KZ-MAN', 'KZ-VOS', 'KZ-YUZ', 'KZ-ZAP'].flatMap((k) => [
        k,
        k,
        k,
      ]),
    );
  });

  it('auditDataset() flags only South Kazakhstan in Table 6: index 2014, its class and the ratio', () => {
    const f = auditDataset(table('innovation-published'));
    expect(f.map((x) => [x.row, x.column])).toEqual([
      ['14', 'index_2014'],
      ['14', 'class_2014'],
      ['14', 'ratio_2014_2010'],
    ]);
    expect(f[0].printed).toBe(30.28);
    expect(f[0].recomputed).toBeCloseTo(expected.rating2014Aligned['KZ-YUZ'], 4);
    expect(f[0].cause).toContain('32 271,51');
    expect(f[0].cause).toContain(expected.yuzWithScOverTenMaxKept.toFixed(2).replace('.', ','));
    expect(f[0].cause).toContain('S_C');
    expect(f[1]).toMatchObject({ printed: 'С++' });
    expect(f[1].cause).toContain('class B');
    expect(f[2]).toMatchObject({ printed: 88.43 });
    expect(f[2].cause).toContain('34,24');
  });

  it('auditDataset() finds the seed 002 loadings explain the stated 88% of variance', () => {
    const ds = table('vko-loadings-published');
    expect(auditDataset(ds)).toEqual([]);
    expect(explainedVarianceShare(ds)).toBeCloseTo(expected.explainedVarianceShare, 8);
  });

  it('auditAll() is the findings of all datasets: 21 + 1 + 3', () => {
    const all = auditAll();
    expect(all).toHaveLength(25);
    for (const f of all) {
      expect(Object.keys(f)).toEqual([
        'dataset',
        'table',
        'row',
        'column',
        'printed',
        'recomputed',
        'cause',
        'reason',
      ]);
      expect(Number.isFinite(f.recomputed)).toBe(true);
    }
  });
});

describe('recomputeRating() against Table 6', () => {
  it('recomputeRating() reproduces every 2010 index of Table 6 within 0.04 and the Python reference to 1e-6', () => {
    const res = recomputeRating(table('innovation-2010'));
    res.units.forEach((key, u) => {
      const k = key as keyof typeof expected.rating2010;
      expect(res.index[u]).toBeCloseTo(expected.rating2010[k], 5);
      expect(Math.abs(res.index[u] - expected.published[k].index2010), key).toBeLessThanOrEqual(
        0.0403,
      );
    });
  });

  it('recomputeRating() with the 2014 alignment reproduces Table 6 within 0.07 except South Kazakhstan', () => {
    const res = recomputeRating(table('innovation-2014'));
    res.units.forEach((key, u) => {
      const k = key as keyof typeof expected.rating2014Aligned;
      expect(res.index[u]).toBeCloseTo(expected.rating2014Aligned[k], 5);
      const diff = Math.abs(res.index[u] - expected.published[k].index2014);
      if (key === 'KZ-YUZ') expect(diff).toBeGreaterThan(14.9);
      else expect(diff, key).toBeLessThan(0.07);
    });
    const sev = res.units.indexOf('KZ-SEV');
    expect(res.index[sev]).toBeCloseTo(25.23, 2);
  });

  it('recomputeRating() joined by name leaves seven regions far from Table 6', () => {
    const res = recomputeRating(joinedByName());
    const far = res.units.filter((key, u) => {
      const k = key as keyof typeof expected.rating2014ByName;
      expect(res.index[u]).toBeCloseTo(expected.rating2014ByName[k], 5);
      return Math.abs(res.index[u] - expected.published[k].index2014) > 0.5;
    });
    expect(far.sort()).toEqual([
      'KZ-KAR',
      'KZ-KUS',
      'KZ-KZY',
      'KZ-MAN',
      'KZ-VOS',
      'KZ-YUZ',
      'KZ-ZAP',
    ]);
    expect(KEYS).toHaveLength(16);
  });
});
