/**
 * `atlas sensitivity --idata iData.csv --imeta iMeta.csv --vary weights,normalise,aggregate,impute
 * --runs N --seed S`: uncertainty and Sobol sensitivity of a COINr study's ranks
 * (core/coin/coinSensitivity.ts).
 */
import { coinSensitivity, UNCERTAIN_INPUTS, type UncertainInput } from '../../core/index.ts';
import { toJson, type Format } from '../output.ts';
import { intervalRow, intervalsCsv, round6 } from '../rankIntervals.ts';
import { UsageError } from '../errors.ts';
import { readStudy } from './readStudy.ts';
import { RATE_OPTIONS, coinOptions } from './rateStudy.ts';

export const SENSITIVITY_OPTIONS = { ...RATE_OPTIONS, vary: { type: 'string' } } as const;

export const SENSITIVITY_USAGE = `       npm run -s atlas -- sensitivity --idata iData.csv --imeta iMeta.csv
           [--vary weights,normalise,aggregate,impute,treat,exclude] [--runs N] [--seed S]
           [--impute ..] [--normalise ..] [--range LO,HI] [--aggregate ..] [--format json|csv]

COINr study: each input in --vary (default weights,normalise,aggregate,impute) is one uncertain
choice: weights x (1 + U(-0.25, 0.25)); normalisation nominal / n_minx 1-100 / n_rank 1-100 /
n_zscore (mean 10, SD 2); aggregation a_amean / a_gmean / a_hmean; imputation none / i_mean /
i_median; treatment none / COINr's default; exclude none or one indicator. N = --runs base
samples (default 1000), N (d + 2) index runs (Saltelli design).
JSON: {"inputs", "runs", "evaluations", "seed", "index", "units": [{"uCode", "uName", "nominal",
"median", "p05", "p95", "classes": {"Q1".."Q5"}}], "sobol": [{"input", "first", "firstCI",
"total", "totalCI"}], "leaveOneOut": [{"iCode", "meanShift", "maxShift"}]}: rank intervals and
class shares (rank quintiles, Q1 = top fifth) over the 2N independent runs; Sobol first-order
(Saltelli 2010) and total (Jansen) indices of the mean absolute rank shift with 95% bootstrap
intervals. CSV: the units.`;

function integer(v: unknown, name: string, fallback: number, lo: number, hi: number): number {
  if (v === undefined) return fallback;
  const x = Number(v);
  if (typeof v !== 'string' || v.trim() === '' || !Number.isInteger(x) || x < lo || x > hi) {
    throw new UsageError(
      `--${name} must be a whole number from ${lo} to ${hi}, not '${String(v)}'.`,
    );
  }
  return x;
}

export async function sensitivityStudy(
  values: Record<string, unknown>,
  format: Format,
  warn: (s: string) => void,
): Promise<string> {
  const o = coinOptions(values);
  const vary = String(values.vary ?? 'weights,normalise,aggregate,impute')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const unknown = vary.filter((v) => !(UNCERTAIN_INPUTS as readonly string[]).includes(v));
  if (unknown.length > 0 || vary.length === 0) {
    throw new UsageError(
      `--vary takes a comma-separated list of ${UNCERTAIN_INPUTS.join(', ')}; not '${unknown.join(',') || String(values.vary)}'.`,
    );
  }
  const runs = integer(values.runs, 'runs', 1000, 1, 100000);
  const seed = integer(values.seed, 'seed', 1, -(2 ** 31), 2 ** 32 - 1);
  const study = await readStudy(values.idata, values.imeta);
  const r = coinSensitivity(study.data, study.tree, o, {
    vary: vary as UncertainInput[],
    runs,
    seed,
  });
  for (const i of r.issues) warn(`atlas sensitivity: ${i.severity}: ${i.message}\n`);
  const units = r.units.map((u) => intervalRow({ uCode: u.uCode, uName: u.uName }, u));
  if (format === 'csv') return intervalsCsv(units);
  return toJson({
    inputs: r.inputs,
    runs: r.runs,
    evaluations: r.evaluations,
    seed: r.seed,
    index: study.tree.codes[study.tree.top],
    units,
    sobol: r.sobol.map((s) => ({
      input: s.input,
      first: round6(s.first),
      firstCI: s.firstCI.map(round6),
      total: round6(s.total),
      totalCI: s.totalCI.map(round6),
    })),
    leaveOneOut: r.leaveOneOut.map((l) => ({
      iCode: l.iCode,
      meanShift: round6(l.meanShift),
      maxShift: l.maxShift,
    })),
  });
}
