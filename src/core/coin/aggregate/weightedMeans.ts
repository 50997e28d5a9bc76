/**
 * Weighted means of one aggregate's children, per unit, as COINr's `a_amean`, `a_gmean`,
 * `a_hmean` and `a_genmean` (OECD/JRC Handbook 2008, section 6), with missing children
 * skipped and the weights re-scaled over the children present:
 * - arithmetic  y = sum w x / sum w
 * - geometric   y = exp(sum w ln x / sum w)
 * - harmonic    y = sum w / sum (w / x)
 * - generalised y = (sum w x^p / sum w)^(1/p), p != 0 (p = 1 arithmetic, p = -1 harmonic)
 * Stated rule for zeros and negatives (COINr stops with an error instead): a child equal to 0
 * with a positive weight makes the geometric and harmonic mean 0, and the generalised mean 0
 * when p < 0 (the limits of the formulas as x -> 0); a negative child makes the geometric,
 * harmonic and generalised mean undefined (NaN, reported by the caller). Use a normalisation
 * onto a positive range (e.g. --range 1,100) to avoid both.
 *
 * Columns are node-major: scores[node * n + unit]. Returns the number of units whose result
 * met a zero (bits 0..) and a negative, for the caller's issues.
 */
export type MeanKind = 'arithmetic' | 'geometric' | 'harmonic' | 'generalised';

export function weightedMeanInto(
  kind: MeanKind,
  p: number,
  scores: Float64Array,
  n: number,
  kids: ArrayLike<number>,
  k0: number,
  k1: number,
  w: ArrayLike<number>,
  outNode: number,
  acc: Float64Array,
  wsum: Float64Array,
  flags: Uint8Array,
  /** Optional ln of the leaf columns (node-major, nodes 0..nLeaves-1), reused across runs. */
  leafLogs?: Float64Array,
  nLeaves = 0,
): { zeros: number; negatives: number } {
  acc.fill(0, 0, n);
  wsum.fill(0, 0, n);
  const out = outNode * n;
  if (kind === 'arithmetic') {
    // The hot path of the Monte Carlo: one branch per cell.
    for (let c = k0; c < k1; c++) {
      const node = kids[c];
      const wc = w[node];
      if (!(wc > 0)) continue;
      const base = node * n;
      for (let u = 0; u < n; u++) {
        const x = scores[base + u];
        if (x === x) {
          acc[u] += wc * x;
          wsum[u] += wc;
        }
      }
    }
    for (let u = 0; u < n; u++) {
      const s = wsum[u];
      scores[out + u] = s > 0 ? acc[u] / s : NaN;
    }
    return { zeros: 0, negatives: 0 };
  }
  flags.fill(0, 0, n);
  const k = kind === 'geometric' ? 1 : kind === 'harmonic' ? 2 : 3;
  for (let c = k0; c < k1; c++) {
    const node = kids[c];
    const wc = w[node];
    if (!(wc > 0)) continue;
    const base = node * n;
    if (k === 1 && leafLogs && node < nLeaves) {
      for (let u = 0; u < n; u++) {
        const x = scores[base + u];
        if (x !== x) continue;
        wsum[u] += wc;
        if (x > 0) acc[u] += wc * leafLogs[base + u];
        else flags[u] |= x < 0 ? 2 : 1;
      }
      continue;
    }
    // One loop per kind: the Monte Carlo runs these for every aggregate of every run.
    if (k === 2) {
      for (let u = 0; u < n; u++) {
        const x = scores[base + u];
        if (x !== x) continue;
        wsum[u] += wc;
        if (x > 0) acc[u] += wc / x;
        else flags[u] |= x < 0 ? 2 : 1;
      }
    } else if (k === 1) {
      for (let u = 0; u < n; u++) {
        const x = scores[base + u];
        if (x !== x) continue;
        wsum[u] += wc;
        if (x > 0) acc[u] += wc * Math.log(x);
        else flags[u] |= x < 0 ? 2 : 1;
      }
    } else {
      for (let u = 0; u < n; u++) {
        const x = scores[base + u];
        if (x !== x) continue;
        wsum[u] += wc;
        if (x > 0) acc[u] += wc * x ** p;
        else flags[u] |= x < 0 ? 2 : 1;
      }
    }
  }
  let zeros = 0;
  let negatives = 0;
  for (let u = 0; u < n; u++) {
    const s = wsum[u];
    if (!(s > 0)) {
      scores[out + u] = NaN;
      continue;
    }
    const f = flags[u];
    if (f & 2) {
      negatives++;
      scores[out + u] = NaN;
      continue;
    }
    if (f & 1) zeros++;
    if (k === 1) scores[out + u] = f & 1 ? 0 : Math.exp(acc[u] / s);
    else if (k === 2) scores[out + u] = f & 1 ? 0 : s / acc[u];
    else if (p < 0 && f & 1) scores[out + u] = 0;
    else scores[out + u] = (acc[u] / s) ** (1 / p);
  }
  return { zeros, negatives };
}
