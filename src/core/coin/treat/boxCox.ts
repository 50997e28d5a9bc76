/**
 * Box-Cox transform (Box and Cox 1964; COINr `boxcox(x, lambda, makepos = TRUE)`):
 * first shift x to x - min x + 1 (COINr's makepos, so the minimum is 1); then
 * y = (x^lambda - 1) / lambda for lambda != 0 and y = ln x for lambda = 0.
 */
import { columnRange } from '../normalise/columnRange.ts';

export function boxCox(x: ArrayLike<number>, lambda: number): Float64Array {
  return Float64Array.from(x, boxCoxMap(x, lambda));
}

/**
 * Box-Cox of column `x` as a function of one value, with the column's own shift: what a
 * goalpost or target in the indicator's unit becomes (NaN where x - min x + 1 <= 0, outside
 * the transform's domain).
 */
export function boxCoxMap(x: ArrayLike<number>, lambda: number): (v: number) => number {
  const { min } = columnRange(x);
  const shift = -min + 1;
  return (v) => {
    if (v !== v) return NaN;
    const z = v + shift;
    if (!(z > 0)) return NaN;
    return lambda === 0 ? Math.log(z) : (z ** lambda - 1) / lambda;
  };
}
