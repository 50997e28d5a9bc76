/**
 * The aggregation kernel shared by rate() and the Monte Carlo sensitivity: from normalised
 * values (fixed) and weights (varying) to sub-indices and the index. Flat typed arrays, no
 * allocation, so 1,000 re-weightings cost little.
 *
 * Arithmetic (seed 004 formulas 2-4): group G_g = sum_k w_k I_k / sum_k w_k over the group's
 * indicators, index = sum_g v_g G_g / sum_g v_g. With the paper's weights this is
 * R_IS = (S_D + S_F + S_E) / 3, R_IA = (S_A + S_B + S_C) / 3, index = (R_IS + R_IA) / 2.
 * Geometric (OECD/JRC Handbook 2008, section 6): G_g = prod_k I_k^(w_k / sum w), the index
 * likewise over groups.
 *
 * Missing values (NaN here, null outside) are skipped and the weights re-normalised over the
 * indicators present (the sums above run over present values only); a group with nothing
 * present is skipped the same way at the upper level; a unit with no group at all gets 0.
 * Geometric and zero: a zero value with a positive weight makes the product 0 (the exact
 * limit, no epsilon); negative values (only z-scores produce them) count as 0. rate() turns
 * each of these cases into a named Issue.
 */
import type { Aggregation } from '../spec.ts';

export interface AggregationLayout {
  nUnits: number;
  /** Number of indicators (columns of `normalised`), in spec order. */
  nIndicators: number;
  /** groupStart[g]..groupStart[g+1]-1 are group g's indicator columns; length G + 1. */
  groupStart: number[];
}

/**
 * Fills `groupsOut` (units x groups, row-major; NaN where a group has no data) and
 * `indexOut` (units) from `normalised` (units x indicators, row-major, NaN = missing).
 */
export function aggregateInto(
  normalised: Float64Array,
  layout: AggregationLayout,
  indicatorWeights: ArrayLike<number>,
  groupWeights: ArrayLike<number>,
  method: Aggregation,
  groupsOut: Float64Array,
  indexOut: Float64Array,
): void {
  const { nUnits, nIndicators: K, groupStart } = layout;
  const G = groupStart.length - 1;
  const geo = method === 'geometric';
  for (let u = 0; u < nUnits; u++) {
    const row = u * K;
    let isum = 0;
    let iw = 0;
    let izero = false;
    for (let g = 0; g < G; g++) {
      let sum = 0;
      let wsum = 0;
      let zero = false;
      for (let k = groupStart[g]; k < groupStart[g + 1]; k++) {
        const x = normalised[row + k];
        const w = indicatorWeights[k];
        if (x !== x || !(w > 0)) continue;
        wsum += w;
        if (geo) {
          if (x <= 0) zero = true;
          else sum += w * Math.log(x);
        } else sum += w * x;
      }
      let gv = NaN;
      if (wsum > 0) gv = geo ? (zero ? 0 : Math.exp(sum / wsum)) : sum / wsum;
      groupsOut[u * G + g] = gv;
      const v = groupWeights[g];
      if (gv !== gv || !(v > 0)) continue;
      iw += v;
      if (geo) {
        if (gv <= 0) izero = true;
        else isum += v * Math.log(gv);
      } else isum += v * gv;
    }
    indexOut[u] = iw > 0 ? (geo ? (izero ? 0 : Math.exp(isum / iw)) : isum / iw) : 0;
  }
}
