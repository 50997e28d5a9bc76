/**
 * Relatedness density of region r around industry i (Hidalgo et al. 2007, "density";
 * Boschma, Balland & Kogler 2015; EconGeo's `relatedness.density`, which reports the same
 * ratio in percent):
 *
 *   d_ri = sum_(j != i) M_rj phi_ij / sum_(j != i) phi_ij
 *
 * the share of the industries related to i in which r is already specialised, weighted by
 * proximity; in [0, 1]. The diagonal (phi_ii = 1) is left out so the region's own
 * specialisation in i does not count as relatedness to i. null where i is related to no other
 * industry (the denominator is 0).
 */
export function relatednessDensity(
  m: readonly (readonly number[])[],
  phi: readonly (readonly number[])[],
): (number | null)[][] {
  const I = phi.length;
  const denom = phi.map((row, i) => row.reduce((a, v, j) => (j === i ? a : a + v), 0));
  return m.map((mr) =>
    Array.from({ length: I }, (_, i) => {
      if (!(denom[i] > 0)) return null;
      let s = 0;
      for (let j = 0; j < I; j++) if (j !== i) s += mr[j] * phi[i][j];
      return s / denom[i];
    }),
  );
}
