/**
 * The compute tasks run the pure core unchanged: the same input gives the same output through
 * runTask() (worker and in-thread path) as through the core function. Reference: the core's
 * own functions, themselves checked against R and NumPy (test/core/).
 */
import { describe, expect, it } from 'vitest';
import {
  cutree,
  hclust,
  rate,
  DiscriminantError,
  lda,
  sensitivity,
  paperRatingSpec,
} from '../../src/core/index.ts';
import { getDataset } from '../../src/data/datasets/catalogue.ts';
import { tableToMatrix } from '../../src/data/tableMatrix.ts';
import type { TableDataset } from '../../src/data/types.ts';
import { createComputeClient } from '../../src/worker/client.ts';
import { discriminantCheck, runTask, workOf } from '../../src/worker/tasks.ts';

const spec = paperRatingSpec();
const ids = spec.groups.flatMap((g) => g.indicators.map((i) => i.id));
const matrix = tableToMatrix(getDataset('innovation-2010') as TableDataset, ids);
const sens = { runs: 300, mode: 'simplex' as const, noise: 0, seed: 11 };

describe('worker tasks', () => {
  it('runTask("rating") equals rate() on the same input', () => {
    expect(runTask('rating', { matrix, spec })).toEqual(rate(matrix, spec));
  });

  it('runTask("sensitivity") equals sensitivity() on the same input and seed', () => {
    const out = runTask('sensitivity', { matrix, spec, sensitivity: sens });
    expect(out).toEqual(sensitivity(matrix, spec, sens));
    expect(out.units).toHaveLength(16);
  });

  it('workOf() counts units x tree nodes x runs (x 8) for the sensitivity, so deep trees go to the worker', () => {
    // The paper's tree here: 6 indicators, 2 groups, the index.
    expect(workOf('sensitivity', { matrix, spec, sensitivity: sens })).toBe(
      16 * (6 + 2 + 1) * 300 * 8,
    );
    expect(workOf('rating', { matrix, spec })).toBe(16 * 6);
  });

  it('the in-thread client gives the same sensitivity result as the core', async () => {
    const client = createComputeClient({ makeWorker: null });
    const out = await client.run('sensitivity', { matrix, spec, sensitivity: sens });
    expect(out).toEqual(sensitivity(matrix, spec, sens));
    client.dispose();
  });
});

describe('worker task "cluster": discriminant check of the groups (seed 002)', () => {
  const tableValues = (id: string) => {
    const ds = getDataset(id) as TableDataset;
    const cols = Object.keys(ds.rows[0].cells).filter(
      (c) => typeof ds.rows[0].cells[c].value === 'number',
    );
    return {
      ds,
      cols,
      values: ds.rows.map((r) => cols.map((c) => r.cells[c].value as number)),
    };
  };
  const clusterIn = (values: number[][], names: string[], vars: string[], k: number) => ({
    values,
    rows: names,
    columns: vars,
    spec: { k, standardise: 'z' as const, linkage: 'ward' as const, variables: vars },
    kMax: 6,
    reference: null,
  });
  const zscore = (xs: number[]) => {
    const m = xs.reduce((a, b) => a + b, 0) / xs.length;
    const sd = Math.sqrt(xs.reduce((a, b) => a + (b - m) ** 2, 0) / (xs.length - 1));
    return xs.map((x) => (x - m) / sd);
  };

  it('runTask("cluster") returns the same discriminant summary as lda() on the z-scored industries and the cut', () => {
    const { ds, cols, values } = tableValues('vko-loadings-published');
    const out = runTask(
      'cluster',
      clusterIn(
        values,
        ds.rows.map((r) => r.key),
        cols,
        4,
      ),
    );
    const a = out.analysis!;
    // The test standardises on its own and cuts with the core's hclust, as R's scale + cutree.
    const zc = cols.map((_, j) => zscore(values.map((r) => r[j])));
    const z = values.map((_, i) => zc.map((c) => c[i]));
    const labels = cutree(hclust(z, 'ward'), 4);
    expect(a.labels).toEqual(labels);
    const r = lda(z, labels, { priors: 'proportional', leaveOneOut: true, variables: cols });
    expect(out.discriminant?.ok).toBe(true);
    if (!out.discriminant?.ok) return;
    const s = out.discriminant.summary;
    expect(s.groups).toEqual(r.groups);
    expect(s.counts).toEqual(r.counts);
    expect(s.table).toEqual(r.classification.table);
    expect(s.percentCorrect).toBeCloseTo(r.classification.percentCorrect, 12);
    expect(s.looTable).toEqual(r.leaveOneOut!.table);
    expect(s.looPercentCorrect).toBeCloseTo(r.leaveOneOut!.percentCorrect, 12);
    s.eigenvalues.forEach((e, i) => expect(e).toBeCloseTo(r.canonical.eigenvalues[i], 8));
    s.percentOfVariance.forEach((p, i) =>
      expect(p).toBeCloseTo(r.canonical.percentOfVariance[i], 8),
    );
    // Each table row holds its group's members; both tables count all 20 industries.
    expect(s.table.map((row) => row.reduce((x, y) => x + y, 0))).toEqual(s.counts);
    expect(s.looTable!.flat().reduce((x, y) => x + y, 0)).toBe(values.length);
    expect(s.percentOfVariance.reduce((x, y) => x + y, 0)).toBeCloseTo(100, 10);
    // Plain data only: survives the structured clone of the worker boundary unchanged.
    expect(structuredClone(out.discriminant)).toEqual(out.discriminant);
  });

  it('runTask("cluster") gives a group-too-small issue, not a throw, when a region is a group of one', () => {
    const { ds, values } = tableValues('innovation-2014');
    const ids = ['S_D', 'S_F', 'S_E', 'S_A', 'S_B', 'S_C'];
    const v = ds.rows.map((r) => ids.map((c) => r.cells[c].value as number));
    const out = runTask(
      'cluster',
      clusterIn(
        v,
        ds.rows.map((r) => r.key),
        ids,
        4,
      ),
    );
    expect(values.length).toBe(16);
    // Ward on the 2014 z-scores leaves one region on its own at k = 4.
    const sizes = out.analysis!.sumsOfSquares.sizes;
    expect(Math.min(...sizes)).toBe(1);
    expect(out.discriminant).toEqual({
      ok: false,
      issue: expect.objectContaining({ code: 'group-too-small', severity: 'error' }),
    });
    expect(() => lda(out.analysis!.data, out.analysis!.labels)).toThrow(DiscriminantError);
  });

  it('discriminantCheck() reports a singular pooled covariance as an issue when a variable repeats another', () => {
    const data = [
      [1, 1, 0.5],
      [2, 2, 0.1],
      [1.5, 1.5, 0.9],
      [8, 8, 0.3],
      [9, 9, 0.7],
      [8.5, 8.5, 0.2],
    ];
    const check = discriminantCheck(data, [1, 1, 1, 2, 2, 2], ['a', 'a again', 'b']);
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.issue.code).toBe('singular-pooled-covariance');
    expect(check.issue.message).not.toMatch(/NaN|undefined|Infinity/);
    expect(discriminantCheck(data, [1, 1, 1, 1, 1, 1], ['a', 'a again', 'b'])).toEqual({
      ok: false,
      issue: expect.objectContaining({ code: 'too-few-groups' }),
    });
  });
});
