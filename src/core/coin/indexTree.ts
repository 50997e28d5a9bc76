/**
 * An index tree of any depth, as COINr's `iMeta` describes it (Becker et al., COINr v1,
 * `new_coin()`): Level 1 rows are indicators, Level 2..n rows are aggregates, each row names
 * its Parent one level up, and the single row at the highest level is the index. Weights are
 * relative: each node's weight is re-scaled to sum 1 among its parent's children (COINr
 * divides by the sum of the present children's weights inside every aggregation).
 *
 * The tree is flattened for speed: indicators first (columns 0..K-1 of the data), then the
 * aggregates level by level, so a single pass in node order computes every aggregate after
 * all of its children. `childStart`/`children` list each aggregate's children (CSR layout).
 */

export type CoinDirection = 1 | -1;

/** One node as the editor, the spec or an iMeta row describes it. */
export interface IndexNodeSpec {
  code: string;
  name?: string;
  /** 1 = indicator; 2..n = aggregates. */
  level: number;
  /** Parent's code; null only for the top aggregate. */
  parent: string | null;
  /** Relative weight within the parent (>= 0). */
  weight: number;
  /** Indicators only: 1 higher is better, -1 lower is better. */
  direction?: CoinDirection;
  /** Indicators only: target value in the indicator's unit (distance to target). */
  target?: number | null;
  /** Indicators only: goalposts in the indicator's unit (COINr goalpost_lower/upper). */
  goalposts?: { lower: number; upper: number; scale?: number } | null;
  /** Indicators only: false leaves the indicator out (weight 0). */
  included?: boolean;
}

export interface IndexTree {
  /** Indicators first (level 1), then aggregates by ascending level; codes in node order. */
  codes: string[];
  names: string[];
  level: Int32Array;
  /** Parent node number; -1 for the top. */
  parent: Int32Array;
  /** Raw (relative) weights, per node. */
  weight: Float64Array;
  direction: Int8Array;
  /** Number of indicators K (nodes 0..K-1). */
  nIndicators: number;
  /** Highest level (the index's). */
  nLevels: number;
  /** Node number of the top aggregate (the index). */
  top: number;
  /** CSR children of node i: children[childStart[i] .. childStart[i + 1] - 1]. */
  childStart: Int32Array;
  children: Int32Array;
  target: (number | null)[];
  goalposts: ({ lower: number; upper: number; scale?: number } | null)[];
}

/** Problems that make a tree unusable, as plain sentences with the node named. */
export interface TreeProblem {
  code:
    | 'no-indicators'
    | 'duplicate-code'
    | 'no-parent'
    | 'unknown-parent'
    | 'parent-level'
    | 'several-tops'
    | 'no-top'
    | 'childless-aggregate'
    | 'bad-weight';
  node: string;
  message: string;
}

/**
 * Builds the flattened tree. Returns the tree or every problem found (a parent that is not
 * one level up, a missing parent, several top nodes, an aggregate without children...).
 */
