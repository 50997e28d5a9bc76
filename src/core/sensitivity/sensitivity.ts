/**
 * Monte Carlo sensitivity of ranks and classes to the weights (docs/methods.md section 1, last
 * paragraph; OECD/JRC Handbook on Constructing Composite Indicators 2008, section 7): draw
 * `runs` weight sets around the spec's (sampleWeights.ts), re-aggregate, re-rank and
 * re-classify, and report per unit the nominal rank, the median and the 5th and 95th
 * percentile rank (R quantile type 7 over the runs, so they may be fractional) and the
 * share of runs in each class.
 *
 * Normalised values do not depend on the weights, so they are computed once
 * (prepareRating) and each run only re-aggregates (aggregate.ts), ranks (ties share the
 * lowest rank) and classifies: O(runs x units x indicators + runs x units log units).
 * Seeded with mulberry32 (core/stats/random.ts): the same seed gives the same result
 * everywhere.
 */
import { aggregateInto } from '../composite/aggregate.ts';
import { bandIndex, sortBands } from '../composite/classify.ts';
import { classesByQuintile, QUINTILES, quintileOfRank } from '../composite/classScale.ts';
import type { RatingMatrix } from '../composite/ratingMatrix.ts';
import { prepareRating } from '../composite/prepareRating.ts';
import type { Issue } from '../issue.ts';
import type { ClassBand, RatingSpec, SensitivitySpec } from '../spec.ts';
import { quantileSorted } from '../stats/quantile.ts';
import { mulberry32 } from '../stats/random.ts';
import { minRanksDescending, rankWork } from '../stats/rank.ts';
import { sampleWeights } from './sampleWeights.ts';

/** Upper bound on runs: beyond it the answer does not change, only the wait. */
export const MAX_RUNS = 100_000;

export interface SensitivityUnit {
  unit: string;
  /** Rank with the spec's own weights (equal to rate()'s rank). */
  nominal: number;
  median: number;
  p05: number;
  p95: number;
  /** Share of runs in each class, every label of spec.classes (in spec order), 0 included. */
  classes: Record<string, number>;
}

export interface SensitivityResult {
  runs: number;
  mode: SensitivitySpec['mode'];
  noise: number;
  seed: number;
  units: SensitivityUnit[];
  issues: Issue[];
}

export function sensitivity(
  m: RatingMatrix,
  spec: RatingSpec,
  s: SensitivitySpec,
): SensitivityResult {
  const p = prepareRating(m, spec);
  const issues: Issue[] = [...p.issues];
  let runs = Math.floor(s.runs);
  if (!(Number.isFinite(s.runs) && runs >= 1 && runs <= MAX_RUNS)) {
    issues.push({
      code: 'invalid-runs',
      severity: 'error',
      message: `The number of runs must be a whole number from 1 to ${MAX_RUNS}, not ${s.runs}; no sampling was done.`,
      where: { field: 'sensitivity.runs' },
      params: { max: MAX_RUNS, value: String(s.runs) },
    });
    runs = 0;
  }
  let noise = s.noise;
  if (s.mode === 'uniform' && !(Number.isFinite(noise) && noise >= 0 && noise <= 1)) {
    issues.push({
      code: 'invalid-noise',
      severity: 'error',
      message: `The noise must be between 0 and 1 (a share of each weight), not ${s.noise}; it was clamped.`,
      where: { field: 'sensitivity.noise' },
      params: { value: String(s.noise) },
    });
    noise = Number.isFinite(noise) ? Math.min(1, Math.max(0, noise)) : 0;
  }
  const seed = Number.isFinite(s.seed) ? Math.floor(s.seed) : 0;
  if (seed !== s.seed) {
    issues.push({
      code: 'invalid-seed',
      severity: 'warning',
      message: `The seed must be a whole number; ${s.seed} was read as ${seed}.`,
      where: { field: 'sensitivity.seed' },
      params: { value: String(s.seed), seed },
    });
  }

  const n = p.units.length;
  const G = p.groupWeights.length;
  // Quintiles of rank replace the paper's bands off the 0-100 scale (classScale.ts).
  const quintiles = classesByQuintile(spec);
  const bands: ClassBand[] = quintiles
    ? QUINTILES.map((label, i) => ({ label, min: -i }))
    : sortBands(spec.classes);
  const groupsOut = new Float64Array(n * G);
  const index = new Float64Array(n);
  const rankRow = new Int32Array(n);
  const work = rankWork(n);
  const run = (iw: Float64Array, gw: Float64Array) => {
    aggregateInto(p.normalised, p.layout, iw, gw, p.methods, groupsOut, index);
    minRanksDescending(index, rankRow, work);
  };

  run(p.indicatorWeights, p.groupWeights);
  const nominal = Array.from(rankRow);
  const ranks = new Int32Array(n * runs); // unit-major: ranks[u * runs + r]
  const classCounts = new Float64Array(n * Math.max(1, bands.length));
  const iw = new Float64Array(p.indicatorWeights.length);
  const gw = new Float64Array(G);
  const rng = mulberry32(seed);
  const lowest = bands.length - 1;
  for (let r = 0; r < runs; r++) {
    sampleWeights(s.mode, noise, p.indicatorWeights, p.groupWeights, p.layout, rng, iw, gw);
    run(iw, gw);
    for (let u = 0; u < n; u++) {
      ranks[u * runs + r] = rankRow[u];
      if (lowest >= 0) {
        const b = quintiles ? quintileOfRank(rankRow[u], n) : bandIndex(index[u], bands);
        classCounts[u * bands.length + (b >= 0 ? b : lowest)]++;
      }
    }
  }

  const units: SensitivityUnit[] = p.units.map((unit, u) => {
    const classes: Record<string, number> = {};
    for (const c of quintiles ? bands : spec.classes) classes[c.label] = 0;
    if (runs === 0) {
      return {
        unit,
        nominal: nominal[u],
        median: nominal[u],
        p05: nominal[u],
        p95: nominal[u],
        classes,
      };
    }
    const sorted = ranks.subarray(u * runs, (u + 1) * runs).sort();
    bands.forEach((b, i) => (classes[b.label] += classCounts[u * bands.length + i] / runs));
    return {
      unit,
      nominal: nominal[u],
      median: quantileSorted(sorted, 0.5),
      p05: quantileSorted(sorted, 0.05),
      p95: quantileSorted(sorted, 0.95),
      classes,
    };
  });
  return { runs, mode: s.mode, noise, seed, units, issues };
}
