/**
 * Sample quantiles, R's default `quantile(x, p, type = 7)` (Hyndman and Fan 1996, definition
 * 7): h = (n - 1) p, Q(p) = x_(floor h) + (h - floor h) (x_(floor h + 1) - x_(floor h)) on
 * the sorted sample (0-based). Also NumPy's default ("linear").
 */

/** Quantile of an ascending-sorted sample; 0 for an empty sample (callers report emptiness). */
export function quantileSorted(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0) return 0;
  const q = Math.min(1, Math.max(0, p));
  const h = (n - 1) * q;
  const lo = Math.floor(h);
  const hi = Math.min(n - 1, lo + 1);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}

/** Quantile of an unsorted sample (copies, then sorts numerically). */
export function quantile(x: readonly number[], p: number): number {
  return quantileSorted(Float64Array.from(x).sort(), p);
}
