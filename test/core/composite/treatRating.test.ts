/**
 * Data treatment in the app's own rating (issue 9 item 3) against NumPy/SciPy
 * (test/fixtures/rating/treatment/make_treatment.py): mean, median, group-mean and group-median
 * imputation, interpolation in a panel (a middle year, and the last year where nothing can be
 * filled), COINr's default outlier rule (a spike it winsorises, a heavy tail where it falls
 * back to log_CT), forced winsorisation of 3 points, ln x, Box-Cox (lambda 0.5 and 0), a
 * per-capita denominator, and all of them at once with per-indicator overrides of a rating
 * default. The spec goes through validation, the matrix through the data layer the dashboard
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
    columns: ids.map((id) => ({ id, title: same(id), unit: same('') })),
    rows: panelJson.units.map((u, i) => ({
      key: u,
      label: u,
      cells: Object.fromEntries(
        ids.map((id) => {
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
      ),
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
