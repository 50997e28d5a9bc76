/**
 * COINr interchange of the app's study (issue 9, item 2): an iData/iMeta pair of Kazakhstan's
 * regions becomes a user dataset and its index tree, rated as NumPy rates it from COINr's
 * formulas (test/fixtures/coinr/regions/make_regions.py, reference.json); the study written
 * back as iData/iMeta reads in again to the same data, tree and scores; every problem of a
 * broken pair is listed at once with its row and column, in the user's language.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  paperRatingSpec,
  rate,
  treeIndicators,
  walkGroups,
  type GroupSpec,
  type RatingSpec,
} from '../../src/core/index.ts';
import { csvToGrid, type Grid } from '../../src/data/readers/grid.ts';
import { rowsToCsv } from '../../src/data/coinr/writeCoinr.ts';
import { tableToMatrix } from '../../src/data/tableMatrix.ts';
import { exportCoinr, importCoinr } from '../../src/state/coinrStudy.ts';
import { addGroup, moveIndicator, mapIndicator } from '../../src/state/indexTreeEdit.ts';

import type { UserDataset } from '../../src/state/userData.ts';

const dir = 'test/fixtures/coinr/regions';
const ref = JSON.parse(readFileSync(`${dir}/reference.json`, 'utf8')) as {
  units: string[];
  scores: Record<string, number[]>;
  ranks: Record<string, number[]>;
};
const grid = (text: string, name: string): Grid => {
  const g = csvToGrid(text, name);
  if (!g.ok) throw new Error('fixture');
  return g.value;
};
const dataText = readFileSync(`${dir}/iData.csv`, 'utf8');
const metaText = readFileSync(`${dir}/iMeta.csv`, 'utf8');
const opts = {
  lang: 'ru' as const,
  id: 'user-c0',
  importedAt: '2026-12-02',
  year: 2014,
  sha256: 'a'.repeat(64),
};

function imported(d = dataText, m = metaText) {
  const r = importCoinr(grid(d, 'iData.csv'), grid(m, 'iMeta.csv'), opts);
  if (!r.ok) throw new Error(r.issues.map((i) => i.message).join('\n'));
  return r;
}

function rated(ds: UserDataset, groups: GroupSpec[]) {
  const spec: RatingSpec = {
    ...paperRatingSpec(),
    normalisation: 'min-max',
    aggregation: 'arithmetic',
    groups,
  };
  const ids = treeIndicators(spec).map((i) => i.id);
  return rate(tableToMatrix(ds.table, ids), spec);
}

/** Region key -> uCode, to line the app's units up with the reference's. */
const uCodeOf = (ds: UserDataset) => (key: string) => ds.coinr?.uCode[key] as string;

describe('COINr import of a study of regions', () => {
  it('reads the tree with the user’s codes, names, weights, directions, units and targets', () => {
    const r = imported();
    expect(r.levels).toBe(3);
    expect(r.groups.map((g) => [g.id, g.label, g.weight])).toEqual([
      ['P1', 'Человеческий капитал', 1],
      ['P2', 'Инновации', 2],
      ['P3', 'Инфраструктура', 1],
    ]);
    expect(r.groups[0].indicators[2]).toEqual({
      id: 'H3',
      label: 'Срок регистрации бизнеса',
      unit: 'дней',
      weight: 0.5,
      direction: 'lower',
      target: 3,
    });
    expect(r.dataset.coinr?.index).toEqual({ code: 'KZI', name: 'Индекс регионов' });
    expect(r.dataset.coinr?.types).toEqual({ Pop: 'Denominator', Area: 'Other' });
    // Units matched by their names (uCode R01.. is not a region code); year from Time.
    expect(r.dataset.table.rows).toHaveLength(16);
    expect(r.dataset.year).toBe(2021);
    expect(r.dataset.table.rows[0]).toMatchObject({ key: 'KZ-AKM', label: 'Акмолинская область' });
    expect(r.dataset.coinr?.uCode['KZ-AKM']).toBe('R01');
    expect(r.dataset.table.columns.map((c) => c.id)).toEqual([
      'Pop',
      'Area',
      'H1',
      'H2',
      'H3',
      'N1',
      'N2',
      'F1',
      'F2',
    ]);
    // The text column Zone has no iMeta row: said, in Russian, with its column.
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0].where?.column).toBe('D (Zone)');
    expect(r.warnings[0].message).toContain('Zone');
    expect(r.warnings[0].message).toMatch(/нет строки/);
  });

  it('rates as NumPy does from COINr’s formulas (min-max, arithmetic, three levels)', () => {
    const r = imported();
    const res = rated(r.dataset, r.groups);
    const u = uCodeOf(r.dataset);
    const at = res.units.map((k) => ref.units.indexOf(u(k)));
    res.index.forEach((v, i) => expect(v).toBeCloseTo(ref.scores.KZI[at[i]], 9));
    for (const g of ['P1', 'P2', 'P3']) {
      const vals = res.groups.find((x) => x.id === g)?.values as number[];
      vals.forEach((v, i) => expect(v).toBeCloseTo(ref.scores[g][at[i]], 9));
    }
    expect(res.rank).toEqual(at.map((k) => ref.ranks.KZI[k]));
  });
});

