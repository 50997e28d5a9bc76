/**
 * Outlier treatment of one indicator column.
 * - `default`: COINr's `Treat()` default. If the column fails the skew/kurtosis test
 *   (|skew| >= 2 and kurtosis >= 3.5), winsorise up to `winmax` (5) points; if it still
 *   fails, discard the winsorisation and apply `log_CT` to the original column instead.
 * - `winsorise`: the same winsorisation without the log fall-back; with `force`, exactly
 *   `winmax` points whatever the test says (COINr `winsorise(force_win = TRUE)`).
 * - `log`: ln(x) (values <= 0 become missing and are reported by the caller).
 * - `boxcox`: Box-Cox with the given lambda.
 * - `none`.
 * Every changed cell is marked: 'winhi', 'winlo', 'log_CT', 'log' or 'boxcox'.
 */
import { boxCox, boxCoxMap } from './boxCox.ts';
import { lnMap, logCT, logCTMap, logPlain } from './logTransform.ts';
import { passesSkewKurt } from './skewKurt.ts';
import { winsorise } from './winsorise.ts';

export type TreatmentSpec =
  | { method: 'none' }
  | { method: 'default'; winmax?: number; skewMax?: number; kurtMax?: number }
  | { method: 'winsorise'; winmax?: number; skewMax?: number; kurtMax?: number; force?: boolean }
  | { method: 'log' }
  | { method: 'boxcox'; lambda: number };

export type TreatMark = '' | 'winhi' | 'winlo' | 'log_CT' | 'log' | 'boxcox';

export interface TreatedColumn {
  x: Float64Array;
  marks: TreatMark[];
  /** Did the column pass the skew/kurtosis test after treatment (default and winsorise). */
  passed: boolean;
  /**
   * Where the column was transformed (ln x, Box-Cox, log_CT), the same increasing map as a
   * function of one value in the indicator's unit (NaN outside its domain), so that goalposts
   * and a target can follow the values onto the treated scale (docs/methods.md section 9).
   * Absent where values keep their unit (none, winsorisation).
   */
  map?: (v: number) => number;
}

export function treatColumn(input: ArrayLike<number>, t: TreatmentSpec): TreatedColumn {
  const n = input.length;
  const none = (): TreatMark[] => Array.from({ length: n }, () => '');
  const present = (x: ArrayLike<number>, m: TreatMark): TreatMark[] =>
    Array.from(x, (v) => (v === v ? m : ''));
  switch (t.method) {
    case 'none':
      return { x: Float64Array.from(input), marks: none(), passed: passesSkewKurt(input) };
    case 'log':
      return { x: logPlain(input), marks: present(input, 'log'), passed: true, map: lnMap };
    case 'boxcox':
      return {
        x: boxCox(input, t.lambda),
        marks: present(input, 'boxcox'),
        passed: true,
        map: boxCoxMap(input, t.lambda),
      };
    case 'winsorise':
    case 'default': {
      const skewMax = t.skewMax ?? 2;
      const kurtMax = t.kurtMax ?? 3.5;
      const force = t.method === 'winsorise' && t.force === true;
      if (!force && passesSkewKurt(input, skewMax, kurtMax)) {
        return { x: Float64Array.from(input), marks: none(), passed: true };
      }
      const w = winsorise(input, t.winmax ?? 5, skewMax, kurtMax, force);
      if (w.passed || t.method === 'winsorise') {
        const marks = none();
        w.changed.forEach((c, i) => {
          if (c) marks[i] = w.x[i] < input[i] ? 'winhi' : 'winlo';
        });
        return { x: w.x, marks, passed: w.passed };
      }
      const x = logCT(input);
      return {
        x,
        marks: present(input, 'log_CT'),
        passed: passesSkewKurt(x, skewMax, kurtMax),
        map: logCTMap(input),
      };
    }
  }
}
