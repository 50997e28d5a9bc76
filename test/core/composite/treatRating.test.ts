/**
 * Data treatment in the app's own rating (issue 9 item 3) against NumPy/SciPy
 * (test/fixtures/rating/treatment/make_treatment.py): mean, median, group-mean and group-median
 * imputation, interpolation in a panel (a middle year, and the last year where nothing can be
 * filled), COINr's default outlier rule (a spike it winsorises, a heavy tail where it falls
 * back to log_CT), forced winsorisation of 3 points, ln x, Box-Cox (lambda 0.5 and 0), a
 * per-capita denominator, group means and medians by a text column (zone names, one unit
 * without a zone), goalposts and a target after ln x, Box-Cox and COINr's log_CT (they follow
 * the values onto the treated scale; a goalpost outside the transform's domain is an error
 * and the column scores at the bottom), and all of them at once with per-indicator overrides
 * of a rating default. The spec goes through validation, the matrix through the data layer the dashboard
 * and the CLI use (ratingMatrix), then rate(); compared to 1e-8, ranks and marks exactly.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rate } from '../../../src/core/composite/rate.ts';
import { sensitivity } from '../../../src/core/sensitivity/sensitivity.ts';
import { validateRatingSpec } from '../../../src/core/specValidate.ts';
import type { RatingSpec } from '../../../src/core/spec.ts';
import { ratingMatrix } from '../../../src/data/tableMatrix.ts';
import type { TableDataset } from '../../../src/data/types.ts';

const dir = 'test/fixtures/rating/treatment';
const panelJson = JSON.parse(readFileSync(`${dir}/panel.json`, 'utf8')) as {
  units: string[];
  years: number[];
  columns: Record<string, Record<string, (number | null)[]>>;
  /** Text columns (unit groups by name), as a user's table carries them. */
  text: Record<string, Record<string, (string | null)[]>>;
};
interface Variant {
  name: string;
  year: number;
  spec: unknown;
  treated: Record<string, (number | null)[]>;
  marks: Record<string, (Record<string, string> | null)[]>;
  normalised: Record<string, (number | null)[]>;
  groups: Record<string, number[]>;
  index: number[];
  rank: number[];
}
const reference = JSON.parse(readFileSync(`${dir}/reference.json`, 'utf8')) as Variant[];

const same = (s: string) => ({ ru: s, kk: s, en: s });
function table(year: number): TableDataset {
  const ids = Object.keys(panelJson.columns);
  const texts = Object.keys(panelJson.text);
  return {
    kind: 'table',
    id: `treatment-${year}`,
    title: same('treatment'),
    source: 'make_treatment.py',
    seed: 'make_treatment.py',
    tables: ['panel'],
    units: same(''),
    years: [year],
    notes: same(''),
    columns: [...ids, ...texts].map((id) => ({ id, title: same(id), unit: same('') })),
    rows: panelJson.units.map((u, i) => ({
      key: u,
      label: u,
      cells: Object.fromEntries([
        ...ids.map((id) => {
          const v = panelJson.columns[id][String(year)][i];
          return [
            id,
            {
              value: v,
              printed: v === null ? '' : String(v),
              source: { seed: '', table: '', row: u },
            },
          ];
        }),
        ...texts.map((id) => {
          const t = panelJson.text[id][String(year)][i];
          return [
            id,
            {
              value: null,
              printed: t ?? '',
              ...(t === null ? {} : { text: t }),
              source: { seed: '', table: '', row: u },
            },
          ];
        }),
      ]),
    })),
  };
}
const panel = panelJson.years.map((year) => ({ year, table: table(year) }));

function close(
  actual: readonly (number | null)[],
  expected: readonly (number | null)[],
  what: string,
) {
  expect(actual.length, what).toBe(expected.length);
  actual.forEach((a, i) => {
    const e = expected[i];
    if (e === null) expect(a, `${what}[${i}]`).toBeNull();
    else {
      expect(a, `${what}[${i}]`).not.toBeNull();
      expect(Math.abs((a as number) - e), `${what}[${i}]: ${a} vs ${e}`).toBeLessThan(1e-8);
    }
  });
}

function run(v: Variant) {
  const checked = validateRatingSpec(v.spec);
  expect(checked.ok, JSON.stringify(checked.ok ? [] : checked.issues)).toBe(true);
  const spec = (checked as { value: RatingSpec }).value;
  const ds = panel.find((p) => p.year === v.year)!.table;
  const m = ratingMatrix(ds, spec, panel, v.year);
  return { spec, m, r: rate(m, spec) };
}

