/**
 * Statistical coherence of an index (OECD/JRC Handbook 2008, section 4 and step 7; COINr
 * `get_corr_flags()`, `get_cronbach()`, `get_PCA()`), per aggregate on its children's scores:
 * - correlation matrices of the children (Pearson and Spearman, pairwise complete);
 * - flags: near-duplicate pairs |r| > 0.92 (they measure the same thing twice) and negative
 *   pairs r < 0 (they pull the aggregate in opposite directions), on Pearson r;
 * - Cronbach's alpha and the first principal component's variance share of the children;
 * - effective weights: each indicator's nominal weight in the index (product of its
 *   within-parent weights up the tree) beside its Pearson correlation with the index.
 */
import type { IndexTree } from '../indexTree.ts';
import { weightsWithinParent } from '../indexTree.ts';
import { cronbachAlpha } from './cronbach.ts';
import { correlation, correlationMatrix } from './correlation.ts';
import { firstComponentShare } from './firstComponentShare.ts';

export const NEAR_DUPLICATE_R = 0.92;

export interface AggregateCoherence {
  code: string;
  children: string[];
  pearson: number[][];
  spearman: number[][];
  alpha: number;
  pc1Share: number;
  nearDuplicates: { a: string; b: string; r: number }[];
  negatives: { a: string; b: string; r: number }[];
}

export interface CoherenceReport {
  aggregates: AggregateCoherence[];
  /** Per indicator: nominal weight in the index and correlation with the index. */
  effective: { code: string; nominal: number; corrWithIndex: number }[];
}

export function coherenceReport(
  tree: IndexTree,
  scores: Float64Array,
  n: number,
  weight: ArrayLike<number> = tree.weight,
): CoherenceReport {
  const col = (i: number) => scores.subarray(i * n, (i + 1) * n);
  const aggregates: AggregateCoherence[] = [];
  for (let node = tree.nIndicators; node < tree.codes.length; node++) {
    const kids: number[] = [];
    for (let c = tree.childStart[node]; c < tree.childStart[node + 1]; c++) {
      if (weight[tree.children[c]] > 0) kids.push(tree.children[c]);
    }
    const cols = kids.map(col);
    const pearson = correlationMatrix(cols, 'pearson');
    const spearman = correlationMatrix(cols, 'spearman');
    const nearDuplicates: AggregateCoherence['nearDuplicates'] = [];
    const negatives: AggregateCoherence['negatives'] = [];
    for (let i = 0; i < kids.length; i++) {
      for (let j = i + 1; j < kids.length; j++) {
        const r = pearson[i][j];
        const pair = { a: tree.codes[kids[i]], b: tree.codes[kids[j]], r };
        if (Math.abs(r) > NEAR_DUPLICATE_R) nearDuplicates.push(pair);
        if (r < 0) negatives.push(pair);
      }
    }
    aggregates.push({
      code: tree.codes[node],
      children: kids.map((k) => tree.codes[k]),
      pearson,
      spearman,
      alpha: cronbachAlpha(cols),
      pc1Share: kids.length > 0 ? firstComponentShare(pearson) : NaN,
      nearDuplicates,
      negatives,
    });
  }
  const within = weightsWithinParent(tree, weight);
  const index = col(tree.top);
  const effective = tree.codes.slice(0, tree.nIndicators).map((code, k) => {
    let w = 1;
    for (let i = k; i !== tree.top && i >= 0; i = tree.parent[i]) w *= within[i];
    return { code, nominal: w, corrWithIndex: correlation(col(k), index, 'pearson') };
  });
  return { aggregates, effective };
}
