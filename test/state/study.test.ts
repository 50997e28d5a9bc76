import { describe, expect, it } from 'vitest';
import { userRatingSpec } from '../../src/state/study.ts';
import { sampleDataset } from './persistence/sample.ts';

describe('userRatingSpec()', () => {
  it('puts the columns mapped onto the paper slots into the paper groups, under their own names', () => {
    const r = userRatingSpec(sampleDataset('user-1'));
    expect(r.groups.map((g) => g.id)).toEqual(['receptivity']);
    expect(r.groups[0].indicators).toEqual([
      { id: 'GRP', label: 'GRP', weight: 1, direction: 'higher' },
    ]);
  });

  it("with nothing mapped, takes every column of the user's table into one group, with unit and direction", () => {
    const d = sampleDataset('user-2');
    d.mapping = {};
    d.table.columns = [
      {
        id: 'Безработица',
        title: { ru: 'Безработица', kk: 'Безработица', en: 'Безработица' },
        unit: { ru: '%', kk: '%', en: '%' },
        direction: 'lower',
      },
      {
        id: 'Патенты',
        title: { ru: 'Патенты', kk: 'Патенты', en: 'Патенты' },
        unit: { ru: '', kk: '', en: '' },
      },
    ];
    const r = userRatingSpec(d);
    expect(r.groups).toEqual([
      {
        id: 'g1',
        weight: 1,
        indicators: [
          { id: 'Безработица', label: 'Безработица', unit: '%', weight: 1, direction: 'lower' },
          { id: 'Патенты', label: 'Патенты', weight: 1, direction: 'higher' },
        ],
      },
    ]);
  });
});
