/**
 * A unit's strengths and weaknesses (issue 9 item 8; COINr `get_str_weak(coin, dset, uCode)`):
 * its rank on each indicator among all units, on the normalised scores (which already point
 * every indicator the right way), rank 1 = best and ties sharing the lowest rank (R
 * `rank(-x, ties.method = "min")`); units without a value are not ranked and the unit's own
 * missing indicators are left out. Strengths are the `n` indicators with the best ranks,
 * weaknesses the `n` with the worst (worst first); ties are broken by the tree's order. With
 * fewer than 2n ranked indicators, the better half are strengths and the rest weaknesses, so
 * no indicator is both.
 */
export interface IndicatorRank {
  indicator: string;
  rank: number;
  /** Units ranked on this indicator. */
  of: number;
  score: number;
}

export interface StrengthsWeaknesses {
  strengths: IndicatorRank[];
  weaknesses: IndicatorRank[];
}

export function strengthsWeaknesses(
  normalised: readonly (readonly (number | null)[])[],
  indicators: readonly string[],
  unit: number,
  n = 3,
): StrengthsWeaknesses {
  const ranked: (IndicatorRank & { k: number })[] = [];
  indicators.forEach((indicator, k) => {
    const own = normalised[unit]?.[k];
    if (typeof own !== 'number' || !Number.isFinite(own)) return;
    let better = 0;
    let of = 0;
    for (const row of normalised) {
      const v = row[k];
      if (typeof v !== 'number' || !Number.isFinite(v)) continue;
      of++;
      if (v > own + 1e-9 * Math.max(1, Math.abs(own))) better++;
    }
    ranked.push({ indicator, rank: better + 1, of, score: own, k });
  });
  const best = [...ranked].sort((a, b) => a.rank - b.rank || a.k - b.k);
  const worst = [...ranked].sort((a, b) => b.rank - a.rank || a.k - b.k);
  const s = Math.min(n, Math.ceil(ranked.length / 2));
  const strengths = best.slice(0, s);
  const taken = new Set(strengths.map((x) => x.k));
  const weaknesses = worst.filter((x) => !taken.has(x.k)).slice(0, n);
  const strip = ({ indicator, rank, of, score }: IndicatorRank): IndicatorRank => ({
    indicator,
    rank,
    of,
    score,
  });
  return { strengths: strengths.map(strip), weaknesses: weaknesses.map(strip) };
}
