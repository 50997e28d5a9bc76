/**
 * Aggregates an index tree level by level (COINr `Aggregate()` with `f_ag` per level):
 * every aggregate at level l is the chosen mean of its children at level l - 1, with the
 * children's weights re-scaled within the parent over the children present. Indicator
 * columns (nodes 0..K-1) must already hold normalised values; the aggregates' columns are
 * written in node order, which lists every child before its parent.
 */
import type { IndexTree } from '../indexTree.ts';
import { copelandInto } from './copeland.ts';
import { weightedMeanInto, type MeanKind } from './weightedMeans.ts';

export const COIN_AGGREGATIONS = [
  'a_amean',
  'a_gmean',
  'a_hmean',
  'a_genmean',
  'a_copeland',
] as const;
export type CoinAggregation = (typeof COIN_AGGREGATIONS)[number];

export interface LevelAggregation {
  method: CoinAggregation;
  /** Exponent of the generalised mean (a_genmean only). */
  p?: number;
}

export interface AggregateWork {
  acc: Float64Array;
  wsum: Float64Array;
  flags: Uint8Array;
}

export function aggregateWork(n: number): AggregateWork {
  return { acc: new Float64Array(n), wsum: new Float64Array(n), flags: new Uint8Array(n) };
}

const KIND: Record<Exclude<CoinAggregation, 'a_copeland'>, MeanKind> = {
  a_amean: 'arithmetic',
  a_gmean: 'geometric',
  a_hmean: 'harmonic',
  a_genmean: 'generalised',
};

export interface AggregationNotes {
  /** Per aggregate node: units that met a zero / a negative child (geometric, harmonic, generalised). */
  zeros: Map<number, number>;
  negatives: Map<number, number>;
}

/**
 * Each node's method (node order, length tree.codes.length; indicators undefined): COINr's
 * per level, `byLevel[l - 2]` into level l (the last one repeats), unless `byCode` names the
 * node itself. The app's rating chooses a method per depth from the index (docs/methods.md
 * section 9), which on an unbalanced tree is not a COINr level: state/coinrStudy.ts maps it
 * node by node through `byCode`.
 */
export function nodeAggregations(
  tree: IndexTree,
  byLevel: readonly LevelAggregation[],
  byCode?: Readonly<Record<string, LevelAggregation>>,
): (LevelAggregation | undefined)[] {
  return tree.codes.map((code, node) => {
    if (node < tree.nIndicators) return undefined;
    const own = byCode?.[code];
    if (own) return own;
    const level = tree.level[node];
    return byLevel[Math.min(level - 2, byLevel.length - 1)] ?? { method: 'a_amean' };
  });
}

/**
 * Fills the aggregate columns of `scores` (node-major, tree.codes.length x n).
 * `byLevel[l - 2]` is the method aggregating into level l (the last one repeats); `byNode`
 * (nodeAggregations), when given, is each node's own and takes precedence.
 */
export function aggregateTree(
  tree: IndexTree,
  scores: Float64Array,
  n: number,
  weight: ArrayLike<number>,
  byLevel: readonly LevelAggregation[],
  work: AggregateWork = aggregateWork(n),
  notes?: AggregationNotes,
  /** ln of the indicator columns (K x n), when the caller reuses them across many runs. */
  leafLogs?: Float64Array,
  byNode?: readonly (LevelAggregation | undefined)[],
): void {
  const M = tree.codes.length;
  for (let node = tree.nIndicators; node < M; node++) {
    const level = tree.level[node];
    const a = byNode?.[node] ??
      byLevel[Math.min(level - 2, byLevel.length - 1)] ?? { method: 'a_amean' };
    const k0 = tree.childStart[node];
    const k1 = tree.childStart[node + 1];
    if (a.method === 'a_copeland') {
      copelandInto(scores, n, tree.children, k0, k1, weight, node);
      continue;
    }
    const r = weightedMeanInto(
      a.method === 'a_genmean' && a.p === 0 ? 'geometric' : KIND[a.method],
      a.p ?? 2,
      scores,
      n,
      tree.children,
      k0,
      k1,
      weight,
      node,
      work.acc,
      work.wsum,
      work.flags,
      leafLogs,
      tree.nIndicators,
    );
    if (notes) {
      if (r.zeros) notes.zeros.set(node, r.zeros);
      if (r.negatives) notes.negatives.set(node, r.negatives);
    }
  }
}
