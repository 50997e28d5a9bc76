import { describe, expect, it } from 'vitest';
import { bivariateMoran } from '../../../src/core/spatial/bivariateMoran.ts';
import {
  binomial,
  localMoranPermutation,
  pValueFloor,
} from '../../../src/core/spatial/localMoranPermutation.ts';
import { moranTest } from '../../../src/core/spatial/moran.ts';
import { moranPermutationTest } from '../../../src/core/spatial/moranPermutation.ts';
import { spatialAnalysis } from '../../../src/core/spatial/spatialAnalysis.ts';
import { weightsFromNeighbours } from '../../../src/core/spatial/spatialWeights.ts';
import { column, indexLists, spdep } from './fixtures.ts';

const grid = () =>
  weightsFromNeighbours(
    spdep.grid.ids,
    indexLists(spdep.grid.ids, spdep.grid.queen.neighbours),
    { type: 'queen', tolerance: 0 },
    'W',
  );
const kz = () =>
  weightsFromNeighbours(
    spdep.kz16.ids,
    indexLists(spdep.kz16.ids, spdep.kz16.queen.neighbours),
    { type: 'queen', tolerance: 0 },
    'W',
  );

describe('permutation tests', () => {
  it('global: same seed, same p; the trend on the grid is significant as moran.test says', () => {
    const x = column('grid', 'a');
    const a = moranPermutationTest(grid(), x, 999, 42);
    expect(moranPermutationTest(grid(), x, 999, 42)).toEqual(a);
    expect(a.I).toBeCloseTo(spdep.grid.queen.stats.a.moranW.I, 12);
    expect(spdep.grid.queen.stats.a.moranW.p_randomisation).toBeLessThan(0.001);
    expect(a.p).toBe(0.001);
    // Under the null the permuted mean is near E[I] = -1/(n-1).
    expect(Math.abs(a.mean - moranTest(grid(), x).expected)).toBeLessThan(0.01);
  });

  it('local: folded pseudo p between the floor and 1, repeatable, changing with the seed', () => {
    const x = column('kz16', 'grp');
    const r = localMoranPermutation(kz(), x, 999, 3);
    expect(localMoranPermutation(kz(), x, 999, 3)).toEqual(r);
    expect(localMoranPermutation(kz(), x, 999, 4).p).not.toEqual(r.p);
    r.p.forEach((p, i) => {
      expect(p).toBeGreaterThanOrEqual(1 / 1000);
      expect(p).toBeLessThanOrEqual(0.5 + 1 / 1000);
      expect(r.floor[i]).toBe(pValueFloor(16, kz().neighbours[i].length, 999));
    });
  });

  it('with 16 units a unit with one neighbour cannot reach p < 1/15: the floor says so', () => {
    const ids = spdep.kz16.ids;
    const w = kz();
    const ala = ids.indexOf('KZ-ALA');
    expect(w.neighbours[ala]).toHaveLength(1);
    expect(binomial(15, 1)).toBe(15);
    expect(binomial(15, 3)).toBe(455);
    expect(pValueFloor(16, 1, 999)).toBeCloseTo(1 / 15, 15);
    expect(pValueFloor(16, 9, 999)).toBe(1 / 1000);
    // Whatever the data, only 15 distinct lags exist: the pseudo p stays near or above 1/15.
    for (const v of spdep.kz16.variables) {
      const r = localMoranPermutation(w, column('kz16', v), 999, 1);
      expect(r.p[ala]).toBeGreaterThan(0.04);
    }
  });

  it('bivariate Moran of a variable with itself is the Moran slope with n-scaled SD', () => {
    const x = column('grid', 'a');
    const b = bivariateMoran(grid(), x, x, 99, 1);
    // With row-standardised weights I_xx = z'Wz/n with z standardised by the n-SD = Moran's I.
    expect(b.I).toBeCloseTo(moranTest(grid(), x).I, 12);
    expect(b.p).toBe(0.01);
  });

  it('spatialAnalysis marks significance after the chosen adjustment', () => {
    const x = column('grid', 'a');
    const none = spatialAnalysis(grid(), x, { permutations: 999, seed: 1, adjust: 'none' });
    const bonf = spatialAnalysis(grid(), x, { permutations: 999, seed: 1, adjust: 'bonferroni' });
    if (!none.ok || !bonf.ok) throw new Error('analysis failed');
    const sigNone = none.value.local.filter((r) => r.significant).length;
    const sigBonf = bonf.value.local.filter((r) => r.significant).length;
    expect(sigNone).toBeGreaterThan(0);
    expect(sigBonf).toBeLessThanOrEqual(sigNone);
    bonf.value.local.forEach((r) =>
      expect(r.p_adjusted).toBeCloseTo(Math.min(1, r.p_permutation * 30), 12),
    );
    const bad = spatialAnalysis(
      grid(),
      x.map(() => 1),
      { permutations: 9, seed: 1, adjust: 'none' },
    );
    expect(!bad.ok && bad.issues[0].code).toBe('constant-column');
  });
});
