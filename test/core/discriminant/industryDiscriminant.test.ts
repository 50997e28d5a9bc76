/**
 * Discriminant analysis of groups of industries (issue 12, item 5) against scikit-learn's
 * LinearDiscriminantAnalysis, SciPy and NumPy (test/fixtures/discriminant/industry, made by
 * make_industry.py). What is compared, and why it is invariant:
 * - the measures of the region's industries (LQ, focus, relatedness density, Hoover), Ward's
 *   proposal (scipy linkage "ward" + fcluster, renumbered by mean LQ): equal;
 * - predicted groups (resubstitution and leave-one-out with the full sample's priors), the
 *   classification table and posteriors: the same model, so equal;
 * - eigenvalues of W^-1 B (scipy.linalg.eigh(B, W)) and sklearn's explained-variance ratios,
 *   Wilks' lambda (det W / det(W + B)), Bartlett's chi-square and p (scipy chi2.sf);
 * - canonical scores: a discriminant function is defined up to sign (and, between programs,
 *   scale); both sides scale the scores to unit pooled within-group variance around the grand
 *   mean, so they agree up to the sign of each function, which is compared after aligning it.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { industryPosition } from '../../../src/core/clusters/industryPosition.ts';
import {
  industryDiscriminant,
  type IndustryGroup,
} from '../../../src/core/discriminant/industryDiscriminant.ts';
import { wardGrouping } from '../../../src/core/discriminant/wardGrouping.ts';
import type { IndustryMeasure } from '../../../src/core/spec.ts';
import { chiSquareUpperTail } from '../../../src/core/stats/chiSquare.ts';

const dir = fileURLToPath(new URL('../../fixtures/', import.meta.url));

interface Case {
  variables: IndustryMeasure[];
  labels: number[];
  groups: number[];
  predicted: number[];
  /** null where leave-one-out is singular (n - 1 - g < p). */
  looPredicted: number[] | null;
  posterior: number[][];
  table: number[][];
  percentCorrect: number;
  eigenvalues: number[];
  explainedShare: number[];
  scores: number[][];
  wilks: { from: number; lambda: number; chiSquare: number; df: number; pValue: number }[];
}
interface Ref {
  region: string;
  industries: string[];
  measures: Record<IndustryMeasure, number[]>;
  ward3: number[];
  ward4: number[];
  cases: Record<string, Case>;
  e2e: Case & { industries: string[]; measures: Record<IndustryMeasure, number[]> };
  chiSquare: { x: number; df: number; upper: number }[];
}
const ref = JSON.parse(readFileSync(`${dir}discriminant/industry/reference.json`, 'utf8')) as Ref;

function readMatrix(path: string) {
  const lines = readFileSync(path, 'utf8')
    .replace(/^\ufeff/, '')
    .trim()
    .split(/\r?\n/);
  const split = (l: string) => l.split(',').map((c) => c.replace(/^"|"$/g, ''));
  return {
    columns: split(lines[0]).slice(1),
    rows: lines.slice(1).map((l) => split(l)[0]),
    values: lines.slice(1).map((l) => split(l).slice(1).map(Number)),
  };
}
const matrix = readMatrix(`${dir}discriminant/industry/matrix-17x21.csv`);
const e2eMatrix = readMatrix(`${dir}e2e/employment-current-20-start.csv`);

const close = (a: number, b: number, rel: number) =>
  expect(Math.abs(a - b)).toBeLessThanOrEqual(rel * Math.max(1, Math.abs(b)));

/** Groups as the user gives them: names and industries, from label indices. */
const groupsOf = (industries: string[], labels: number[], names: string[]): IndustryGroup[] =>
  names.map((name, k) => ({ name, industries: industries.filter((_, i) => labels[i] === k) }));

function features(pos: NonNullable<ReturnType<typeof industryPosition>>, vars: IndustryMeasure[]) {
  return pos.industries.map((_, i) => vars.map((v) => pos.values[v][i]));
}

