/**
 * Weight perturbations for the Monte Carlo sensitivity of ranks (docs/methods.md section 1,
 * "sample weights around the chosen ones"; OECD/JRC Handbook 2008, section 7 on uncertainty
 * analysis). Both levels are perturbed in one draw: the group weights first (in spec order),
 * then every indicator weight (groups in order, indicators in order). The aggregation
 * re-normalises each level, so only relative weights matter.
 *
 * - `uniform`: w' = w (1 + noise (2U - 1)), U ~ U[0, 1), so each weight moves by up to
 *   +-noise of itself (noise in [0, 1], keeping weights >= 0). noise = 0 gives the nominal
 *   weights exactly.
 * - `simplex`: uniform on the simplex, i.e. Dirichlet(1, ..., 1), within each level: draw
 *   E_i = -ln(1 - U_i) (exponential) for every weight that is positive in the spec and divide
 *   by their sum; weights that are 0 in the spec stay 0 (the indicator is switched off).
 *   `noise` is ignored. In a deeper tree (issue 9) a level is a set of siblings: the groups
 *   under the index, then, group by group in pre-order, a group's own indicators together
 *   with its sub-groups; a one-level tree draws exactly as before.
 */
import type { AggregationLayout } from '../composite/aggregate.ts';
import type { Rng } from '../stats/random.ts';

/** The tree's shape as aggregate.ts lays it out (groups in pre-order). */
export type WeightLayout = Pick<AggregationLayout, 'groupStart' | 'childStart' | 'childList'>;

/** Draws one perturbed set of weights into `indOut` / `groupOut` (no allocation). */
export function sampleWeights(
  mode: 'uniform' | 'simplex',
  noise: number,
  nominalIndicator: Float64Array,
  nominalGroup: Float64Array,
  layout: WeightLayout,
  rng: Rng,
  indOut: Float64Array,
  groupOut: Float64Array,
): void {
  const G = nominalGroup.length;
  if (mode === 'uniform') {
    for (let g = 0; g < G; g++) groupOut[g] = nominalGroup[g] * (1 + noise * (2 * rng() - 1));
    for (let k = 0; k < nominalIndicator.length; k++) {
      indOut[k] = nominalIndicator[k] * (1 + noise * (2 * rng() - 1));
    }
    return;
  }
  const { groupStart, childStart, childList } = layout;
  dirichletGroups(nominalGroup, childList, childStart[G], childStart[G + 1], rng, groupOut);
  for (let g = 0; g < G; g++) {
    const lo = childStart[g];
    const hi = childStart[g + 1];
    if (lo === hi) {
      dirichletOnes(nominalIndicator, groupStart[g], groupStart[g + 1], rng, indOut);
      continue;
    }
    // Indicators and sub-groups of g are one level: draw them together, then share the sum.
    let sum = 0;
    for (let k = groupStart[g]; k < groupStart[g + 1]; k++)
      sum += draw(nominalIndicator, k, rng, indOut);
    for (let c = lo; c < hi; c++) sum += draw(nominalGroup, childList[c], rng, groupOut);
    if (sum > 0) {
      for (let k = groupStart[g]; k < groupStart[g + 1]; k++) indOut[k] /= sum;
      for (let c = lo; c < hi; c++) groupOut[childList[c]] /= sum;
    }
  }
}

/** One exponential draw at `i` (0 when the nominal weight is 0); returns it. */
function draw(nominal: Float64Array, i: number, rng: Rng, out: Float64Array): number {
  out[i] = nominal[i] > 0 ? -Math.log(1 - rng()) : 0;
  return out[i];
}

/** Dirichlet(1, ..., 1) over the groups list[lo..hi-1] whose nominal weight is positive. */
function dirichletGroups(
  nominal: Float64Array,
  list: Int32Array,
  lo: number,
  hi: number,
  rng: Rng,
  out: Float64Array,
): void {
  let sum = 0;
  for (let c = lo; c < hi; c++) sum += draw(nominal, list[c], rng, out);
  if (sum > 0) for (let c = lo; c < hi; c++) out[list[c]] /= sum;
}

/** Dirichlet(1, ..., 1) over the positions lo..hi-1 whose nominal weight is positive. */
function dirichletOnes(
  nominal: Float64Array,
  lo: number,
  hi: number,
  rng: Rng,
  out: Float64Array,
): void {
  let sum = 0;
  for (let i = lo; i < hi; i++) {
    if (nominal[i] > 0) {
      const e = -Math.log(1 - rng());
      out[i] = e;
      sum += e;
    } else out[i] = 0;
  }
  if (sum > 0) for (let i = lo; i < hi; i++) out[i] /= sum;
}
