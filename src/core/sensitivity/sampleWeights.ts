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
 *   `noise` is ignored.
 */
import type { Rng } from '../stats/random.ts';

export interface WeightLayout {
  /** groupStart[g]..groupStart[g+1]-1 are group g's indicators; length G + 1. */
  groupStart: number[];
}

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
  dirichletOnes(nominalGroup, 0, G, rng, groupOut);
  const { groupStart } = layout;
  for (let g = 0; g < G; g++) {
    dirichletOnes(nominalIndicator, groupStart[g], groupStart[g + 1], rng, indOut);
  }
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
