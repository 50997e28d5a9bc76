/**
 * From a tree in R's hclust form (merge, height, order; docs/methods.md section 3) to what the
 * dendrogram draws, and from the cut line to the number of groups. Pure, so the geometry is
 * unit-tested without a DOM.
 *
 * Layout as R's plot.hclust draws it: leaves evenly spaced in `order`, each merge at the
 * midpoint of its two parts, at a height proportional to its merge height, joined by an
 * elbow (up from each part, across at the merge height).
 */
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

/** A few round tick values from 0 to max (1, 2 or 5 times a power of ten apart). */
export function niceTicks(max: number, count = 5): number[] {
  if (!(max > 0) || !Number.isFinite(max)) return [0];
  const raw = max / count;
  const pow = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * pow).find((s) => s >= raw) ?? raw;
  const count1 = Math.floor((max * (1 + 1e-9)) / step);
  // toPrecision drops the binary noise of i * step (0.6000000000000001).
  return Array.from({ length: count1 + 1 }, (_, i) => Number((i * step).toPrecision(12)));
}

/** Screen geometry of the dendrogram of `tree`, coloured by its cut into `k` groups. */
export function layoutDendrogram(
  tree: HclustTree,
  k: number,
  box: DendrogramBox,
): DendrogramLayout {
  const { n, merge, height, order } = tree;
  const { margin } = box;
  const plotW = Math.max(box.width - margin.left - margin.right, 1);
  const plotH = Math.max(box.height - margin.top - margin.bottom, 1);
  const bottom = margin.top + plotH;
  // Headroom above the root so the cut line can sit above it (k = 1).
  const maxHeight = n > 1 ? Math.max(...height) * 1.08 || 1 : 1;
  const yOf = (h: number) => bottom - (h / maxHeight) * plotH;
  const heightOf = (y: number) => ((bottom - y) / plotH) * maxHeight;
  const labels = cutree(tree, Math.min(Math.max(Math.round(k), 1), n));
  const step = plotW / n;
  const leafX = new Float64Array(n);
  order.forEach((obs1, pos) => {
    leafX[obs1 - 1] = margin.left + (pos + 0.5) * step;
  });
  const leaves: DendrogramLeaf[] = order.map((obs1) => ({
    obs: obs1 - 1,
    x: r2(leafX[obs1 - 1]),
    y: r2(bottom),
    group: labels[obs1 - 1],
  }));
  // Apex and one member of each merge, to place and colour the merges that use it.
  const apexX = new Float64Array(merge.length);
  const member = new Int32Array(merge.length);
  const at = (code: number): [number, number] =>
    code < 0 ? [leafX[-code - 1], bottom] : [apexX[code - 1], yOf(height[code - 1])];
  const links: DendrogramLink[] = merge.map(([a, b], s) => {
    const [xa, ya] = at(a);
    const [xb, yb] = at(b);
    const y = yOf(height[s]);
    apexX[s] = (xa + xb) / 2;
    member[s] = a < 0 ? -a - 1 : member[a - 1];
    // cutree applies the first n - k merges: those lie inside a group.
    const inside = s < n - labels.reduce((m, g) => Math.max(m, g), 0);
    return {
      step: s + 1,
      d: `M${r2(xa)},${r2(ya)}V${r2(y)}H${r2(xb)}V${r2(yb)}`,
      group: inside ? labels[member[s]] : null,
      x: r2(apexX[s]),
      y: r2(y),
    };
  });
  return {
    box,
    leaves,
    links,
    maxHeight,
    yOf,
    heightOf,
    ticks: niceTicks(maxHeight),
  };
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
