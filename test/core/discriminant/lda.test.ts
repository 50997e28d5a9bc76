import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { lda } from '../../../src/core/discriminant/lda.ts';
import { DiscriminantError } from '../../../src/core/discriminant/discriminantError.ts';

const dir = fileURLToPath(new URL('../../fixtures/discriminant/', import.meta.url));
const lines = readFileSync(`${dir}iris.csv`, 'utf8').trim().split('\n');
const species = lines.slice(1).map((l) => l.split(',')[0]);
const X = lines.slice(1).map((l) => l.split(',').slice(1).map(Number));
const UNBALANCED = [
  ...Array.from({ length: 20 }, (_, i) => i),
  ...Array.from({ length: 50 }, (_, i) => 50 + i),
  ...Array.from({ length: 35 }, (_, i) => 100 + i),
];

interface Ref {
  groups: string[];
  counts: number[];
  priors: number[];
  means: number[][];
  pooled: number[][];
  coefficients: number[][];
  constants: number[];
  posterior: number[][];
  predicted: string[];
  table: number[][];
  percent_correct: number;
  canonical_eigenvalues: number[];
  canonical_percent: number[];
  canonical_correlations: number[];
  raw_coefficients: number[][];
  raw_constants: number[];
  standardised: number[][];
  loo_predicted: string[];
  loo_table: number[][];
  loo_percent_correct: number;
}
const ref = (name: string) => JSON.parse(readFileSync(`${dir}${name}.json`, 'utf8')) as Ref;
const maxDiff = (a: number[][], b: number[][]) =>
  Math.max(...a.flatMap((r, i) => r.map((v, j) => Math.abs(v - b[i][j]))));
const relDiff = (a: number[], b: number[]) =>
  Math.max(...a.map((v, i) => Math.abs(v - b[i]) / Math.max(1, Math.abs(b[i]))));

const cases = [
  { name: 'iris_proportional', rows: X.map((_, i) => i), priors: 'proportional' as const },
  { name: 'iris_unbalanced_proportional', rows: UNBALANCED, priors: 'proportional' as const },
  { name: 'iris_unbalanced_equal', rows: UNBALANCED, priors: 'equal' as const },
];

describe('lda()', () => {
  it.each(cases)('lda() matches the base-R computation on $name', ({ name, rows, priors }) => {
    const r = ref(name);
    const res = lda(
      rows.map((i) => X[i]),
      rows.map((i) => species[i]),
      { priors },
    );
    expect(res.groups).toEqual(r.groups);
    expect(res.counts).toEqual(r.counts);
    expect(relDiff(res.priors, r.priors)).toBeLessThan(1e-14);
    expect(maxDiff(res.means, r.means)).toBeLessThan(1e-12);
    expect(maxDiff(res.pooledCovariance, r.pooled)).toBeLessThan(1e-12);
    expect(
      maxDiff(
        res.functions.map((f) => f.coefficients),
        r.coefficients,
      ),
    ).toBeLessThan(1e-8);
    expect(
      relDiff(
        res.functions.map((f) => f.constant),
        r.constants,
      ),
    ).toBeLessThan(1e-10);
    expect(maxDiff(res.posterior, r.posterior)).toBeLessThan(1e-9);
    expect(res.classification.predicted).toEqual(r.predicted);
    expect(res.classification.table).toEqual(r.table);
    expect(res.classification.percentCorrect).toBeCloseTo(r.percent_correct, 10);
    expect(relDiff(res.canonical.eigenvalues, r.canonical_eigenvalues)).toBeLessThan(1e-9);
    expect(relDiff(res.canonical.percentOfVariance, r.canonical_percent)).toBeLessThan(1e-9);
    expect(relDiff(res.canonical.canonicalCorrelations, r.canonical_correlations)).toBeLessThan(
      1e-9,
    );
    expect(maxDiff(res.canonical.raw, r.raw_coefficients)).toBeLessThan(1e-8);
    expect(relDiff(res.canonical.rawConstants, r.raw_constants)).toBeLessThan(1e-8);
    expect(maxDiff(res.canonical.standardised, r.standardised)).toBeLessThan(1e-8);
    expect(res.leaveOneOut!.predicted).toEqual(r.loo_predicted);
    expect(res.leaveOneOut!.table).toEqual(r.loo_table);
    expect(res.leaveOneOut!.percentCorrect).toBeCloseTo(r.loo_percent_correct, 10);
  });

  it("lda() on Fisher's iris classifies 147 of 150 correctly, as the classic analysis does", () => {
    const res = lda(X, species);
    expect(res.classification.percentCorrect).toBeCloseTo(98, 12);
    // The first canonical function carries about 99.1% of the between-group variance.
    expect(res.canonical.percentOfVariance[0]).toBeGreaterThan(99);
    expect(res.canonical.eigenvalues).toHaveLength(2);
  });

  it('lda() posteriors sum to 1 and the predicted group has the largest', () => {
    const res = lda(X, species, { leaveOneOut: false });
    expect(res.leaveOneOut).toBeNull();
    res.posterior.forEach((row, i) => {
      expect(row.reduce((s, v) => s + v, 0)).toBeCloseTo(1, 12);
      expect(res.groups[row.indexOf(Math.max(...row))]).toBe(res.classification.predicted[i]);
    });
  });

  it('lda() accepts numeric group codes and sorts them', () => {
    const codes = species.map((s) => (s === 'setosa' ? 3 : s === 'versicolor' ? 1 : 2));
    const res = lda(X, codes, { leaveOneOut: false });
    expect(res.groups).toEqual([1, 2, 3]);
    expect(res.classification.percentCorrect).toBeCloseTo(98, 12);
  });

  const errorCode = (f: () => unknown) => {
    try {
      f();
    } catch (e) {
      expect(e).toBeInstanceOf(DiscriminantError);
      return (e as DiscriminantError).code;
    }
    return 'no error';
  };

  it('lda() names a singular pooled covariance and the variable behind it', () => {
    const y = X.map((r) => [...r, r[0] + r[1]]);
    expect(errorCode(() => lda(y, species))).toBe('singular-pooled-covariance');
    const z = X.map((r, i) => [...r, species[i] === 'setosa' ? 1 : 2]);
    try {
      lda(z, species, { variables: ['a', 'b', 'c', 'd', 'group code'] });
    } catch (e) {
      expect((e as DiscriminantError).issue.where?.column).toBe('group code');
    }
  });

  it('lda() refuses a group with fewer than 2 members, one group, and too few observations', () => {
    const g = species.map((s, i) => (i === 0 ? 'alone' : s));
    expect(errorCode(() => lda(X, g))).toBe('group-too-small');
    expect(
      errorCode(() =>
        lda(
          X,
          species.map(() => 'one'),
        ),
      ),
    ).toBe('too-few-groups');
    const few = [0, 1, 50, 51, 100, 101];
    expect(
      errorCode(() =>
        lda(
          few.map((i) => X[i]),
          few.map((i) => species[i]),
        ),
      ),
    ).toBe('too-few-observations');
    expect(errorCode(() => lda(X, species.slice(1)))).toBe('labels-length');
    expect(
      errorCode(() => lda([[1, null], ...X.slice(1).map((r) => r.slice(0, 2))], species)),
    ).toBe('missing-values');
  });
});
