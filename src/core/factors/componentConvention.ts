/**
 * The house convention that makes factor output deterministic (docs/methods.md section 4: "signs
 * and the order of components are arbitrary"): columns in descending order of their sum of
 * squared loadings (the variance each accounts for; ties keep the earlier column), and each
 * column multiplied by -1 if needed so that its largest-magnitude loading is positive (ties:
 * the first such row). Reordering and reflecting columns keeps an orthogonal rotation
 * orthogonal and leaves communalities unchanged.
 */

export interface ConventionResult {
  loadings: number[][];
  /** order[q] = the input column placed at q. */
  order: number[];
  /** sign[q] = +1 or -1 applied to output column q. */
  sign: number[];
}

/** `reorder` false keeps column order (unrotated loadings are already in eigenvalue order). */
export function applyConvention(
  loadings: readonly (readonly number[])[],
  reorder = true,
): ConventionResult {
  const k = loadings.length > 0 ? loadings[0].length : 0;
  const cols = Array.from({ length: k }, (_, m) => m);
  const ss = cols.map((m) => loadings.reduce((s, r) => s + r[m] * r[m], 0));
  const order = reorder ? cols.sort((a, b) => ss[b] - ss[a] || a - b) : cols;
  const sign = order.map((m) => {
    let best = 0;
    for (const r of loadings) if (Math.abs(r[m]) > Math.abs(best)) best = r[m];
    return best < 0 ? -1 : 1;
  });
  return {
    loadings: loadings.map((r) => order.map((m, q) => r[m] * sign[q])),
    order,
    sign,
  };
}

/** Applies an order and signs (from applyConvention) to the columns of another matrix. */
export function permuteColumns(
  m: readonly (readonly number[])[],
  order: readonly number[],
  sign: readonly number[],
): number[][] {
  return m.map((r) => order.map((c, q) => r[c] * sign[q]));
}