export function buildIndexTree(
  nodes: readonly IndexNodeSpec[],
): { ok: true; tree: IndexTree } | { ok: false; problems: TreeProblem[] } {
  const problems: TreeProblem[] = [];
  const byCode = new Map<string, IndexNodeSpec>();
  for (const n of nodes) {
    if (byCode.has(n.code)) {
      problems.push({
        code: 'duplicate-code',
        node: n.code,
        message: `The code ${n.code} is used more than once.`,
      });
    } else byCode.set(n.code, n);
  }
  const unique = [...byCode.values()];
  const indicators = unique.filter((n) => n.level === 1);
  if (indicators.length === 0) {
    problems.push({ code: 'no-indicators', node: '', message: 'The index has no indicators.' });
  }
  const maxLevel = unique.reduce((m, n) => Math.max(m, n.level), 1);
  const tops = unique.filter((n) => n.level === maxLevel);
  if (maxLevel < 2) {
    problems.push({
      code: 'no-top',
      node: '',
      message: 'The index has no aggregate above the indicators.',
    });
  } else if (tops.length > 1) {
    problems.push({
      code: 'several-tops',
      node: tops.map((t) => t.code).join(', '),
      message: `Level ${maxLevel} should hold only the index, but has ${tops.length} nodes: ${tops.map((t) => t.code).join(', ')}.`,
    });
  }
  for (const n of unique) {
    if (!(Number.isFinite(n.weight) && n.weight >= 0)) {
      problems.push({
        code: 'bad-weight',
        node: n.code,
        message: `${n.code}: the weight ${n.weight} must be a number >= 0.`,
      });
    }
    if (n.level === maxLevel) continue;
    if (n.parent === null || n.parent === '') {
      problems.push({ code: 'no-parent', node: n.code, message: `${n.code} has no parent.` });
      continue;
    }
    const p = byCode.get(n.parent);
    if (!p) {
      problems.push({
        code: 'unknown-parent',
        node: n.code,
        message: `${n.code}: the parent ${n.parent} is not in the index.`,
      });
    } else if (p.level !== n.level + 1) {
      problems.push({
        code: 'parent-level',
        node: n.code,
        message: `${n.code} (level ${n.level}): its parent ${p.code} is at level ${p.level}, not ${n.level + 1}.`,
      });
    }
  }
  const hasChild = new Set(unique.map((n) => n.parent));
  for (const n of unique) {
    if (n.level > 1 && !hasChild.has(n.code)) {
      problems.push({
        code: 'childless-aggregate',
        node: n.code,
        message: `The aggregate ${n.code} has no children.`,
      });
    }
  }
  if (problems.length > 0) return { ok: false, problems };

  const ordered = [...unique].sort((a, b) => a.level - b.level);
  const M = ordered.length;
  const index = new Map(ordered.map((n, i) => [n.code, i]));
  const parent = new Int32Array(M).fill(-1);
  const counts = new Int32Array(M + 1);
  ordered.forEach((n, i) => {
    if (n.level < maxLevel && n.parent !== null) {
      parent[i] = index.get(n.parent) as number;
      counts[parent[i] + 1]++;
    }
  });
  const childStart = new Int32Array(M + 1);
  for (let i = 0; i < M; i++) childStart[i + 1] = childStart[i] + counts[i + 1];
  const fill = childStart.slice(0, M);
  const children = new Int32Array(Math.max(0, M - 1));
  for (let i = 0; i < M; i++) if (parent[i] >= 0) children[fill[parent[i]]++] = i;
  return {
    ok: true,
    tree: {
      codes: ordered.map((n) => n.code),
      names: ordered.map((n) => n.name ?? n.code),
      level: Int32Array.from(ordered, (n) => n.level),
      parent,
      weight: Float64Array.from(ordered, (n) =>
        n.level === 1 && n.included === false ? 0 : n.weight,
      ),
      direction: Int8Array.from(ordered, (n) => (n.direction === -1 ? -1 : 1)),
      nIndicators: indicators.length,
      nLevels: maxLevel,
      top: M - 1,
      childStart,
      children,
      target: ordered.map((n) =>
        typeof n.target === 'number' && Number.isFinite(n.target) ? n.target : null,
      ),
      goalposts: ordered.map((n) => n.goalposts ?? null),
    },
  };
}

/** Codes of the aggregates at `level` (2..nLevels), in node order. */
export function codesAtLevel(tree: IndexTree, level: number): string[] {
  return tree.codes.filter((_, i) => tree.level[i] === level);
}

/**
 * Weights re-scaled to sum 1 within each parent (COINr's rule; the nominal effective weight
 * of a node in its parent). A parent whose children all weigh 0 keeps zeros.
 */
export function weightsWithinParent(
  tree: IndexTree,
  weight: ArrayLike<number> = tree.weight,
): Float64Array {
  const out = new Float64Array(tree.codes.length);
  for (let p = 0; p < tree.codes.length; p++) {
    let s = 0;
    for (let c = tree.childStart[p]; c < tree.childStart[p + 1]; c++)
      s += Math.max(0, weight[tree.children[c]]);
    for (let c = tree.childStart[p]; c < tree.childStart[p + 1]; c++) {
      const i = tree.children[c];
      out[i] = s > 0 ? Math.max(0, weight[i]) / s : 0;
    }
  }
  out[tree.top] = 1;
  return out;
}
