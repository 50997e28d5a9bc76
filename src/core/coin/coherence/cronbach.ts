/**
 * Cronbach's alpha (Cronbach 1951; OECD/JRC Handbook 2008, section 4; COINr
 * `get_cronbach()`) of k columns over the units with all k present (complete cases):
 * alpha = k / (k - 1) * (1 - sum_i var(x_i) / var(sum_i x_i)), variances with n - 1.
 * NaN when k < 2, fewer than 2 complete units, or the total has no variance.
 */
export function cronbachAlpha(columns: readonly ArrayLike<number>[]): number {
  const k = columns.length;
  if (k < 2) return NaN;
  const n = columns[0].length;
  const rows: number[] = [];
  for (let u = 0; u < n; u++) {
    let ok = true;
    for (const c of columns) if (c[u] !== c[u]) ok = false;
    if (ok) rows.push(u);
  }
  if (rows.length < 2) return NaN;
  const variance = (f: (u: number) => number): number => {
    let s = 0;
    for (const u of rows) s += f(u);
    const m = s / rows.length;
    let ss = 0;
    for (const u of rows) ss += (f(u) - m) ** 2;
    return ss / (rows.length - 1);
  };
  let sumVar = 0;
  for (const c of columns) sumVar += variance((u) => c[u]);
  const totalVar = variance((u) => {
    let s = 0;
    for (const c of columns) s += c[u];
    return s;
  });
  if (!(totalVar > 0)) return NaN;
  return (k / (k - 1)) * (1 - sumVar / totalVar);
}
