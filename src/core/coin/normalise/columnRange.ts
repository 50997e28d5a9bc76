/** Min and max over the present (non-NaN) values; NaN, NaN when none is present. */
export function columnRange(x: ArrayLike<number>): { min: number; max: number; n: number } {
  let min = Infinity;
  let max = -Infinity;
  let n = 0;
  for (let i = 0; i < x.length; i++) {
    const v = x[i];
    if (v !== v) continue;
    n++;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return n === 0 ? { min: NaN, max: NaN, n } : { min, max, n };
}
