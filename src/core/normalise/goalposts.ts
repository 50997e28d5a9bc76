/**
 * Goalposts (OECD/JRC Handbook 2008, section 5, "distance to a reference"; the Human
 * Development Index's method; COINr `n_goalposts(x, gposts, direction, trunc2posts = TRUE)`):
 * with the worst and best plausible values L < U in the indicator's unit,
 * higher is better t = (X - L) / (U - L), lower is better t = (U - X) / (U - L), t truncated
 * to [0, 1], and I = lo + t * (hi - lo) on the rating's range (default 0-100). Unlike min-max
 * the scale does not move when the data do, so scores compare across years and studies.
 *
 * Edge cases: `missing-goalposts` (error) when an indicator has none, `invalid-goalposts`
 * (error) when L >= U or either is not finite; the column is then lo for all. Values beyond a
 * goalpost are counted at the goalpost and reported once per column (`beyond-goalposts`).
 */
import { nGoalposts } from '../coin/normalise/nGoalposts.ts';
import type { Issue } from '../issue.ts';
import type { ColumnInput, NormalisedColumn } from './normalisedColumn.ts';
import { finiteOrNull } from './normalisedColumn.ts';

export function goalposts(c: ColumnInput): NormalisedColumn {
  const [lo, hi] = c.range ?? [0, 100];
  const g = c.goalposts;
  const issues: Issue[] = [];
  const low = g?.low;
  const high = g?.high;
  if (typeof low !== 'number' || typeof high !== 'number' || !(low < high)) {
    const missing = typeof low !== 'number' || typeof high !== 'number';
    issues.push({
      code: missing ? 'missing-goalposts' : 'invalid-goalposts',
      severity: 'error',
      message: missing
        ? `Indicator ${c.indicator} has no goalposts; the goalposts normalisation needs a lower and an upper one. Every region scores ${lo}.`
        : `Indicator ${c.indicator} has goalposts ${low} and ${high}; the lower must be below the upper. Every region scores ${lo}.`,
      where: { indicator: c.indicator },
      params: missing ? { score: lo } : { low, high, score: lo },
    });
    return { values: c.values.map((v) => (finiteOrNull(v) === null ? null : lo)), issues };
  }
  const raw = Float64Array.from(c.values, (v) => finiteOrNull(v) ?? NaN);
  const out = nGoalposts(raw, c.direction === 'higher' ? 1 : -1, low, high, lo, hi);
  let beyond = 0;
  for (const v of raw) if (v < low || v > high) beyond++;
  if (beyond > 0) {
    issues.push({
      code: 'beyond-goalposts',
      severity: 'warning',
      message: `Indicator ${c.indicator}: ${beyond} value(s) lie outside the goalposts ${low}..${high} and are counted at the nearer goalpost.`,
      where: { indicator: c.indicator },
      params: { count: beyond, low, high },
    });
  }
  return { values: Array.from(out, (v) => (v === v ? v : null)), issues };
}
