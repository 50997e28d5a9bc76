/**
 * The aggregation kernel shared by rate() and the Monte Carlo sensitivity: from normalised
 * values (fixed) and weights (varying) to sub-indices and the index. Flat typed arrays, no
 * allocation, so 1,000 re-weightings cost little.
 *
 * Arithmetic (seed 004 formulas 2-4): group G_g = sum_k w_k I_k / sum_k w_k over the group's
 * indicators (and, in a deeper tree, its sub-groups' values with their weights: issue 9),
 * index = sum_g v_g G_g / sum_g v_g over the groups directly under the index. With the paper's weights this is
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
  /** Number of indicators (columns of `normalised`), in the tree's pre-order (ratingTree.ts). */
  nIndicators: number;
  /**
   * Groups in pre-order; groupStart[g]..groupStart[g+1]-1 are group g's own indicator
   * columns; length G + 1.
   */
  groupStart: number[];
  /**
   * Sub-groups of group p (p < G) and, at p = G, the groups directly under the index:
   * childList[childStart[p]]..childList[childStart[p+1]-1], in spec order; length G + 2.
   */
  childStart: Int32Array;
  childList: Int32Array;
}

/** The layout of a tree given each group's parent (-1 = under the index), groups in pre-order. */
export function treeLayout(nUnits: number, groupStart: number[], parent: ArrayLike<number>) {
  const G = groupStart.length - 1;
  const count = new Int32Array(G + 1);
  for (let g = 0; g < G; g++) count[parent[g] < 0 ? G : parent[g]]++;
  const childStart = new Int32Array(G + 2);
  for (let p = 0; p <= G; p++) childStart[p + 1] = childStart[p] + count[p];
  const fill = childStart.slice(0, G + 1);
  const childList = new Int32Array(G);
  for (let g = 0; g < G; g++) childList[fill[parent[g] < 0 ? G : parent[g]]++] = g;
  return {
    nUnits,
    nIndicators: groupStart[G],
    groupStart,
    childStart,
    childList,
  } satisfies AggregationLayout;
}

/**
 * Fills `groupsOut` (units x groups in pre-order, row-major; NaN where a group has no data)
 * and `indexOut` (units) from `normalised` (units x indicators, row-major, NaN = missing).
 * A group aggregates its own indicators (weights `indicatorWeights`) and then its sub-groups
 * (weights `groupWeights`), in that order, as one weighted mean; groups are finished
 * deepest first (reverse pre-order), so a sub-group is ready before its parent needs it.
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
  const { nUnits, nIndicators: K, groupStart, childStart, childList } = layout;
  const G = groupStart.length - 1;
  const geo = method === 'geometric';
  for (let u = 0; u < nUnits; u++) {
    const row = u * K;
    const grow = u * G;
    for (let g = G - 1; g >= 0; g--) {
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
      for (let c = childStart[g]; c < childStart[g + 1]; c++) {
        const h = childList[c];
        const x = groupsOut[grow + h];
        const w = groupWeights[h];
        if (x !== x || !(w > 0)) continue;
        wsum += w;
        if (geo) {
          if (x <= 0) zero = true;
          else sum += w * Math.log(x);
        } else sum += w * x;
      }
      groupsOut[grow + g] = wsum > 0 ? (geo ? (zero ? 0 : Math.exp(sum / wsum)) : sum / wsum) : NaN;
    }
    let isum = 0;
    let iw = 0;
    let izero = false;
    for (let c = childStart[G]; c < childStart[G + 1]; c++) {
      const g = childList[c];
      const gv = groupsOut[grow + g];
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
