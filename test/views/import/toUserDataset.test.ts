/**
 * A user's table with a text column of unit groups (issue 9 item 3): the import keeps it as a
 * text column beside the numeric ones (never offered as an indicator), the stored dataset
 * passes its shape check, a link carries it (embedTable -> readEmbeddedTable ->
 * datasetFromEmbedded), and group imputation by it fills a gap with the mean of the
 * region's own group. The groups here are written out by hand: Юг = Алматинская (gap),
 * Жамбылская 50, Южно-Казахстанская 30, so the gap becomes (50 + 30) / 2 = 40; the group
 * arithmetic itself is checked against NumPy in test/core/composite/treatRating.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { paperRatingSpec, rate, type RatingSpec } from '../../../src/core/index.ts';
import { csvToGrid } from '../../../src/data/readers/grid.ts';
import { buildIndicatorTable } from '../../../src/data/readers/indicatorTable.ts';
import { ratingMatrix } from '../../../src/data/tableMatrix.ts';
import { isUserDataset } from '../../../src/state/persistence/records.ts';
import {
  datasetFromEmbedded,
  embedTable,
  readEmbeddedTable,
  userTableOf,
} from '../../../src/state/study.ts';
import { toUserDataset } from '../../../src/views/import/toUserDataset.ts';

const CSV = [
  'Регион,Зона,A,B',
  'Акмолинская область,Север,10,1',
  'Актюбинская область,Запад,20,2',
  'Алматинская область,Юг,,3',
  'Атырауская область,Запад,40,4',
  'Жамбылская область,Юг,50,5',
  'Павлодарская область,Север,60,6',
  'Южно-Казахстанская область,Юг,30,7',
].join('\n');

function dataset() {
  const g = csvToGrid(CSV, 'zones.csv');
  if (!g.ok) throw new Error('grid');
  const t = buildIndicatorTable(g.value, { lang: 'ru' });
  if (!t.ok) throw new Error(t.issues.map((i) => i.message).join('\n'));
  return toUserDataset(t.value, 'user-z', '', 2014, {}, g.value);
}

describe('a text column of unit groups', () => {
  it('is kept as a text column, not an indicator, and the dataset stores', () => {
    const d = dataset();
    expect(d.table.columns.map((c) => c.id)).toEqual(['A', 'B']);
    expect(d.table.textColumns?.map((c) => c.id)).toEqual(['Зона']);
    const almaty = d.table.rows.find((r) => r.key === 'KZ-ALM')!;
    expect(almaty.cells['Зона']).toMatchObject({ value: null, text: 'Юг', printed: 'Юг' });
    expect(almaty.cells.A.value).toBeNull();
    expect(isUserDataset(d)).toBe(true);
    expect(isUserDataset({ ...d, table: { ...d.table, textColumns: [{ id: 3 }] } })).toBe(false);
  });

  it('travels in a link, and a damaged text part is refused', () => {
    const d = { ...dataset(), sha256: 'c'.repeat(64) };
    const e = readEmbeddedTable(JSON.parse(JSON.stringify(embedTable(d))));
    expect(e?.textColumns).toEqual(['Зона']);
    const back = datasetFromEmbedded(userTableOf(d), 2014, e!, 'user-y');
    expect(back.table.textColumns?.map((c) => c.id)).toEqual(['Зона']);
    expect(back.table.rows.map((r) => r.cells['Зона']?.text)).toEqual(
      d.table.rows.map((r) => r.cells['Зона']?.text),
    );
    expect(back.table.columns.map((c) => c.id)).toEqual(['A', 'B']);
    expect(isUserDataset(back)).toBe(true);
    const bad = JSON.parse(JSON.stringify(embedTable(d)));
    bad.text[0] = [3];
    expect(readEmbeddedTable(bad)).toBeNull();
    const short = JSON.parse(JSON.stringify(embedTable(d)));
    short.text.pop();
    expect(readEmbeddedTable(short)).toBeNull();
  });

  it('fills a gap with the mean of the unit’s group', () => {
    const d = dataset();
    const spec: RatingSpec = {
      ...paperRatingSpec(),
      normalisation: 'min-max',
      groups: [
        {
          id: 'g1',
          weight: 1,
          indicators: [
            {
              id: 'A',
              weight: 1,
              direction: 'higher',
              impute: { method: 'group-mean', by: 'Зона' },
            },
            { id: 'B', weight: 1, direction: 'higher' },
          ],
        },
      ],
    };
    const r = rate(ratingMatrix(d.table, spec), spec);
    expect(r.issues.filter((i) => i.severity === 'error')).toEqual([]);
    const u = r.units.indexOf('KZ-ALM');
    expect(r.treatment!.values[u][0]).toBe(40);
    expect(r.treatment!.cells[u][0]).toEqual({ imputed: 'group-mean' });
    const median = { ...spec, treatment: { impute: { method: 'median' as const } } };
    median.groups = [
      {
        ...spec.groups[0],
        indicators: spec.groups[0].indicators.map((i) => ({ ...i, impute: undefined })),
      },
    ];
    // Without the groups, the median of all present values (10, 20, 30, 40, 50, 60) is 35.
    expect(rate(ratingMatrix(d.table, median), median).treatment!.values[u][0]).toBe(35);
  });
});
