/**
 * The compute tasks run the pure core unchanged: the same input gives the same output through
 * runTask() (worker and in-thread path) as through the core function. Reference: the core's
 * own functions, themselves checked against R and NumPy (test/core/).
 */
import { describe, expect, it } from 'vitest';
import { rate } from '../../src/core/composite/rate.ts';
import { sensitivity } from '../../src/core/sensitivity/sensitivity.ts';
import { paperRatingSpec } from '../../src/core/spec.ts';
import { getDataset } from '../../src/data/datasets/catalogue.ts';
import { tableToMatrix } from '../../src/data/tableMatrix.ts';
import type { TableDataset } from '../../src/data/types.ts';
import { createComputeClient } from '../../src/worker/client.ts';
import { runTask, workOf } from '../../src/worker/tasks.ts';

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

  it('workOf() counts cells times runs, so large sensitivity runs go to the worker', () => {
    expect(workOf('sensitivity', { matrix, spec, sensitivity: sens })).toBe(16 * 6 * 300);
    expect(workOf('rating', { matrix, spec })).toBe(16 * 6);
  });

  it('the in-thread client gives the same sensitivity result as the core', async () => {
    const client = createComputeClient({ makeWorker: null });
    const out = await client.run('sensitivity', { matrix, spec, sensitivity: sens });
    expect(out).toEqual(sensitivity(matrix, spec, sens));
    client.dispose();
  });
});