describe('data treatment in the rating against NumPy/SciPy', () => {
  it('covers every treatment', () => {
    expect(reference.map((v) => v.name)).toEqual([
      'mean',
      'median',
      'group-mean',
      'group-median',
      'interpolate',
      'interpolate-edge',
      'coinr',
      'winsorise-3',
      'log',
      'boxcox-0.5',
      'boxcox-0',
      'per-capita',
      'group-mean-text',
      'group-median-text',
      'goalposts-treated',
      'target-treated',
      'goalposts-undefined',
      'combined',
    ]);
  });

  for (const v of reference) {
    it(`${v.name}: treated values, marks, scores, groups, index and rank`, () => {
      const { r } = run(v);
      expect(r.units).toEqual(panelJson.units);
      expect(r.treatment, 'the result carries the treatment').toBeDefined();
      const t = r.treatment!;
      r.indicators.forEach((id, k) => {
        close(
          t.values.map((row) => row[k]),
          v.treated[id],
          `${v.name} treated ${id}`,
        );
        expect(
          t.cells.map((row) => row[k]),
          `${v.name} marks ${id}`,
        ).toEqual(v.marks[id]);
        close(
          r.normalised.map((row) => row[k]),
          v.normalised[id],
          `${v.name} normalised ${id}`,
        );
      });
      for (const g of r.groups) close(g.values, v.groups[g.id], `${v.name} group ${g.id}`);
      close(r.index, v.index, `${v.name} index`);
      expect(r.rank).toEqual(v.rank);
    });
  }

  it('each variant treats something: the marks are not all empty', () => {
    for (const v of reference.filter((x) => x.name !== 'interpolate-edge')) {
      const marked = Object.values(v.marks).flat().filter(Boolean).length;
      expect(marked, v.name).toBeGreaterThan(0);
    }
  });

  it('COINr rule: the spike is winsorised, the heavy tail falls back to log_CT', () => {
    const v = reference.find((x) => x.name === 'coinr')!;
    const { r } = run(v);
    const k = (id: string) => r.indicators.indexOf(id);
    expect(r.treatment!.cells[12][k('spike')]).toEqual({ outlier: 'winhi' });
    expect(r.treatment!.cells.every((row) => row[k('heavy')]?.outlier === 'log_CT')).toBe(true);
    expect(r.treatment!.cells.every((row) => row[k('pos')] === null)).toBe(true);
  });

  it('group means by a text column: a unit without a group keeps its gap, named', () => {
    const v = reference.find((x) => x.name === 'group-mean-text')!;
    const { r } = run(v);
    const k = r.indicators.indexOf('gap');
    // U04 (no zone name) has a gap: not filled; U09 and U30 (Север, Запад) are.
    expect(r.treatment!.cells[3][k]).toBeNull();
    expect(r.normalised[3][k]).toBeNull();
    expect(r.treatment!.cells[8][k]).toEqual({ imputed: 'group-mean' });
    expect(r.issues.some((i) => i.code === 'treat-group-missing')).toBe(false);
  });

  it('goalposts and a target follow ln x, Box-Cox and log_CT, with the values named', () => {
    const g = run(reference.find((x) => x.name === 'goalposts-treated')!).r;
    const moved = g.issues.filter((i) => i.code === 'treated-goalposts');
    expect(moved.map((i) => i.where?.indicator).sort()).toEqual(['heavy', 'pos', 'total']);
    const pos = moved.find((i) => i.where?.indicator === 'pos')!;
    expect(pos.severity).toBe('warning');
    expect(pos.params).toMatchObject({ low: 0.5, high: 200 });
    expect(pos.params?.tlow).toBeCloseTo(Math.log(0.5), 4);
    expect(pos.params?.thigh).toBeCloseTo(Math.log(200), 4);
    expect(g.issues.filter((i) => i.severity === 'error')).toEqual([]);
    const t = run(reference.find((x) => x.name === 'target-treated')!).r;
    expect(
      t.issues
        .filter((i) => i.code === 'treated-target')
        .map((i) => i.where?.indicator)
        .sort(),
    ).toEqual(['heavy', 'pos']);
    expect(t.issues.filter((i) => i.severity === 'error')).toEqual([]);
  });

  it('a goalpost outside the transform’s domain is an error naming the indicator', () => {
    const { r } = run(reference.find((x) => x.name === 'goalposts-undefined')!);
    const e = r.issues.filter((i) => i.code === 'treated-goalpost-undefined');
    expect(e).toHaveLength(1);
    expect(e[0]).toMatchObject({
      severity: 'error',
      where: { indicator: 'pos' },
      params: { value: 0 },
    });
    expect(r.index.every(Number.isFinite)).toBe(true);
  });

  it('a target the transform takes to 0 or below is an error naming the indicator', () => {
    const v = reference.find((x) => x.name === 'target-treated')!;
    const checked = validateRatingSpec(v.spec);
    const s = structuredClone((checked as { value: RatingSpec }).value);
    s.groups[1].indicators[0].target = 0.9; // pos: ln-like Box-Cox of 0.9 - min + 1 is fine,
    s.groups[0].indicators[2].target = 0.5; // heavy under ln x: ln 0.5 < 0
    const r = rate(ratingMatrix(panel[2].table, s, panel, 2015), s);
    const e = r.issues.filter((i) => i.code === 'treated-target-undefined');
    expect(e.map((i) => i.where?.indicator)).toEqual(['heavy']);
    expect(e[0].params?.value).toBe(0.5);
    expect(e[0].params?.mapped).toBeCloseTo(Math.log(0.5), 4);
  });

  it('interpolation leaves a last-year gap missing and names it, never NaN', () => {
    const v = reference.find((x) => x.name === 'interpolate-edge')!;
    const { r } = run(v);
    const k = r.indicators.indexOf('gap');
    expect(r.normalised[8][k]).toBeNull();
    expect(
      r.issues.some((i) => i.code === 'missing-indicator-value' && i.where?.region === 'U09'),
    ).toBe(true);
    expect(r.index.every(Number.isFinite)).toBe(true);
  });

  it('the Monte Carlo sensitivity rates the treated data: its nominal rank is the rating’s', () => {
    const v = reference.find((x) => x.name === 'combined')!;
    const { spec, m, r } = run(v);
    const s = sensitivity(m, spec, { runs: 20, mode: 'uniform', noise: 0.1, seed: 1 });
    expect(s.units.map((u) => u.nominal)).toEqual(r.rank);
  });

  it('without treatment the result carries no treatment and the data are rated as they are', () => {
    const v = reference.find((x) => x.name === 'mean')!;
    const spec = validateRatingSpec({ ...(v.spec as object), treatment: undefined });
    expect(spec.ok).toBe(true);
    const s = (spec as { value: RatingSpec }).value;
    const r = rate(ratingMatrix(panel[2].table, s), s);
    expect(r.treatment).toBeUndefined();
    expect(r.normalised[3][0]).toBeNull();
  });
});

