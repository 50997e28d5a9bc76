/**
 * The aggregation kernel shared by rate() and the Monte Carlo sensitivity: from normalised
 * values (fixed) and weights (varying) to sub-indices and the index. Flat typed arrays, no
 * allocation, so 1,000 re-weightings cost little.
 *
 * Each node (a group, or the index as the tree's root) combines its children (a group's own
 * indicators and its sub-groups; the index's top groups) with their weights w, re-scaled over
 * the children present, by its level's method (issue 9 item 5; OECD/JRC Handbook 2008,
 * section 6; COINr a_amean, a_gmean, a_hmean, a_genmean, a_copeland):
 * - arithmetic  y = sum w x / sum w (seed 004 formulas 2-4 with the paper's weights:
 *   R_IS = (S_D + S_F + S_E) / 3, R_IA = (S_A + S_B + S_C) / 3, index = (R_IS + R_IA) / 2)
 * - geometric   y = exp(sum w ln x / sum w)
 * - harmonic    y = sum w / sum (w / x)
 * - generalised y = (sum w x^p / sum w)^(1/p), p != 0 (spec `power`, default 2)
 * - Copeland    y = #units u outranks - #units that outrank u, where u outranks v when the
 *   (sum-1) weights of the children with x_u > x_v, plus half those with x_u = x_v, exceed 1/2
 *   (Munda 2008; non-compensatory: a large lead on one child cannot buy a loss on the others).
 *
 * Missing values (NaN here, null outside) are skipped and the weights re-normalised over the
 * children present; a node with nothing present is NaN and skipped the same way above it; a
 * unit with no group at all gets index 0. Stated rule for zeros (COINr stops with an error
 * instead): a child equal to 0 with a positive weight makes the geometric and harmonic means
 * 0, and the generalised mean 0 when p < 0 (the limits of the formulas); a negative child
 * (only z-scores produce them) counts as 0 in those three. rate() turns each case into a named
 * Issue; a 1-100 range avoids both.
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

/** Method codes of AggregationMethods.kinds. */
export const KIND: Record<Aggregation, number> = {
  arithmetic: 0,
  geometric: 1,
  harmonic: 2,
  generalised: 3,
  copeland: 4,
};

export interface AggregationMethods {
  /** Per node: groups in pre-order (0..G-1), then the index (G); codes of KIND. */
  kinds: Uint8Array;
  /** Exponent of the generalised mean. */
  power: number;
}

/**
 * Each node's method from the spec: the index takes `levels[0]`, a group at depth d (0 = under
 * the index) `levels[d + 1]`; a missing or null entry takes `aggregation`.
 */
export function aggregationMethods(
  spec: { aggregation: Aggregation; levels?: (Aggregation | null)[]; power?: number },
  depths: ArrayLike<number>,
): AggregationMethods {
  const at = (level: number) => KIND[spec.levels?.[level] ?? spec.aggregation] ?? 0;
  const G = depths.length;
  const kinds = new Uint8Array(G + 1);
  for (let g = 0; g < G; g++) kinds[g] = at(depths[g] + 1);
  kinds[G] = at(0);
  const p = spec.power;
  return { kinds, power: typeof p === 'number' && Number.isFinite(p) && p !== 0 ? p : 2 };
}

/** The same method at every node (the paper's arithmetic mean by default). */
export function uniformMethods(G: number, method: Aggregation = 'arithmetic'): AggregationMethods {
  return { kinds: new Uint8Array(G + 1).fill(KIND[method]), power: 2 };
}

/**
 * Fills `groupsOut` (units x groups in pre-order, row-major; NaN where a group has no data)
 * and `indexOut` (units) from `normalised` (units x indicators, row-major, NaN = missing).
 * A group combines its own indicators (weights `indicatorWeights`) and its sub-groups
 * (weights `groupWeights`) as one set of children; nodes are finished deepest first (reverse
 * pre-order, the index last), so a sub-group is ready before its parent needs it.
 */
