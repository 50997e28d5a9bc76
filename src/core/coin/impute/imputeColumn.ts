/**
 * Imputation of one indicator column (COINr `Impute()` with `f_i = "i_mean"`, `"i_median"`,
 * and `impute_by = "column"` with `use_group` for group means): every missing value (NaN)
 * becomes the mean or median of the present values, of all units or of the units in the
 * same group (a column of iData: text labels, or numbers taken as labels). A group with no
 * present value leaves its units missing, and so does a unit with no group (null): it
 * belongs to none, as R's split() drops NA groups.
 * Median is R's `median()` (mean of the two middle values for an even count).
 * Returns the number of cells filled; `filled[i]` is set to 1 for each.
 */
export type ImputeStat = 'mean' | 'median';

function stat(values: number[], s: ImputeStat): number {
  if (values.length === 0) return NaN;
  if (s === 'mean') return values.reduce((a, b) => a + b, 0) / values.length;
  const v = [...values].sort((a, b) => a - b);
  const m = v.length >> 1;
  return v.length % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
}

export function imputeColumn(
  x: Float64Array,
  s: ImputeStat,
  groups: readonly (string | null)[] | null,
  filled: Uint8Array,
): number {
  const pools = new Map<string, number[]>();
  for (let i = 0; i < x.length; i++) {
    if (x[i] !== x[i]) continue;
    if (groups && groups[i] === null) continue;
    const g = groups ? (groups[i] as string) : '';
    let arr = pools.get(g);
    if (!arr) pools.set(g, (arr = []));
    arr.push(x[i]);
  }
  const value = new Map<string, number>();
  for (const [g, arr] of pools) value.set(g, stat(arr, s));
  let count = 0;
  for (let i = 0; i < x.length; i++) {
    if (x[i] === x[i]) continue;
    if (groups && groups[i] === null) continue;
    const v = value.get(groups ? (groups[i] as string) : '');
    if (v !== undefined && v === v) {
      x[i] = v;
      filled[i] = 1;
      count++;
    }
  }
  return count;
}
