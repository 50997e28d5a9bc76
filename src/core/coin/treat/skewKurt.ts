/**
 * Sample skewness and excess kurtosis as COINr's `skew()` and `kurt()` (which follow
 * e1071's type 2, the SAS/SPSS estimators), over the present values:
 * g1 = sqrt(n) sum d^3 / (sum d^2)^(3/2), skew = g1 sqrt(n (n - 1)) / (n - 2);
 * r = n sum d^4 / (sum d^2)^2, kurt = ((n + 1)(r - 3) + 6)(n - 1) / ((n - 2)(n - 3)),
 * d = x - mean. NaN below 3 (skew) or 4 (kurt) values.
 */
export function skewness(x: ArrayLike<number>): number {
  const { n, m2, m3 } = moments(x);
  if (n < 3 || !(m2 > 0)) return NaN;
  const g1 = (Math.sqrt(n) * m3) / m2 ** 1.5;
  return (g1 * Math.sqrt(n * (n - 1))) / (n - 2);
}

export function kurtosis(x: ArrayLike<number>): number {
  const { n, m2, m4 } = moments(x);
  if (n < 4 || !(m2 > 0)) return NaN;
  const r = (n * m4) / (m2 * m2);
  return (((n + 1) * (r - 3) + 6) * (n - 1)) / ((n - 2) * (n - 3));
}

function moments(x: ArrayLike<number>): { n: number; m2: number; m3: number; m4: number } {
  let n = 0;
  let s = 0;
  for (let i = 0; i < x.length; i++)
    if (x[i] === x[i]) {
      n++;
      s += x[i];
    }
  const mean = s / n;
  let m2 = 0;
  let m3 = 0;
  let m4 = 0;
  for (let i = 0; i < x.length; i++) {
    if (x[i] !== x[i]) continue;
    const d = x[i] - mean;
    const d2 = d * d;
    m2 += d2;
    m3 += d2 * d;
    m4 += d2 * d2;
  }
  return { n, m2, m3, m4 };
}

/**
 * COINr's outlier test `check_SkewKurt()`: a column passes when |skew| < skewMax OR
 * kurt < kurtMax (defaults 2 and 3.5); it has outliers when both limits are reached.
 * A column too short for the statistics passes (nothing to judge).
 */
export function passesSkewKurt(x: ArrayLike<number>, skewMax = 2, kurtMax = 3.5): boolean {
  const s = skewness(x);
  const k = kurtosis(x);
  if (s !== s || k !== k) return true;
  return Math.abs(s) < skewMax || k < kurtMax;
}
