/**
 * Winsorisation as COINr's `winsorise()`: while the column fails the skew/kurtosis test
 * and fewer than `winmax` points are winsorised, replace the maximum value(s) by the
 * largest remaining value when skew >= 0 (high outliers), else the minimum value(s) by the
 * smallest remaining one. As in COINr, the count is the number of points sitting at the
 * winsorised level(s) after the last step, so tied points count together.
 * `marks[i]` gets 'winhi' or 'winlo' for the points at the last winsorised level, as COINr
 * records them; every point actually changed is also flagged in `changed`.
 */
import { passesSkewKurt, skewness } from './skewKurt.ts';

export interface WinsoriseResult {
  x: Float64Array;
  nwin: number;
  passed: boolean;
  changed: Uint8Array;
  marks: ('' | 'winhi' | 'winlo')[];
}

export function winsorise(
  input: ArrayLike<number>,
  winmax = 5,
  skewMax = 2,
  kurtMax = 3.5,
  force = false,
): WinsoriseResult {
  const x = Float64Array.from(input);
  const n = x.length;
  const changed = new Uint8Array(n);
  let passing = passesSkewKurt(x, skewMax, kurtMax);
  let imax: number[] = [];
  let imin: number[] = [];
  let nwin = 0;
  while ((!passing || force) && nwin < winmax) {
    const high = skewness(x) >= 0;
    let ext = high ? -Infinity : Infinity;
    for (let i = 0; i < n; i++) if (x[i] === x[i] && (high ? x[i] > ext : x[i] < ext)) ext = x[i];
    const at: number[] = [];
    let next = high ? -Infinity : Infinity;
    for (let i = 0; i < n; i++) {
      if (x[i] !== x[i]) continue;
      if (x[i] === ext) at.push(i);
      else if (high ? x[i] > next : x[i] < next) next = x[i];
    }
    if (!Number.isFinite(next)) break; // all values equal: nothing left to winsorise
    for (const i of at) {
      x[i] = next;
      changed[i] = 1;
    }
    if (high) imax = at;
    else imin = at;
    nwin = imax.length + imin.length;
    passing = passesSkewKurt(x, skewMax, kurtMax);
  }
  const marks: ('' | 'winhi' | 'winlo')[] = Array.from({ length: n }, () => '');
  for (const i of imax) marks[i] = 'winhi';
  for (const i of imin) marks[i] = 'winlo';
  return { x, nwin, passed: passing, changed, marks };
}
