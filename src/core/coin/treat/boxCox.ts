/**
 * Box-Cox transform (Box and Cox 1964; COINr `boxcox(x, lambda, makepos = TRUE)`):
 * first shift x to x - min x + 1 (COINr's makepos, so the minimum is 1); then
 * y = (x^lambda - 1) / lambda for lambda != 0 and y = ln x for lambda = 0.
 */
import { columnRange } from '../normalise/columnRange.ts';

export function boxCox(x: ArrayLike<number>, lambda: number): Float64Array {
  const { min } = columnRange(x);
  const shift = -min + 1;
  return Float64Array.from(x, (v) => {
    if (v !== v) return NaN;
    const z = v + shift;
    return lambda === 0 ? Math.log(z) : (z ** lambda - 1) / lambda;
  });
}