function compare(c: Case, industries: string[], x: (number | null)[][]) {
  const names = c.groups.map((g) => `Группа ${g + 1}`);
  const r = industryDiscriminant({
    industries,
    features: x,
    variables: c.variables,
    groups: groupsOf(industries, c.labels, names),
  });
  expect(r.ok).toBe(true);
  if (!r.ok) return;
  const v = r.value;
  expect(v.groups).toEqual(c.groups);
  expect(v.predicted).toEqual(c.predicted);
  if (c.looPredicted) expect(v.looPredicted).toEqual(c.looPredicted);
  else {
    expect(v.looPredicted.every((p) => p === null)).toBe(true);
    expect(v.lda.issues.map((i) => i.code)).toEqual(['leave-one-out-unavailable']);
  }
  expect(v.lda.classification.table).toEqual(c.table);
  close(v.lda.classification.percentCorrect, c.percentCorrect, 1e-12);
  v.posterior.forEach((p, i) => p!.forEach((q, k) => close(q, c.posterior[i][k], 1e-9)));
  const ev = v.lda.canonical.eigenvalues;
  expect(ev).toHaveLength(c.eigenvalues.length);
  ev.forEach((e, q) => close(e, c.eigenvalues[q], 1e-9));
  v.lda.canonical.percentOfVariance.forEach((pct, q) =>
    close(pct / 100, c.explainedShare[q], 1e-9),
  );
  v.wilks.forEach((w, q) => {
    const o = c.wilks[q];
    expect(w.from).toBe(o.from);
    expect(w.df).toBe(o.df);
    close(w.lambda, o.lambda, 1e-9);
    close(w.chiSquare, o.chiSquare, 1e-8);
    close(w.pValue, o.pValue, 1e-8);
  });
  // Scores up to the sign of each function.
  for (let q = 0; q < ev.length; q++) {
    const ours = v.scores.map((s) => s![q]);
    const theirs = c.scores.map((s) => s[q]);
    const dot = ours.reduce((a, o, i) => a + o * theirs[i], 0);
    const sign = dot < 0 ? -1 : 1;
    ours.forEach((o, i) => close(o, sign * theirs[i], 1e-8));
  }
  return v;
}

describe('industryPosition (measures of one region’s industries)', () => {
  it('equals NumPy for East Kazakhstan in the synthetic 17 x 21 matrix (12 digits)', () => {
    const pos = industryPosition(matrix, ref.region);
    expect(pos).not.toBeNull();
    expect(pos!.industries).toEqual(ref.industries);
    for (const m of ['lq', 'focus', 'density', 'hoover'] as const)
      pos!.values[m].forEach((x, i) => close(x as number, ref.measures[m][i], 1e-12));
  });

  it('is null for a region the matrix lacks', () => {
    expect(industryPosition(matrix, 'KZ-NOPE')).toBeNull();
  });
});

describe('wardGrouping (the default grouping offered)', () => {
  it('equals SciPy’s Ward cut into 3 and 4 groups, numbered by ascending mean LQ', () => {
    const pos = industryPosition(matrix, ref.region)!;
    const x = features(pos, ['lq', 'focus', 'density', 'hoover']) as number[][];
    const lq = pos.values.lq as number[];
    const w3 = wardGrouping(x, 3, lq);
    const w4 = wardGrouping(x, 4, lq);
    expect(w3.ok && w3.value).toEqual(ref.ward3);
    expect(w4.ok && w4.value).toEqual(ref.ward4);
  });
});

describe('chiSquareUpperTail', () => {
  it('equals SciPy’s chi2.sf (1e-12 relative)', () => {
    for (const c of ref.chiSquare)
      expect(Math.abs(chiSquareUpperTail(c.x, c.df) - c.upper)).toBeLessThanOrEqual(
        1e-12 * c.upper + 1e-300,
      );
    expect(chiSquareUpperTail(0, 3)).toBe(1);
  });
});