describe('COINr export of the study', () => {
  const names = {
    group: (id: string) => `Group ${id}`,
    indicator: (id: string) => id,
    index: 'Index',
  };

  it('writes the imported pair back: same tree, same data, nothing dropped', () => {
    const r = imported();
    const out = exportCoinr({ groups: r.groups }, r.dataset, names);
    expect(out.lifted).toEqual([]);
    expect(out.iMeta[0]).toEqual([
      'iCode',
      'iName',
      'Level',
      'Parent',
      'Direction',
      'Weight',
      'Type',
      'Unit',
      'Target',
    ]);
    expect(out.iMeta.find((x) => x[0] === 'KZI')).toEqual([
      'KZI',
      'Индекс регионов',
      3,
      null,
      1,
      1,
      'Aggregate',
      null,
      null,
    ]);
    expect(out.iMeta.find((x) => x[0] === 'Pop')?.[6]).toBe('Denominator');
    expect(out.iData[1].slice(0, 3)).toEqual(['R01', 'Акмолинская область', 2021]);
    const again = imported(rowsToCsv(out.iData), rowsToCsv(out.iMeta));
    expect(again.groups).toEqual(r.groups);
    expect(again.dataset.table.rows).toEqual(
      r.dataset.table.rows.map((row) => ({
        ...row,
        cells: Object.fromEntries(
          Object.entries(row.cells).map(([k, c]) => [
            k,
            { ...c, source: expect.anything(), printed: expect.anything() },
          ]),
        ),
      })),
    );
    expect(again.dataset.coinr?.types).toEqual(r.dataset.coinr?.types);
  });

  it('lifts an indicator beside a sub-group by single-child aggregates: same scores again', () => {
    const r = imported();
    // Three levels of groups: P2 > group-1 (new) holding N2; H1 moved into P3; a weight changed.
    let spec: RatingSpec = { ...paperRatingSpec(), groups: r.groups };
    spec = addGroup(spec, 'P2', 'Подгруппа');
    const sub = walkGroups(spec).find((v) => v.group.label === 'Подгруппа')?.group.id as string;
    spec = moveIndicator(spec, 'N2', sub);
    spec = moveIndicator(spec, 'H1', 'P3');
    spec = mapIndicator(spec, 'F1', (i) => ({ ...i, weight: 3 }));
    const before = rated(r.dataset, spec.groups);
    const out = exportCoinr(spec, r.dataset, names);
    // The index is at level 4: P1 and P3 (height 2) are lifted to level 3; N1 sits beside the
    // sub-group in P2 (level 3) and is lifted to level 2.
    expect(out.lifted).toEqual(['P1_L3', 'N1_L2', 'P3_L3']);
    const again = imported(rowsToCsv(out.iData), rowsToCsv(out.iMeta));
    expect(again.levels).toBe(4);
    const after = rated(again.dataset, again.groups);
    expect(after.units).toEqual(before.units);
    after.index.forEach((v, i) => expect(v).toBeCloseTo(before.index[i], 12));
    expect(after.rank).toEqual(before.rank);
  });

  it('writes indicators left out of the tree as Type Other, with their values', () => {
    const r = imported();
    const groups = r.groups.map((g) =>
      g.id === 'P3' ? { ...g, indicators: g.indicators.filter((i) => i.id !== 'F2') } : g,
    );
    const out = exportCoinr({ groups }, r.dataset, names);
    expect(out.iMeta.find((x) => x[0] === 'F2')?.slice(2, 7)).toEqual([
      null,
      null,
      null,
      null,
      'Other',
    ]);
    expect(out.iData[0]).toContain('F2');
    const again = imported(rowsToCsv(out.iData), rowsToCsv(out.iMeta));
    expect(again.dataset.table.columns.map((c) => c.id)).toContain('F2');
    expect(treeIndicators(again).map((i) => i.id)).not.toContain('F2');
  });
});