describe('treatment problems are named', () => {
  const base = reference.find((x) => x.name === 'per-capita')!;
  const variant = (patch: (s: RatingSpec) => void) => {
    const s = structuredClone((validateRatingSpec(base.spec) as { value: RatingSpec }).value);
    patch(s);
    return rate(ratingMatrix(panel[2].table, s, panel, 2015), s);
  };

  it('a denominator the data do not have', () => {
    const r = variant((s) => (s.groups[1].indicators[1].denominator = 'people'));
    const i = r.issues.find((x) => x.code === 'treat-denominator-missing');
    expect(i?.where).toMatchObject({ indicator: 'total', column: 'people' });
  });

  it('a zero or missing denominator leaves the cell missing and counts it', () => {
    const ds = structuredClone(panel[2].table);
    ds.rows[5].cells.pop.value = 0;
    ds.rows[6].cells.pop.value = null;
    const s = (validateRatingSpec(base.spec) as { value: RatingSpec }).value;
    const r = rate(ratingMatrix(ds, s), s);
    const i = r.issues.find((x) => x.code === 'treat-denominator-zero');
    expect(i?.params).toEqual({ count: 2, denominator: 'pop' });
    const k = r.indicators.indexOf('total');
    expect(r.normalised[5][k]).toBeNull();
    expect(r.treatment!.cells[5][k]).toBeNull();
    expect(r.treatment!.cells[4][k]).toEqual({ denominator: 'pop' });
  });

  it('a group column the data do not have', () => {
    const r = variant((s) => (s.treatment = { impute: { method: 'group-mean', by: 'region' } }));
    expect(r.issues.filter((x) => x.code === 'treat-group-missing').length).toBeGreaterThan(0);
  });

  it('interpolation on a single table', () => {
    const s = (validateRatingSpec(base.spec) as { value: RatingSpec }).value;
    s.treatment = { impute: { method: 'interpolate' } };
    const r = rate(ratingMatrix(panel[2].table, s), s);
    expect(r.issues.some((x) => x.code === 'interpolate-no-panel')).toBe(true);
  });

  it('ln x of values <= 0 is missing and counted', () => {
    const ds = structuredClone(panel[2].table);
    ds.rows[0].cells.pos.value = 0;
    ds.rows[1].cells.pos.value = -2;
    const s = (validateRatingSpec(base.spec) as { value: RatingSpec }).value;
    s.groups[1].indicators[0].outliers = { method: 'log' };
    const r = rate(ratingMatrix(ds, s), s);
    expect(r.issues.find((x) => x.code === 'log-nonpositive')?.params).toEqual({ count: 2 });
    expect(r.normalised[0][3]).toBeNull();
    expect(r.index.every(Number.isFinite)).toBe(true);
  });
});
