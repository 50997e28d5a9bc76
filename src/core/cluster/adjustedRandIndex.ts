/**
 * Adjusted Rand index of two partitions (Hubert & Arabie 1985, J. Classif. 2:193, eq. 5):
 *
 *   ARI = (sum_ij C(n_ij, 2) - E) / ((sum_i C(a_i, 2) + sum_j C(b_j, 2)) / 2 - E),
 *   E = sum_i C(a_i, 2) * sum_j C(b_j, 2) / C(n, 2),
 *
 * with n_ij the contingency table and a_i, b_j its margins. 1 = identical partitions, about 0
 * for chance agreement. When the denominator is 0 (both partitions all singletons, or both
 * one group) the partitions are identical and the index is 1.
 */
import { ClusterError } from './clusterError.ts';

/** Adjusted Rand index between two labellings of the same observations. */
export function adjustedRandIndex(
  a: ReadonlyArray<number | string>,
  b: ReadonlyArray<number | string>,
): number {
  const n = a.length;
  if (b.length !== n) {
    throw new ClusterError(
      'labels-length',
      `The two partitions label ${n} and ${b.length} observations.`,
    );
  }
  if (n < 2) {
    throw new ClusterError(
      'too-few-observations',
      'The adjusted Rand index needs at least 2 observations.',
    );
  }
  const pair = (m: number): number => (m * (m - 1)) / 2;
  const table = new Map<string, number>();
  const rows = new Map<number | string, number>();
  const cols = new Map<number | string, number>();
  for (let i = 0; i < n; i++) {
    const key = JSON.stringify([a[i], b[i]]);
    table.set(key, (table.get(key) ?? 0) + 1);
    rows.set(a[i], (rows.get(a[i]) ?? 0) + 1);
    cols.set(b[i], (cols.get(b[i]) ?? 0) + 1);
  }
  let index = 0;
  for (const m of table.values()) index += pair(m);
  let sa = 0;
  for (const m of rows.values()) sa += pair(m);
  let sb = 0;
  for (const m of cols.values()) sb += pair(m);
  const expected = (sa * sb) / pair(n);
  const max = (sa + sb) / 2;
  if (max === expected) return 1;
  return (index - expected) / (max - expected);
}
