/**
 * Coherence of the app's rating (issue 9, item 6) against NumPy/SciPy
 * (test/fixtures/coinr/regions/coherence_reference.py -> coherence.json): the regions study
 * imported from iData/iMeta, rated min-max + arithmetic, under the imported three-pillar tree
 * and under the browser test's edited tree (a sub-group, a moved indicator, a changed weight):
 * Pearson and Spearman matrices, Cronbach's alpha and first-PC share of every group and the
 * index, nominal weights and correlations with the index, to 1e-9.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  paperRatingSpec,
  rate,
  ratingCoherence,
  treeIndicators,
  walkGroups,
  type RatingSpec,
} from '../../../src/core/index.ts';
import { csvToGrid, type Grid } from '../../../src/data/readers/grid.ts';
import type { TableDataset } from '../../../src/data/types.ts';
import { tableToMatrix } from '../../../src/data/tableMatrix.ts';
import { importCoinr } from '../../../src/state/coinrStudy.ts';
import { addGroup, mapIndicator, moveIndicator } from '../../../src/state/indexTreeEdit.ts';

const dir = 'test/fixtures/coinr/regions';
interface Ref {
  indicators: string[];
  groupOf: string[];
  pearson: number[][];
  spearman: number[][];
  nodes: { id: string | null; alpha: number | null; pc1: number | null }[];
  effective: { code: string; nominal: number; corrWithIndex: number }[];
}
const ref = JSON.parse(readFileSync(`${dir}/coherence.json`, 'utf8')) as Record<string, Ref>;
const grid = (f: string): Grid => {
  const g = csvToGrid(readFileSync(`${dir}/${f}`, 'utf8'), f);
  if (!g.ok) throw new Error(f);
  return g.value;
};
const imported = importCoinr(grid('iData.csv'), grid('iMeta.csv'), {
  lang: 'en',
  id: 'user-c',
  importedAt: '',
  year: 2021,
  sha256: '0'.repeat(64),
});
if (!imported.ok) throw new Error('fixture');
const table: TableDataset = imported.dataset.table;

function check(spec: RatingSpec, want: Ref) {
  const ids = treeIndicators(spec).map((i) => i.id);
  const res = rate(tableToMatrix(table, ids), spec);
  const c = ratingCoherence(spec, res);
  expect([...c.indicators].sort()).toEqual([...want.indicators].sort());
  const at = (code: string) => want.indicators.indexOf(code);
  c.indicators.forEach((a, i) => {
    expect(c.groupOf[i]).toBe(want.groupOf[at(a)]);
    c.indicators.forEach((b, j) => {
      expect(c.pearson[i][j]).toBeCloseTo(want.pearson[at(a)][at(b)], 9);
      expect(c.spearman[i][j]).toBeCloseTo(want.spearman[at(a)][at(b)], 9);
    });
  });
  expect(c.nodes).toHaveLength(want.nodes.length);
  for (const n of want.nodes) {
    const got = c.nodes.find((x) => x.id === n.id);
    expect(got, String(n.id)).toBeDefined();
    if (n.alpha === null) expect(got?.alpha).toBeNaN();
    else expect(got?.alpha).toBeCloseTo(n.alpha, 9);
    if (n.pc1 === null) expect(got?.pc1Share).toBeNaN();
    else expect(got?.pc1Share).toBeCloseTo(n.pc1, 9);
  }
  for (const e of want.effective) {
    const got = c.effective.find((x) => x.code === e.code);
    expect(got?.nominal).toBeCloseTo(e.nominal, 12);
    expect(got?.corrWithIndex).toBeCloseTo(e.corrWithIndex, 9);
  }
  // Flags follow from the reference matrix: every pair with r < 0, none missed.
  let negatives = 0;
  for (let i = 0; i < want.indicators.length; i++)
    for (let j = i + 1; j < want.indicators.length; j++) if (want.pearson[i][j] < 0) negatives++;
  expect(c.negatives).toHaveLength(negatives);
  return c;
}

describe('coherence of the rating vs NumPy', () => {
  const base: RatingSpec = {
    ...paperRatingSpec(),
    normalisation: 'min-max',
    aggregation: 'arithmetic',
    groups: imported.groups,
  };

  it('the imported three-pillar tree', () => {
    const c = check(base, ref.imported);
    expect(c.negatives.some((p) => p.within)).toBe(true);
    expect(c.nearDuplicates).toEqual([]);
  });

  it('the edited tree: a sub-group, a moved indicator, a changed weight', () => {
    let spec = addGroup(base, 'P2', 'Sub');
    const sub = walkGroups(spec).find((v) => v.group.label === 'Sub')?.group.id as string;
    expect(sub).toBe('group-1');
    spec = moveIndicator(spec, 'N2', sub);
    spec = moveIndicator(spec, 'H1', 'P3');
    spec = mapIndicator(spec, 'F1', (i) => ({ ...i, weight: 3 }));
    check(spec, ref.edited);
  });

  it('flags a near-duplicate pair above |r| = 0.92, across groups', () => {
    const copy: TableDataset = {
      ...table,
      columns: [...table.columns, { ...table.columns[0], id: 'N2b' }],
      rows: table.rows.map((r) => ({ ...r, cells: { ...r.cells, N2b: r.cells.N2 } })),
    };
    const spec: RatingSpec = {
      ...base,
      groups: base.groups.map((g) =>
        g.id === 'P3'
          ? { ...g, indicators: [...g.indicators, { id: 'N2b', weight: 1, direction: 'higher' }] }
          : g,
      ),
    };
    const res = rate(
      tableToMatrix(
        copy,
        treeIndicators(spec).map((i) => i.id),
      ),
      spec,
    );
    const c = ratingCoherence(spec, res);
    expect(c.nearDuplicates).toEqual([
      { a: 'N2', b: 'N2b', r: expect.closeTo(1, 12), within: false },
    ]);
  });
});
