/**
 * Rasmussen's linkages (Rasmussen 1956, Studies in Inter-Sectoral Relations; Miller & Blair
 * 2009, section 12.2), from the Leontief inverse L (n x n) with grand total l = sum_ij l_ij:
 *
 *   backward linkage (power of dispersion)         BL_j = n sum_i l_ij / l   (column sum)
 *   forward linkage  (sensitivity of dispersion)   FL_i = n sum_j l_ij / l   (row sum)
 *
 * Both average 1; a key sector has BL_j > 1 and FL_j > 1, a backward-oriented one only BL > 1,
 * a forward-oriented one only FL > 1.
 */
export type SectorType = 'key' | 'backward' | 'forward' | 'weak';

export interface Linkages {
  backward: number[];
  forward: number[];
  type: SectorType[];
}

export function rasmussenLinkages(l: readonly (readonly number[])[]): Linkages {
  const n = l.length;
  const total = l.reduce((s, r) => s + r.reduce((a, b) => a + b, 0), 0);
  const backward = l[0].map((_, j) => (n * l.reduce((s, r) => s + r[j], 0)) / total);
  const forward = l.map((r) => (n * r.reduce((a, b) => a + b, 0)) / total);
  const type = backward.map((b, j): SectorType => {
    const f = forward[j];
    return b > 1 && f > 1 ? 'key' : b > 1 ? 'backward' : f > 1 ? 'forward' : 'weak';
  });
  return { backward, forward, type };
}
