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
import { mulberry32 } from '../../../src/core/stats/random.ts';
import { column, indexLists, spdep } from './fixtures.ts';

/**
 * The conditional permutation loop as first written (session 3): neighbour indices drawn by a
 * partial Fisher-Yates shuffle of an index pool with mulberry32(seed), folded count. The fast
 * loop (values pool, inlined generator) must give the same p-values, bit for bit.
 */
function plainLocalPermutation(
  w: { neighbours: number[][]; weights: number[][] },
  x: readonly number[],
  permutations: number,
  seed: number,
): number[] {
  const n = x.length;
  const mean = x.reduce((a, b) => a + b, 0) / n;
  const z = x.map((v) => v - mean);
  const m2 = z.reduce((a, b) => a + b * b, 0) / n;
  const rng = mulberry32(seed);
  const pool = new Int32Array(n - 1);
  return z.map((zv, i) => {
    const row = w.neighbours[i];
    const wt = w.weights[i];
    const k = row.length;
    if (k === 0) return 1;
    const zi = zv / m2;
    let lagObs = 0;
    for (let t = 0; t < k; t++) lagObs += wt[t] * z[row[t]];
    const obs = zi * lagObs;
    let c = 0;
    for (let j = 0; j < n; j++) if (j !== i) pool[c++] = j;
    let larger = 0;
    let smaller = 0;
    for (let r = 0; r < permutations; r++) {
      let lag = 0;
      for (let t = 0; t < k; t++) {
        const s = t + Math.floor(rng() * (n - 1 - t));
        const tmp = pool[t];
        pool[t] = pool[s];
        pool[s] = tmp;
        lag += wt[t] * z[pool[t]];
      }
      const v = zi * lag;
      if (v >= obs) larger++;
      if (v <= obs) smaller++;
    }
    return (Math.min(larger, smaller) + 1) / (permutations + 1);
  });
}

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

  it('the fast loop gives the plain loop’s p-values exactly (kz16 and grid, W and B, 3 seeds)', () => {
    const cases: [() => ReturnType<typeof kz>, 'kz16' | 'grid', string[]][] = [
      [kz, 'kz16', spdep.kz16.variables],
      [grid, 'grid', spdep.grid.variables],
    ];
    for (const [make, set, vars] of cases)
      for (const style of ['W', 'B'] as const)
        for (const v of vars)
          for (const seed of [1, 3, 2026]) {
            const base = make();
            const w = weightsFromNeighbours(base.ids, base.neighbours, base.kind, style);
            const x = column(set, v);
            expect(
              localMoranPermutation(w, x, 999, seed).p,
              `${set} ${v} ${style} ${seed}`,
            ).toEqual(plainLocalPermutation(w, x, 999, seed));
          }
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
