/**
 * Linear interpolation in a panel (COINr `impute_panel(method = "linear")`, which calls
 * `stats::approx(rule = 1)`): for each unit, a missing value at time t between two observed
 * times t0 < t < t1 becomes x0 + (x1 - x0) (t - t0) / (t1 - t0). Values before the first or
 * after the last observation stay missing (no extrapolation).
 *
 * `unit[i]`, `time[i]`, `x[i]` describe row i of a long table; rows may come in any order.
 */
export function interpolatePanel(
  unit: readonly string[],
  time: readonly number[],
  x: Float64Array,
  filled: Uint8Array,
): number {
  const rows = new Map<string, number[]>();
  unit.forEach((u, i) => {
    let r = rows.get(u);
    if (!r) rows.set(u, (r = []));
    r.push(i);
  });
  let count = 0;
  for (const r of rows.values()) {
    r.sort((a, b) => time[a] - time[b]);
    let prev = -1;
    for (let k = 0; k < r.length; k++) {
      const i = r[k];
      if (x[i] !== x[i]) continue;
      if (prev >= 0 && k - prev > 1) {
        const i0 = r[prev];
        for (let m = prev + 1; m < k; m++) {
          const j = r[m];
          const f = (time[j] - time[i0]) / (time[i] - time[i0]);
          x[j] = x[i0] + (x[i] - x[i0]) * f;
          filled[j] = 1;
          count++;
        }
      }
      prev = k;
    }
  }
  return count;
}
