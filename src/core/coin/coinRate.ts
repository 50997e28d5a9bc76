/**
 * A composite index the COINr way on a tree of any depth: prepareCoin() (denominate,
 * impute, treat, normalise), then aggregateTree() level by level, ranks of every aggregate
 * (1 = best, ties share the smallest rank) and Cronbach's alpha of each level-2 aggregate on
 * its normalised children (COINr `get_cronbach(coin, dset = "Normalised", ...)`).
 * Never throws; problems are Issues.
 */
import type { Issue } from '../issue.ts';
import {
  aggregateTree,
  aggregateWork,
  nodeAggregations,
  type LevelAggregation,
} from './aggregate/aggregateTree.ts';
import type { CoinData } from './coinData.ts';
import { prepareCoin, type CoinPrepareOptions, type PreparedCoin } from './coinPrepare.ts';
import { cronbachAlpha } from './coherence/cronbach.ts';
import type { IndexTree } from './indexTree.ts';
import { rankScores } from './rankScores.ts';

export interface CoinOptions extends CoinPrepareOptions {
  /** The method aggregating into level l is `aggregate[l - 2]` (the last one repeats). */
  aggregate: LevelAggregation[];
  /**
   * Per aggregate code, its own method, overriding its level's: how the app's methods per
   * depth (counted from the index) reach an unbalanced tree, and how the single-child
   * aggregates that lift an indicator to level 1 pass it through (a_amean of one child).
   */
  aggregateNodes?: Record<string, LevelAggregation>;
  /** Weights per node code overriding the tree's (relative, within the parent). */
  weights?: Record<string, number>;
}

export interface CoinResult {
  tree: IndexTree;
  prepared: PreparedCoin;
  uCode: string[];
  uName: string[];
  /** All nodes (indicators normalised, then aggregates), node-major: scores[node * n + u]. */
  scores: Float64Array;
  /** Ranks of every node, node-major like scores (null = no score). */
  ranks: (number | null)[][];
  /** Level-2 aggregate code -> alpha (NaN when undefined). */
  cronbach: Record<string, number>;
  issues: Issue[];
}

/** The node weights in force: the tree's, overridden by `weights`. */
export function nodeWeights(tree: IndexTree, weights?: Record<string, number>): Float64Array {
  const w = Float64Array.from(tree.weight);
  if (weights)
    tree.codes.forEach((c, i) => {
      const v = weights[c];
      if (typeof v === 'number' && Number.isFinite(v) && v >= 0) w[i] = v;
    });
  return w;
}

export function coinRate(data: CoinData, tree: IndexTree, o: CoinOptions): CoinResult {
  const prepared = prepareCoin(data, tree, o);
  const issues: Issue[] = [...prepared.issues];
  const n = prepared.rows.length;
  const M = tree.codes.length;
  const K = tree.nIndicators;
  const scores = new Float64Array(M * n);
  scores.set(prepared.normalised, 0);
  const notes = { zeros: new Map<number, number>(), negatives: new Map<number, number>() };
  aggregateTree(
    tree,
    scores,
    n,
    nodeWeights(tree, o.weights),
    o.aggregate,
    aggregateWork(n),
    notes,
    undefined,
    o.aggregateNodes ? nodeAggregations(tree, o.aggregate, o.aggregateNodes) : undefined,
  );
  for (const [node, count] of notes.zeros) {
    issues.push({
      code: 'aggregate-zero',
      severity: 'warning',
      message: `${tree.codes[node]}: ${count} unit(s) have a child equal to 0, so their geometric or harmonic mean is 0 (normalise onto a positive range, e.g. 1-100, to avoid it).`,
      where: { indicator: tree.codes[node] },
    });
  }
  for (const [node, count] of notes.negatives) {
    issues.push({
      code: 'aggregate-negative',
      severity: 'error',
      message: `${tree.codes[node]}: ${count} unit(s) have a negative child; a geometric, harmonic or generalised mean is undefined for them (use n_minx or n_rank, not n_zscore).`,
      where: { indicator: tree.codes[node] },
    });
  }
  const ranks = tree.codes.map((_, node) => rankScores(scores, node * n, n));
  const cronbach: Record<string, number> = {};
  for (let node = K; node < M; node++) {
    if (tree.level[node] !== 2) continue;
    const cols: Float64Array[] = [];
    for (let c = tree.childStart[node]; c < tree.childStart[node + 1]; c++) {
      const k = tree.children[c];
      if (tree.weight[k] > 0) cols.push(scores.subarray(k * n, (k + 1) * n));
    }
    cronbach[tree.codes[node]] = cronbachAlpha(cols);
  }
  const top = tree.top;
  let missingTop = 0;
  for (let u = 0; u < n; u++) if (scores[top * n + u] !== scores[top * n + u]) missingTop++;
  if (missingTop > 0) {
    issues.push({
      code: 'index-missing',
      severity: 'warning',
      message: `${missingTop} unit(s) have no ${tree.codes[top]} score (no data under it, or an undefined mean); they are not ranked.`,
      where: { indicator: tree.codes[top] },
    });
  }
  return {
    tree,
    prepared,
    uCode: prepared.rows.map((r) => data.uCode[r]),
    uName: prepared.rows.map((r) => data.uName[r]),
    scores,
    ranks,
    cronbach,
    issues,
  };
}
