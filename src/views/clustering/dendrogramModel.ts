/**
 * From a tree in R's hclust form (merge, height, order; docs/methods.md section 3) to what the
 * dendrogram draws, and from the cut line to the number of groups. Pure, so the geometry is
 * unit-tested without a DOM.
 *
 * Layout as R's plot.hclust draws it: leaves evenly spaced in `order`, each merge at the
 * midpoint of its two parts, at a height proportional to its merge height, joined by an
 * elbow (up from each part, across at the merge height).
 */
import { cluster, hierarchy } from 'd3-hierarchy';
import { scaleLinear } from 'd3-scale';
import { cutHeight, cutree, type HclustTree } from '../../core/index.ts';

export interface DendrogramBox {
  width: number;
  height: number;
  /** Room kept free around the plot (labels below, axis to the left). */
  margin: { top: number; right: number; bottom: number; left: number };
}

export interface DendrogramLeaf {
  /** 0-based observation index. */
  obs: number;
  x: number;
  y: number;
  /** Group (1..k) after the cut. */
  group: number;
}

export interface DendrogramLink {
  /** 1-based merge step. */
  step: number;
  /** SVG path of the elbow: up from part 1, across, down to part 2. */
  d: string;
  /** Group the merge lies inside, or null when it lies above the cut (joins groups). */
  group: number | null;
  /** Apex of the elbow. */
  x: number;
  y: number;
}

export interface DendrogramLayout {
  box: DendrogramBox;
  leaves: DendrogramLeaf[];
  links: DendrogramLink[];
  /** Largest merge height (top of the scale). */
  maxHeight: number;
  /** Screen y of a merge height, and back. */
  yOf: (h: number) => number;
  heightOf: (y: number) => number;
  /** Ticks on the height axis. */
  ticks: number[];
}

const r2 = (x: number) => Math.round(x * 100) / 100;

/** A node of the tree for d3-hierarchy: a leaf (code < 0, R's -obs) or a merge (step, 1-based). */
interface TreeNode {
  code: number;
  children?: TreeNode[];
}

/**
 * The merge table as nested nodes, built bottom-up without recursion (a chained tree of
 * thousands of leaves is as deep as it is wide).
 */
function nested(merge: HclustTree['merge']): TreeNode {
  const nodes: TreeNode[] = [];
  const child = (code: number): TreeNode => (code < 0 ? { code } : nodes[code - 1]);
  merge.forEach(([a, b], s) => nodes.push({ code: s + 1, children: [child(a), child(b)] }));
  return nodes[nodes.length - 1];
}

/**
 * Screen geometry of the dendrogram of `tree`, coloured by its cut into `k` groups. The
 * horizontal layout is d3-hierarchy's cluster(): with a separation of 1 its leaves are evenly
 * spaced in the depth-first order of the merges, which is R's `order`, and each merge sits at
 * the mean of its two parts, as plot.hclust draws it; the heights go through a d3-scale linear
 * scale, whose ticks label the axis.
 */
export function layoutDendrogram(
  tree: HclustTree,
  k: number,
  box: DendrogramBox,
): DendrogramLayout {
  const { n, merge, height } = tree;
  const { margin } = box;
  const plotW = Math.max(box.width - margin.left - margin.right, 1);
  const plotH = Math.max(box.height - margin.top - margin.bottom, 1);
  const bottom = margin.top + plotH;
  // Headroom above the root so the cut line can sit above it (k = 1).
  const maxHeight = n > 1 ? Math.max(...height) * 1.08 || 1 : 1;
  const scale = scaleLinear().domain([0, maxHeight]).range([bottom, margin.top]);
  const yOf = (h: number) => scale(h);
  const heightOf = (y: number) => scale.invert(y);
  const labels = cutree(tree, Math.min(Math.max(Math.round(k), 1), n));
  const step = plotW / n;
  const leafX = new Float64Array(n);
  const apexX = new Float64Array(merge.length);
  if (n === 1) leafX[0] = margin.left + step / 2;
  else {
    const root = cluster<TreeNode>()
      .separation(() => 1)
      .size([plotW, 1])(hierarchy(nested(merge)));
    for (const node of root.descendants()) {
      // cluster() keeps half a separation free at each end: leaf i of n at (i + 0.5) / n.
      const x = margin.left + node.x!;
      if (node.data.code < 0) leafX[-node.data.code - 1] = x;
      else apexX[node.data.code - 1] = x;
    }
  }
  const leaves: DendrogramLeaf[] = tree.order.map((obs1) => ({
    obs: obs1 - 1,
    x: r2(leafX[obs1 - 1]),
    y: r2(bottom),
    group: labels[obs1 - 1],
  }));
  // One member of each merge, to colour the merges that lie inside a group.
  const member = new Int32Array(merge.length);
  const at = (code: number): [number, number] =>
    code < 0 ? [leafX[-code - 1], bottom] : [apexX[code - 1], yOf(height[code - 1])];
  const groups = labels.reduce((m, g) => Math.max(m, g), 0);
  const links: DendrogramLink[] = merge.map(([a, b], s) => {
    const [xa, ya] = at(a);
    const [xb, yb] = at(b);
    const y = yOf(height[s]);
    member[s] = a < 0 ? -a - 1 : member[a - 1];
    // cutree applies the first n - k merges: those lie inside a group.
    const inside = s < n - groups;
    return {
      step: s + 1,
      d: `M${r2(xa)},${r2(ya)}V${r2(y)}H${r2(xb)}V${r2(yb)}`,
      group: inside ? labels[member[s]] : null,
      x: r2(apexX[s]),
      y: r2(y),
    };
  });
  return { box, leaves, links, maxHeight, yOf, heightOf, ticks: scale.ticks(5) };
}

/**
 * Number of groups when the tree is cut at height h: every merge at or below h is applied
 * (R's cutree(tree, h = h), here the core's cutHeight). Heights below 0 give n groups.
 */
export function kAtHeight(tree: HclustTree, h: number): number {
  if (tree.n < 2) return tree.n;
  const labels = cutHeight(tree, Math.max(h, -1));
  return labels.reduce((m, g) => Math.max(m, g), 0);
}

/**
 * Where the cut line sits for k groups: midway between the last merge applied and the
 * first one left out (above the root for k = 1, below the first merge for k = n).
 */
export function heightForK(tree: HclustTree, k: number): number {
  const { n, height } = tree;
  if (n < 2) return 0;
  const kk = Math.min(Math.max(Math.round(k), 1), n);
  const applied = n - kk;
  const lo = applied > 0 ? height[applied - 1] : 0;
  const hi = applied < height.length ? height[applied] : height[height.length - 1] * 1.06;
  return (lo + hi) / 2;
}
