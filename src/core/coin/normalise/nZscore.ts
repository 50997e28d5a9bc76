/**
 * Standardisation (COINr `n_zscore(x, m_sd = c(0, 1))`): y = (x - mean x) / sd(x) * s + m,
 * sd with n - 1 (R's `sd()`), over the present values of the direction-adjusted column.
 * A constant column (sd = 0) gets m for every present value (COINr returns NaN).
 */
export function nZscore(
  x: ArrayLike<number>,
  m = 0,
  s = 1,
  out = new Float64Array(x.length),
): Float64Array {
  let n = 0;
  let sum = 0;
  for (let i = 0; i < x.length; i++)
    if (x[i] === x[i]) {
      n++;
      sum += x[i];
    }
  const mean = n > 0 ? sum / n : NaN;
  let ss = 0;
  for (let i = 0; i < x.length; i++) if (x[i] === x[i]) ss += (x[i] - mean) ** 2;
  const sd = n > 1 ? Math.sqrt(ss / (n - 1)) : 0;
  for (let i = 0; i < x.length; i++) {
    const v = x[i];
    out[i] = v !== v ? NaN : sd > 0 ? ((v - mean) / sd) * s + m : m;
  }
  return out;
}
