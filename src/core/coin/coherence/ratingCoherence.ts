/**
 * Statistical coherence of the app's rating (issue 9, item 6; OECD/JRC Handbook 2008, section
 * 4 and step 7; COINr `get_corr()`, `get_corr_flags()`, `get_cronbach()`, `get_PCA()`), on the
 * rating's own normalised indicators and group scores, for an index tree of any depth:
 * - the correlation matrix of all indicators (Pearson and Spearman, pairwise complete), so a
 *   heatmap shows pairs within a group and across groups;
 * - flags over all pairs: near-duplicates |r| > 0.92 (they measure the same thing twice) and
 *   negative pairs r < 0 (they pull against each other), on Pearson r, marked "within" when
 *   both sit in the same group;
 * - per group (and the index), on its children (own indicators and sub-groups' scores):
 *   Cronbach's alpha and the first principal component's share of the variance;
 * - effective weights: each indicator's nominal weight in the index (the product of its
 *   shares among its siblings up the tree, siblings' weights normalised as one level as the
 *   rating aggregates them) beside its Pearson correlation with the index.
 */
import type { GroupSpec, RatingSpec } from '../../spec.ts';
import { correlation, correlationMatrix } from './correlation.ts';
import { cronbachAlpha } from './cronbach.ts';
import { firstComponentShare } from './firstComponentShare.ts';
import { NEAR_DUPLICATE_R } from './coherenceReport.ts';

export interface CoherencePair {
  a: string;
  b: string;
  r: number;
  /** Both indicators sit directly in the same group. */
  within: boolean;
}

export interface NodeCoherence {
  /** Group id; null for the index. */
  id: string | null;
  /** Own indicators, then sub-groups (ids). */
  children: string[];
  alpha: number;
  pc1Share: number;
}

export interface RatingCoherence {
  /** Indicators in the tree's order (each group's own, groups in pre-order). */
  indicators: string[];
  /** The group each indicator sits in directly. */
  groupOf: string[];
  pearson: number[][];
  spearman: number[][];
  nearDuplicates: CoherencePair[];
  negatives: CoherencePair[];
  /** Every group in pre-order, then the index. */
  nodes: NodeCoherence[];
  effective: { code: string; nominal: number; corrWithIndex: number }[];
}

/** The parts of a rating result coherence reads (core/composite/rate.ts, RatingResult). */
export interface RatedTree {
  indicators: string[];
  /** units x indicators; null = missing. */
  normalised: (number | null)[][];
  groups: { id: string; values: number[] }[];
  index: number[];
}

export function ratingCoherence(spec: Pick<RatingSpec, 'groups'>, r: RatedTree): RatingCoherence {
  const n = r.index.length;
  const colOf = new Map(r.indicators.map((id, j) => [id, j]));
  const indicatorColumn = (id: string): Float64Array => {
    const j = colOf.get(id);
    const out = new Float64Array(n).fill(NaN);
    if (j === undefined) return out;
    for (let u = 0; u < n; u++) {
      const v = r.normalised[u]?.[j];
      if (typeof v === 'number' && Number.isFinite(v)) out[u] = v;
    }
    return out;
  };
  const groupValues = new Map(r.groups.map((g) => [g.id, Float64Array.from(g.values)]));
  const indicators: string[] = [];
  const groupOf: string[] = [];
  const nominal = new Map<string, number>();
  const nodes: NodeCoherence[] = [];
  const node = (id: string | null, cols: Float64Array[], children: string[]) => {
    const corr = correlationMatrix(cols, 'pearson');
    nodes.push({
      id,
      children,
      alpha: cronbachAlpha(cols),
      pc1Share: cols.length >= 2 ? firstComponentShare(corr) : NaN,
    });
  };
  const visit = (g: GroupSpec, share: number) => {
    const subs = g.groups ?? [];
    const total =
      g.indicators.reduce((s, i) => s + i.weight, 0) + subs.reduce((s, x) => s + x.weight, 0);
    const part = (w: number) => (total > 0 ? (share * w) / total : 0);
    for (const i of g.indicators) {
      indicators.push(i.id);
      groupOf.push(g.id);
      nominal.set(i.id, part(i.weight));
    }
    node(
      g.id,
      [
        ...g.indicators.map((i) => indicatorColumn(i.id)),
        ...subs.map((s) => groupValues.get(s.id) ?? new Float64Array(n).fill(NaN)),
      ],
      [...g.indicators.map((i) => i.id), ...subs.map((s) => s.id)],
    );
    for (const s of subs) visit(s, part(s.weight));
  };
  const topTotal = spec.groups.reduce((s, g) => s + g.weight, 0);
  for (const g of spec.groups) visit(g, topTotal > 0 ? g.weight / topTotal : 0);
  node(
    null,
    spec.groups.map((g) => groupValues.get(g.id) ?? new Float64Array(n).fill(NaN)),
    spec.groups.map((g) => g.id),
  );
  const cols = indicators.map(indicatorColumn);
  const pearson = correlationMatrix(cols, 'pearson');
  const spearman = correlationMatrix(cols, 'spearman');
  const nearDuplicates: CoherencePair[] = [];
  const negatives: CoherencePair[] = [];
  for (let i = 0; i < indicators.length; i++)
    for (let j = i + 1; j < indicators.length; j++) {
      const pr = pearson[i][j];
      const pair = {
        a: indicators[i],
        b: indicators[j],
        r: pr,
        within: groupOf[i] === groupOf[j],
      };
      if (Math.abs(pr) > NEAR_DUPLICATE_R) nearDuplicates.push(pair);
      if (pr < 0) negatives.push(pair);
    }
  const index = Float64Array.from(r.index);
  const effective = indicators.map((code, k) => ({
    code,
    nominal: nominal.get(code) ?? 0,
    corrWithIndex: correlation(cols[k], index, 'pearson'),
  }));
  return { indicators, groupOf, pearson, spearman, nearDuplicates, negatives, nodes, effective };
}
