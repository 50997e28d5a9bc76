/**
 * One variable's spatial statistics on one set of weights, as the CLI and the #/spatial view
 * show them: global Moran's I (moran.ts) with its permutation p (moranPermutation.ts), local
 * Moran (localMoran.ts) with conditional-permutation pseudo p-values (localMoranPermutation.ts)
 * adjusted as asked (pAdjust.ts), and Getis-Ord Gi* (getisOrd.ts, self included, weights in
 * the same style). Global and local permutations draw from one seeded stream each: the global
 * test from `seed`, the local one from `seed + 1`.
 */
import { fail, ok, type Issue, type Result } from '../issue.ts';
import { getisOrdZ, includeSelf } from './getisOrd.ts';
import { localMoran, type LisaQuadrant } from './localMoran.ts';
import { localMoranPermutation } from './localMoranPermutation.ts';
import { moranTest, type MoranTest } from './moran.ts';
import { moranPermutationTest } from './moranPermutation.ts';
import { pAdjust, type PAdjustMethod } from './pAdjust.ts';
import { spatialLag } from './spatialLag.ts';
import type { SpatialWeights } from './spatialWeights.ts';

export interface SpatialAnalysisOptions {
  permutations: number;
  seed: number;
  adjust: PAdjustMethod;
  /** Significance level for the LISA maps (default 0.05). */
  alpha?: number;
}

export interface LocalRow {
  id: string;
  value: number;
  lag: number;
  Ii: number;
  expected: number;
  variance: number;
  z: number;
  p_permutation: number;
  /** The p-value after the chosen adjustment (equal to p_permutation with 'none'). */
  p_adjusted: number;
  /** The smallest pseudo p-value this unit could reach (see localMoranPermutation.ts). */
  p_floor: number;
  quadrant: LisaQuadrant;
  significant: boolean;
  neighbours: number;
}

export interface SpatialAnalysis {
  moran: MoranTest & { p_permutation: number; permutations: number };
  local: LocalRow[];
  getisOrd: { id: string; z: number }[];
  /** Spatial lag of the variable itself (W x), in the data's units. */
  lag: number[];
  alpha: number;
  adjust: PAdjustMethod;
}

export function spatialAnalysis(
  w: SpatialWeights,
  x: ArrayLike<number>,
  options: SpatialAnalysisOptions,
): Result<SpatialAnalysis> {
  const n = x.length;
  const issues: Issue[] = [];
  if (n !== w.ids.length) throw new RangeError('spatialAnalysis: x and weights differ in length');
  if (n < 4) {
    issues.push({
      code: 'too-few-units',
      severity: 'error',
      message: `Spatial statistics need at least 4 units with neighbours; there are ${n}.`,
      params: { min: 4, count: n },
    });
  } else {
    let allSame = true;
    for (let i = 1; i < n; i++) if (x[i] !== x[0]) allSame = false;
    if (allSame)
      issues.push({
        code: 'constant-column',
        severity: 'error',
        message: 'The variable has the same value in every unit; there is no pattern to test.',
      });
  }
  if (w.neighbours.some((row) => row.length === 0))
    issues.push({
      code: 'islands',
      severity: 'error',
      message: 'Some units have no neighbour; leave them out or join them to the nearest unit.',
    });
  if (issues.length) return fail(issues);
  const alpha = options.alpha ?? 0.05;
  const global = moranTest(w, x);
  const perm = moranPermutationTest(w, x, options.permutations, options.seed);
  const lm = localMoran(w, x);
  const lp = localMoranPermutation(w, x, options.permutations, options.seed + 1);
  const adjusted = pAdjust(lp.p, options.adjust);
  const lag = spatialLag(w, x);
  const g = getisOrdZ(includeSelf(w, w.style), x, true);
  return ok({
    moran: { ...global, p_permutation: perm.p, permutations: options.permutations },
    local: w.ids.map((id, i) => ({
      id,
      value: x[i],
      lag: lag[i],
      Ii: lm.Ii[i],
      expected: lm.expected[i],
      variance: lm.variance[i],
      z: lm.z[i],
      p_permutation: lp.p[i],
      p_adjusted: adjusted[i],
      p_floor: lp.floor[i],
      quadrant: lm.quadrant[i],
      significant: adjusted[i] <= alpha,
      neighbours: w.neighbours[i].length,
    })),
    getisOrd: w.ids.map((id, i) => ({ id, z: g[i] })),
    lag,
    alpha,
    adjust: options.adjust,
  });
}
