import { describe, expect, it } from 'vitest';
import { rate, paperRatingSpec } from '../../../src/core/index.ts';
import { getDataset } from '../../../src/data/datasets/catalogue.ts';
import type { GroupsDataset, TableDataset } from '../../../src/data/types.ts';
import { profileModel, sharesOfLeader } from '../../../src/views/profile/profileModel.ts';

const IDS = ['S_D', 'S_F', 'S_E', 'S_A', 'S_B', 'S_C'];
const table = (id: string) => getDataset(id) as TableDataset;
const matrix = (ds: TableDataset) => ({
  rows: ds.rows.map((r) => r.key),
  columns: IDS,
  values: ds.rows.map((r) => IDS.map((c) => r.cells[c]?.value ?? null)),
});

describe('profileModel()', () => {
  it('sharesOfLeader() gives the leader 100 and others X / max * 100 (seed 004, formula 1)', () => {
    const ds = table('innovation-2010');
    const s = sharesOfLeader(ds, ['S_D'], 'KZ-ATY');
    // Atyrau leads labour productivity in Table 2 (2010): GRP / employed is the largest.
    expect(s[0].leader).toBe('KZ-ATY');
    expect(s[0].share).toBe(100);
    const akm = sharesOfLeader(ds, ['S_D'], 'KZ-AKM')[0];
    const aty = ds.rows.find((r) => r.key === 'KZ-ATY')!.cells.S_D.value!;
    const akmV = ds.rows.find((r) => r.key === 'KZ-AKM')!.cells.S_D.value!;
    expect(akm.share).toBeCloseTo((akmV / aty) * 100, 10);
  });

  it('profileModel() puts the recomputed index beside Table 6 and the seed 003 group of each region', () => {
    const y10 = table('innovation-2010');
    const rating = { 2010: rate(matrix(y10), paperRatingSpec()) };
    const [ala, vos] = profileModel({
      codes: ['KZ-ALA', 'KZ-VOS'],
      indicatorIds: IDS,
      tables: { 2010: y10 },
      rating,
      published: table('innovation-published'),
      groups: getDataset('region-groups-published') as GroupsDataset,
      years: [2010, 2014],
    });
    const a = ala.years.find((y) => y.year === 2010)!;
    // Table 6 of seed 004: Almaty city 2010, index 51.93, class B+ (printed В+), rank 1 of 16.
    expect(a.published).toBeCloseTo(51.93, 2);
    expect(Math.abs(a.index! - 51.93)).toBeLessThan(0.06);
    expect(a.rank).toBe(1);
    expect(a.of).toBe(16);
    expect(a.className).toBe('B+');
    // Seed 003: Almaty city forms a group of its own; East Kazakhstan sits with Karaganda and Pavlodar.
    expect(ala.cluster?.members).toEqual(['KZ-ALA']);
    expect(vos.cluster?.members).toEqual(['KZ-KAR', 'KZ-PAV', 'KZ-VOS']);
    // No 2014 table or rating passed: only 2010 appears.
    expect(ala.years.map((y) => y.year)).toEqual([2010]);
  });
});
