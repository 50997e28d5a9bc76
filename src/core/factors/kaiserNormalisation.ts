/**
 * Kaiser normalisation (Kaiser 1958): divide each row of the loadings by sqrt(h_j^2) before
 * rotating and multiply back afterwards, so variables with small communalities weigh as much
 * as the others in the varimax criterion. Both R's `varimax(normalize = TRUE)` and SPSS
 * FACTOR (CRITERIA=KAISER, the default) do this.
 */

/** Row norms sqrt(sum_m a_jm^2); a zero row keeps norm 1 so it is left as it is. */
export function rowNorms(x: readonly (readonly number[])[]): number[] {
  return x.map((row) => {
    const h = Math.sqrt(row.reduce((s, a) => s + a * a, 0));
    return h > 0 ? h : 1;
  });
}

/** Each row divided (`dir` -1) or multiplied (`dir` +1) by its norm. */
export function scaleRows(
  x: readonly (readonly number[])[],
  norms: readonly number[],
  dir: 1 | -1,
): number[][] {
  return x.map((row, j) => row.map((a) => (dir === 1 ? a * norms[j] : a / norms[j])));
}