describe('goalposts in iMeta (COINr goalpost_lower, goalpost_upper)', () => {
  // H1 and H3 get goalposts (H3 is lower-is-better: the same raw ends, as COINr reads them).
  const withGoalposts = (scale = '') =>
    metaText
      .trim()
      .split(/\r?\n/)
      .map((line, i) => {
        if (i === 0)
          return `${line},goalpost_lower,goalpost_upper${scale ? ',goalpost_scale' : ''}`;
        const code = line.split(',')[0];
        const g = code === 'H1' ? '10,90' : code === 'H3' ? '1,30' : ',';
        return `${line},${g}${scale ? `,${code === 'H1' ? scale : ''}` : ''}`;
      })
      .join('\n');

  it('carries them into the index tree and writes them back', () => {
    const r = imported(dataText, withGoalposts());
    const inds = new Map<string, { goalposts?: { low?: number; high?: number } }>();
    for (const v of walkGroups({ groups: r.groups }))
      v.group.indicators.forEach((i) => inds.set(i.id, i));
    expect(inds.get('H1')?.goalposts).toEqual({ low: 10, high: 90 });
    expect(inds.get('H3')?.goalposts).toEqual({ low: 1, high: 30 });
    expect(inds.get('H2')?.goalposts).toBeUndefined();
    expect(r.warnings.map((i) => i.code)).not.toContain('coinr-imeta-goalpost-scale-left');
    const out = exportCoinr({ groups: r.groups }, r.dataset, {
      group: (id) => id,
      indicator: (id) => id,
      index: 'Index',
    });
    const head = out.iMeta[0] as string[];
    expect(head.slice(-2)).toEqual(['goalpost_lower', 'goalpost_upper']);
    const row = (code: string) => out.iMeta.find((x) => x[0] === code) as unknown[];
    expect(row('H1').slice(-2)).toEqual([10, 90]);
    expect(row('H2').slice(-2)).toEqual([null, null]);
    const again = imported(rowsToCsv(out.iData), rowsToCsv(out.iMeta));
    expect(again.groups).toEqual(r.groups);
  });

  it('names a goalpost_scale it cannot apply, once, with its row and column', () => {
    const r = imported(dataText, withGoalposts('1'));
    const scale = r.warnings.filter((i) => i.code === 'coinr-imeta-goalpost-scale-left');
    expect(scale).toHaveLength(1);
    expect(scale[0].where).toMatchObject({ row: 2, column: 'L (goalpost_scale)' });
    expect(imported(dataText, withGoalposts('100')).warnings.map((i) => i.code)).not.toContain(
      'coinr-imeta-goalpost-scale-left',
    );
  });
});

describe('a broken pair', () => {
  it('lists every problem at once with row and column, in the user’s language', () => {
    const meta = metaText
      .replace('H2,Студенты на 1000 жителей,1,P1,1,', 'H2,Студенты на 1000 жителей,1,PX,1,')
      .replace('F2,Износ основных фондов,1,P3,-1,', 'F2,Износ основных фондов,1,P3,2,');
    const data = dataText.replace('R03,Алматы,', 'R03,Атлантида,');
    const bad = importCoinr(grid(data, 'iData.csv'), grid(meta, 'iMeta.csv'), opts);
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    const codes = bad.issues.map((i) => `${i.code}@${i.where?.row}:${i.where?.column}`);
    expect(codes).toEqual(
      expect.arrayContaining([
        'coinr-imeta-parent-unknown@3:D (Parent)',
        'coinr-imeta-direction-invalid@8:E (Direction)',
        'coinr-idata-unit-not-region@4:A (uCode)',
      ]),
    );
    const unit = importCoinr(grid(data, 'iData.csv'), grid(metaText, 'iMeta.csv'), opts);
    expect(unit.ok).toBe(false);
    if (unit.ok) return;
    expect(unit.issues.map((i) => [i.code, i.where?.row, i.where?.column])).toEqual(
      expect.arrayContaining([['coinr-idata-unit-not-region', 4, 'A (uCode)']]),
    );
    const msg = unit.issues.find((i) => i.code === 'coinr-idata-unit-not-region')?.message;
    expect(msg).toContain('R03');
    expect(msg).toContain('не регион Казахстана');
    const kk = importCoinr(grid(data, 'iData.csv'), grid(metaText, 'iMeta.csv'), {
      ...opts,
      lang: 'kk',
    });
    expect(kk.ok ? '' : kk.issues[0].message).toContain('Қазақстан өңірі емес');
  });
});