describe('industryDiscriminant against scikit-learn and SciPy', () => {
  const pos = industryPosition(matrix, ref.region)!;
  for (const [name, c] of Object.entries(ref.cases)) {
    it(`${name}: predictions, table, eigenvalues, Wilks' lambda and scores agree`, () => {
      compare(c, pos.industries, features(pos, c.variables));
    });
  }

  it('the browser test’s matrix grouped by hand ({Агро, Руда}, {Плавка, Станки}, {Софт, Логистика})', () => {
    const p = industryPosition(e2eMatrix, 'Восточно-Казахстанская область')!;
    expect(p.industries).toEqual(ref.e2e.industries);
    for (const m of ['lq', 'focus', 'density', 'hoover'] as const)
      p.values[m].forEach((x, i) => close(x as number, ref.e2e.measures[m][i], 1e-12));
    const v = compare(ref.e2e, p.industries, features(p, ref.e2e.variables));
    expect(v?.lda.classification.percentCorrect).toBe(100);
  });
});

describe('industryDiscriminant: bad groupings are named, not NaN', () => {
  const pos = industryPosition(matrix, ref.region)!;
  const ind = pos.industries;
  const x = features(pos, ['lq', 'focus', 'density']);
  const vars = ['LQ', 'focus', 'density'];
  const run = (groups: IndustryGroup[], f = x, v = vars) =>
    industryDiscriminant({ industries: ind, features: f, variables: v, groups });

  it('a group with one industry, named', () => {
    const r = run([
      { name: 'Ядро', industries: [ind[0]] },
      { name: 'Прочие', industries: ind.slice(1) },
    ]);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues.map((i) => i.code)).toContain('group-too-small');
      expect(r.issues.find((i) => i.code === 'group-too-small')?.params?.group).toBe('Ядро');
    }
  });

  it('fewer than two groups with industries', () => {
    const r = run([
      { name: 'Все', industries: ind },
      { name: 'Пустая', industries: [] },
    ]);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.map((i) => i.code)).toEqual(['too-few-groups', 'empty-groups']);
  });

  it('an industry in two groups, and every problem at once', () => {
    const r = run([
      { name: 'A', industries: [ind[0], ind[1], ind[2]] },
      { name: 'B', industries: [ind[1], ind[3]] },
    ]);
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.issues.map((i) => i.code).sort()).toEqual([
        'group-too-small',
        'industries-without-group',
        'industry-in-two-groups',
      ]);
  });

  it('a singular within-group matrix names the variable', () => {
    // The region's share of the nation's industry is LQ times a constant: singular with LQ.
    const lq = pos.values.lq as number[];
    const f = lq.map((v) => [v, v * 0.37, x[lq.indexOf(v)][2]]);
    const labels = ref.ward3;
    const r = run(groupsOf(ind, labels, ['a', 'b', 'c']), f, ['LQ', 'share', 'density']);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues[0].code).toBe('singular-pooled-covariance');
      expect(r.issues[0].params?.variable).toBe('share');
    }
  });

  it('too few industries for the measures and groups', () => {
    const p = industryPosition(e2eMatrix, 'Восточно-Казахстанская область')!;
    const r = industryDiscriminant({
      industries: p.industries,
      features: features(p, ['lq', 'focus', 'density', 'hoover']),
      variables: ['lq', 'focus', 'density', 'hoover'],
      groups: groupsOf(p.industries, [0, 0, 1, 1, 2, 2], ['a', 'b', 'c']),
    });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0].code).toBe('too-few-observations');
  });

  it('empty groups and industries without a group are left out with a warning', () => {
    const labels = [...ref.ward3];
    const groups = groupsOf(ind, labels, ['a', 'b', 'c']);
    groups[0].industries = groups[0].industries.slice(1); // one industry in no group
    groups.push({ name: 'пустая', industries: [] });
    const r = run(groups);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.warnings.map((w) => w.code)).toEqual(['industries-without-group', 'empty-groups']);
      expect(r.value.groups).toEqual([0, 1, 2]);
      expect(r.value.given.filter((g) => g === null)).toHaveLength(1);
      expect(r.value.scores.filter((s) => s === null)).toHaveLength(1);
      expect(r.value.scores.flat().every((s) => s === null || Number.isFinite(s))).toBe(true);
    }
  });
});
