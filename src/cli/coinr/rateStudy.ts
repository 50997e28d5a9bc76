/**
 * `atlas rate --idata iData.csv --imeta iMeta.csv ...`: a COINr-style index of any depth
 * (core/coin/coinRate.ts) printed as
 * {"index", "units": [{"uCode", "uName", "scores", "ranks"}], "cronbach"}.
 */
import {
  COIN_AGGREGATIONS,
  type CoinAggregation,
  coinRate,
  type CoinOptions,
  type CoinImputation,
  COIN_NORMALISATIONS,
  type CoinNormalisation,
} from '../../core/index.ts';
import type { Format } from '../output.ts';
import { toCsv, toJson } from '../output.ts';
import { UsageError } from '../errors.ts';
import { readStudy } from './readStudy.ts';

export const RATE_OPTIONS = {
  idata: { type: 'string' },
  imeta: { type: 'string' },
  impute: { type: 'string' },
  normalise: { type: 'string' },
  range: { type: 'string' },
  aggregate: { type: 'string' },
} as const;

export const RATE_USAGE = `       npm run -s atlas -- rate --idata iData.csv --imeta iMeta.csv [--impute none|i_mean|i_median]
           [--normalise n_minx|n_zscore|n_rank|n_goalposts|n_ratio] [--range LO,HI]
           [--aggregate a_amean|a_gmean|a_hmean] [--format json|csv]

COINr study (iData + iMeta, CSV or XLSX; iMeta checked as COINr's check_iMeta, every problem
listed): Direction multiplies each indicator before normalisation; weights are re-scaled to
sum 1 within each parent; the latest Time is rated. n_minx rescales to --range (default 0,100);
n_rank is the percentile rank (ties "min") on --range; n_ratio is x / max x times HI;
n_goalposts uses iMeta's goalpost_lower/goalpost_upper (or, without them, the Target: distance
to target from the worst value) on --range; n_zscore has mean 0 and SD 1. a_gmean and
a_hmean give 0 where a child is 0 (use --range 1,100 to avoid zeros).
JSON: {"index": "<top iCode>", "units": [{"uCode", "uName", "scores": {"<aggregate>": x},
"ranks": {"<aggregate>": r}}], "cronbach": {"<level-2 aggregate>": alpha}}; rank 1 = best,
ties share the smallest rank; null where undefined. CSV: uCode, uName, one column per
aggregate, then rank_<aggregate>.`;

export function parseRange(v: unknown): [number, number] {
  if (v === undefined) return [0, 100];
  const parts = String(v)
    .split(',')
    .map((s) => s.trim());
  const nums = parts.map(Number);
  if (
    parts.length !== 2 ||
    parts.some((p) => p === '') ||
    !nums.every(Number.isFinite) ||
    !(nums[0] < nums[1])
  ) {
    throw new UsageError(`--range must be LO,HI with LO < HI (e.g. 0,100), not '${String(v)}'.`);
  }
  return [nums[0], nums[1]];
}

function pick<T extends string>(v: unknown, name: string, allowed: readonly T[], fallback: T): T {
  if (v === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(String(v))) {
    throw new UsageError(`--${name} must be one of ${allowed.join(', ')}, not '${String(v)}'.`);
  }
  return v as T;
}

export function coinOptions(values: Record<string, unknown>): CoinOptions {
  return {
    impute: pick<CoinImputation>(values.impute, 'impute', ['none', 'i_mean', 'i_median'], 'none'),
    treat: { method: 'none' },
    normalise: pick<CoinNormalisation>(
      values.normalise,
      'normalise',
      COIN_NORMALISATIONS,
      'n_minx',
    ),
    range: parseRange(values.range),
    aggregate: [
      {
        method: pick<CoinAggregation>(
          values.aggregate,
          'aggregate',
          COIN_AGGREGATIONS.filter((a) => a !== 'a_genmean'),
          'a_amean',
        ),
      },
    ],
  };
}

const num = (x: number): number | null => (Number.isFinite(x) ? x : null);

export async function rateStudy(
  values: Record<string, unknown>,
  format: Format,
  warn: (s: string) => void,
): Promise<string> {
  const o = coinOptions(values);
  const study = await readStudy(values.idata, values.imeta);
  const r = coinRate(study.data, study.tree, o);
  const t = study.tree;
  const n = r.uCode.length;
  const aggregates: number[] = [];
  for (let i = t.nIndicators; i < t.codes.length; i++) aggregates.push(i);
  for (const i of r.issues) warn(`atlas rate: ${i.severity}: ${i.message}\n`);
  const units = r.uCode.map((uCode, u) => ({
    uCode,
    uName: r.uName[u],
    scores: Object.fromEntries(aggregates.map((a) => [t.codes[a], num(r.scores[a * n + u])])),
    ranks: Object.fromEntries(aggregates.map((a) => [t.codes[a], r.ranks[a][u]])),
  }));
  if (format === 'csv') {
    return toCsv(
      units.map((u) => ({
        uCode: u.uCode,
        uName: u.uName,
        ...u.scores,
        ...Object.fromEntries(Object.entries(u.ranks).map(([k, v]) => [`rank_${k}`, v])),
      })),
    );
  }
  return toJson({
    index: t.codes[t.top],
    units,
    cronbach: Object.fromEntries(Object.entries(r.cronbach).map(([k, v]) => [k, num(v)])),
  });
}