export function aggregateInto(
  normalised: Float64Array,
  layout: AggregationLayout,
  indicatorWeights: ArrayLike<number>,
  groupWeights: ArrayLike<number>,
  methods: AggregationMethods,
  groupsOut: Float64Array,
  indexOut: Float64Array,
): void {
  const { nUnits, nIndicators: K, groupStart, childStart, childList } = layout;
  const G = groupStart.length - 1;
  const { kinds, power } = methods;
  for (let step = 0; step <= G; step++) {
    // Groups deepest first (reverse pre-order), then the index: node G, no own indicators,
    // its children the top groups.
    const g = step < G ? G - 1 - step : G;
    const k0 = g < G ? groupStart[g] : 0;
    const k1 = g < G ? groupStart[g + 1] : 0;
    const kind = kinds[g];
    if (kind === 4) {
      copelandNode(
        normalised,
        layout,
        k0,
        k1,
        g,
        indicatorWeights,
        groupWeights,
        groupsOut,
        indexOut,
      );
      continue;
    }
    for (let u = 0; u < nUnits; u++) {
      const row = u * K;
      const grow = u * G;
      let sum = 0;
      let wsum = 0;
      let zero = false;
      for (let c = k0; c < k1 + childStart[g + 1] - childStart[g]; c++) {
        let x: number;
        let w: number;
        if (c < k1) {
          x = normalised[row + c];
          w = indicatorWeights[c];
        } else {
          const h = childList[childStart[g] + c - k1];
          x = groupsOut[grow + h];
          w = groupWeights[h];
        }
        if (x !== x || !(w > 0)) continue;
        wsum += w;
        if (kind === 0) sum += w * x;
        else if (kind === 1) {
          if (x <= 0) zero = true;
          else sum += w * Math.log(x);
        } else if (kind === 2) {
          if (x <= 0) zero = true;
          else sum += w / x;
        } else if (x <= 0) {
          if (power < 0) zero = true;
        } else sum += w * Math.pow(x, power);
      }
      const y =
        wsum > 0
          ? kind === 0
            ? sum / wsum
            : zero
              ? 0
              : kind === 1
                ? Math.exp(sum / wsum)
                : kind === 2
                  ? wsum / sum
                  : Math.pow(sum / wsum, 1 / power)
          : NaN;
      if (g < G) groupsOut[grow + g] = y;
      else indexOut[u] = y === y ? y : 0;
    }
  }
}

/** Copeland scores of node g (see the file's comment) over all units at once. */
function copelandNode(
  normalised: Float64Array,
  layout: AggregationLayout,
  k0: number,
  k1: number,
  g: number,
  indicatorWeights: ArrayLike<number>,
  groupWeights: ArrayLike<number>,
  groupsOut: Float64Array,
  indexOut: Float64Array,
): void {
  const { nUnits: n, nIndicators: K, groupStart, childStart, childList } = layout;
  const G = groupStart.length - 1;
  const nc = k1 - k0 + childStart[g + 1] - childStart[g];
  // Children as columns: value of child c for unit u at x[c * n + u]; weights summing to 1.
  const x = new Float64Array(nc * n);
  const w = new Float64Array(nc);
  let wt = 0;
  for (let c = 0; c < nc; c++) {
    const own = c < k1 - k0;
    const h = own ? k0 + c : childList[childStart[g] + c - (k1 - k0)];
    const wc = own ? indicatorWeights[h] : groupWeights[h];
    w[c] = wc > 0 ? wc : 0;
    wt += w[c];
    for (let u = 0; u < n; u++) x[c * n + u] = own ? normalised[u * K + h] : groupsOut[u * G + h];
  }
  for (let c = 0; c < nc; c++) w[c] = wt > 0 ? w[c] / wt : 0;
  const present = new Uint8Array(n);
  for (let c = 0; c < nc; c++) {
    if (!(w[c] > 0)) continue;
    for (let u = 0; u < n; u++) if (x[c * n + u] === x[c * n + u]) present[u] = 1;
  }
  for (let u = 0; u < n; u++) {
    let y = NaN;
    if (present[u]) {
      y = 0;
      for (let v = 0; v < n; v++) {
        if (v === u || !present[v]) continue;
        let o = 0;
        let both = 0;
        for (let c = 0; c < nc; c++) {
          const xu = x[c * n + u];
          const xv = x[c * n + v];
          if (xu !== xu || xv !== xv || !(w[c] > 0)) continue;
          both += w[c];
          if (xu > xv) o += w[c];
          else if (xu === xv) o += w[c] / 2;
        }
        // Shares of the children both units have (weights re-scaled over them).
        if (!(both > 0)) continue;
        o /= both;
        if (o > 0.5 + 1e-12) y++;
        else if (o < 0.5 - 1e-12) y--;
      }
    }
    if (g < G) groupsOut[u * G + g] = y;
    else indexOut[u] = y === y ? y : 0;
  }
}
