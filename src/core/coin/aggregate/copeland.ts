/**
 * Copeland's non-compensatory aggregation (COINr `a_copeland`; Munda 2008): for units u, v
 * the outranking score o(u, v) = sum of the (sum-1) weights of the children where u > v plus
 * half those where u = v; children missing for either unit are left out and the weights
 * re-scaled over the children both units have, as the app's rating does
 * (composite/aggregate.ts; COINr's outrankMatrix() instead fills the lower triangle with
 * 1 - o(v, u), which hands a missing child's weight to whichever unit comes second); the Copeland
 * score of u is the number of units it outranks (o > 0.5) minus the number that outrank it
 * (o < 0.5). Units with no present child get NaN. O(n^2 k): meant for tens to a few hundred
 * units, not for the Monte Carlo loop.
 */
export function copelandInto(
  scores: Float64Array,
  n: number,
  kids: ArrayLike<number>,
  k0: number,
  k1: number,
  w: ArrayLike<number>,
  outNode: number,
): void {
  let wt = 0;
  for (let c = k0; c < k1; c++) wt += Math.max(0, w[kids[c]]);
  const out = outNode * n;
  const any = new Uint8Array(n);
  for (let c = k0; c < k1; c++) {
    const b = kids[c] * n;
    for (let u = 0; u < n; u++) if (scores[b + u] === scores[b + u]) any[u] = 1;
  }
  for (let u = 0; u < n; u++) {
    if (!any[u]) {
      scores[out + u] = NaN;
      continue;
    }
    let total = 0;
    for (let v = 0; v < n; v++) {
      if (v === u || !any[v]) continue;
      let o = 0;
      let both = 0;
      for (let c = k0; c < k1; c++) {
        const node = kids[c];
        const wc = wt > 0 ? Math.max(0, w[node]) / wt : 0;
        const xu = scores[node * n + u];
        const xv = scores[node * n + v];
        if (xu !== xu || xv !== xv || !(wc > 0)) continue;
        both += wc;
        if (xu > xv) o += wc;
        else if (xu === xv) o += wc / 2;
      }
      if (!(both > 0)) continue;
      o /= both;
      if (o > 0.5 + 1e-12) total++;
      else if (o < 0.5 - 1e-12) total--;
    }
    scores[out + u] = total;
  }
}
