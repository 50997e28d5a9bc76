/**
 * Multiple-comparison adjustment of p-values, as R's `p.adjust`:
 * Bonferroni p'_i = min(1, m p_i); Benjamini & Hochberg (1995) false discovery rate
 * p'_(i) = min_{k >= i} min(1, m p_(k) / k) over the p-values in ascending order.
 */
export type PAdjustMethod = 'none' | 'bonferroni' | 'fdr';

export function pAdjust(p: readonly number[], method: PAdjustMethod): number[] {
  const m = p.length;
  if (method === 'none' || m === 0) return [...p];
  if (method === 'bonferroni') return p.map((v) => Math.min(1, v * m));
  const order = p.map((_, i) => i).sort((a, b) => p[b] - p[a] || b - a);
  const out = new Array<number>(m);
  let running = Infinity;
  order.forEach((i, t) => {
    const rank = m - t;
    running = Math.min(running, (m / rank) * p[i]);
    out[i] = Math.min(1, running);
  });
  return out;
}
