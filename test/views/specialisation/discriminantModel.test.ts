/**
 * The view model of the discriminant analysis of the user's groups of industries
 * (src/views/specialisation/discriminantModel.ts): which region, Ward's proposal while the
 * spec holds no groups, the user's groups once it does, and moving an industry by hand.
 * Numbers against scikit-learn / SciPy (test/fixtures/discriminant/industry).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { defaultIndustryGroupingSpec, type IndustryMeasure } from '../../../src/core/index.ts';
import {
  groupingRegion,
  groupOfIndustry,
  moveIndustry,
  runGrouping,
} from '../../../src/views/specialisation/discriminantModel.ts';

const dir = fileURLToPath(new URL('../../fixtures/', import.meta.url));
const ref = JSON.parse(readFileSync(`${dir}discriminant/industry/reference.json`, 'utf8')) as {
  ward3: number[];
  cases: Record<
    string,
    { variables: IndustryMeasure[]; labels: number[]; predicted: number[]; eigenvalues: number[] }
  >;
  e2e: { predicted: number[]; eigenvalues: number[]; percentCorrect: number };
};
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
const name = (k: number) => `Группа ${k + 1}`;
const measure = (m: string) => m;

describe('groupingRegion', () => {
  const d = defaultIndustryGroupingSpec();
  it('East Kazakhstan by default when the matrix has it (2014 or today’s code), else the first', () => {
    expect(groupingRegion(['KZ-AKM', 'KZ-VOS'], d)).toBe('KZ-VOS');
    expect(groupingRegion(['KZ-10', 'KZ-63'], d)).toBe('KZ-63');
    expect(groupingRegion(['A', 'B'], d)).toBe('A');
    expect(groupingRegion([], d)).toBeNull();
  });
  it('the spec’s region when the matrix has it', () => {
    expect(groupingRegion(['KZ-AKM', 'KZ-VOS'], { ...d, region: 'KZ-AKM' })).toBe('KZ-AKM');
    expect(groupingRegion(['KZ-AKM', 'KZ-VOS'], { ...d, region: 'KZ-X' })).toBe('KZ-VOS');
  });
});

describe('runGrouping', () => {
  it('without groups in the spec: Ward’s proposal (SciPy’s), named in the interface language, then LDA as scikit-learn', () => {
    const spec = {
      ...defaultIndustryGroupingSpec(),
      variables: ['lq', 'focus', 'density', 'hoover'] as const,
    };
    const run = runGrouping(matrix, { ...spec, variables: [...spec.variables] }, name, measure)!;
    expect(run.fromWard).toBe(true);
    expect(run.region).toBe('KZ-VOS');
    expect(run.groups.map((g) => g.name)).toEqual(['Группа 1', 'Группа 2', 'Группа 3']);
    const labels = run.industries.map((i) => groupOfIndustry(run.groups, i));
    expect(labels).toEqual(ref.ward3);
    // The LDA on 3 measures of the reference's ward3 case runs on the default measures.
    const three = runGrouping(matrix, defaultIndustryGroupingSpec(), name, measure)!;
    expect(three.result?.ok).toBe(true);
  });

  it('with the user’s groups: those, and the reference’s predictions', () => {
    const c = ref.cases.hand3;
    const groups = [0, 1, 2].map((k) => ({
      name: ['Неосновные', 'Средние', 'Драйверы'][k],
      industries: matrix.columns.filter((_, i) => c.labels[i] === k),
    }));
    const run = runGrouping(
      matrix,
      { ...defaultIndustryGroupingSpec(), variables: c.variables, groups },
      name,
      measure,
    )!;
    expect(run.fromWard).toBe(false);
    expect(run.groups).toEqual(groups);
    expect(run.result?.ok).toBe(true);
    if (run.result?.ok) {
      expect(run.result.value.predicted).toEqual(c.predicted);
      run.result.value.lda.canonical.eigenvalues.forEach((e, q) =>
        expect(Math.abs(e - c.eigenvalues[q])).toBeLessThan(1e-9 * Math.max(1, c.eigenvalues[q])),
      );
    }
  });

  it('no measure chosen: no run, the groups stay', () => {
    const run = runGrouping(
      matrix,
      { ...defaultIndustryGroupingSpec(), variables: [] },
      name,
      measure,
    )!;
    expect(run.result).toBeNull();
    expect(run.groups).toHaveLength(3);
  });
});

describe('moveIndustry', () => {
  const inds = ['a', 'b', 'c', 'd'];
  const groups = [
    { name: 'x', industries: ['a', 'c'] },
    { name: 'y', industries: ['b', 'd'] },
  ];
  it('moves one industry, keeping the matrix’s order, leaving the others', () => {
    expect(moveIndustry(groups, inds, 'b', 0)).toEqual([
      { name: 'x', industries: ['a', 'b', 'c'] },
      { name: 'y', industries: ['d'] },
    ]);
    expect(groups[1].industries).toEqual(['b', 'd']);
  });
  it('null takes it out of every group', () => {
    expect(moveIndustry(groups, inds, 'c', null)).toEqual([
      { name: 'x', industries: ['a'] },
      { name: 'y', industries: ['b', 'd'] },
    ]);
    expect(groupOfIndustry(moveIndustry(groups, inds, 'c', null), 'c')).toBeNull();
  });
});
