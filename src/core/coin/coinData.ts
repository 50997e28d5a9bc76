/**
 * A COINr `iData` table in memory: one row per unit (and per time in a panel), the unit
 * code and name, the time, numeric columns (indicators and denominators; NaN = missing)
 * and text columns (unit groups, e.g. for group-mean imputation).
 */
export interface CoinData {
  uCode: string[];
  uName: string[];
  /** Per row; null when the table has no Time column. */
  time: (number | null)[];
  numeric: Map<string, Float64Array>;
  text: Map<string, (string | null)[]>;
}

/** The latest time present (null when there is no time). */
export function latestTime(d: CoinData): number | null {
  let t: number | null = null;
  for (const x of d.time) if (x !== null && (t === null || x > t)) t = x;
  return t;
}

/** Row numbers of the cross-section at `time` (all rows when time is null). */
export function rowsAtTime(d: CoinData, time: number | null): number[] {
  const out: number[] = [];
  d.time.forEach((t, i) => {
    if (time === null || t === time) out.push(i);
  });
  return out;
}
