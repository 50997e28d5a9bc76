/**
 * Proximity between industries (Hidalgo et al. 2007, Science 317, eq. 1): the minimum of the
 * two conditional probabilities that a region is specialised in one given that it is in the
 * other,
 *
 *   phi_ij = min(P(M_i | M_j), P(M_j | M_i)) = sum_r M_ri M_rj / max(k_i, k_j),
 *
 * k_i the ubiquity of i (rcaMatrix.ts). phi_ii = 1 for an industry present anywhere; 0 where
 * either industry has no specialised region.
 */
export function proximity(m: readonly (readonly number[])[]): number[][] {
  const I = m[0]?.length ?? 0;
  const k = Array.from({ length: I }, (_, i) => m.reduce((a, row) => a + row[i], 0));
  return Array.from({ length: I }, (_, i) =>
    Array.from({ length: I }, (_, j) => {
      const d = Math.max(k[i], k[j]);
      if (d === 0) return 0;
      let c = 0;
      for (const row of m) c += row[i] * row[j];
      return c / Math.max(k[i], k[j]);
    }),
  );
}
