/**
 * Denomination (COINr `Denominate()`): an indicator divided by a denominator column of the
 * same row, y = x / d (per capita, per GRP...), optionally times a scale (e.g. 1000 for "per
 * thousand"). A denominator that is missing or 0 leaves the cell missing (NaN) and counts it.
 */
export function denominate(x: Float64Array, d: ArrayLike<number>, scale = 1): number {
  let bad = 0;
  for (let i = 0; i < x.length; i++) {
    if (x[i] !== x[i]) continue;
    const v = d[i];
    if (v !== v || v === 0) {
      x[i] = NaN;
      bad++;
    } else x[i] = (x[i] / v) * scale;
  }
  return bad;
}
