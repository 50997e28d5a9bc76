/**
 * `atlas sensitivity`: Monte Carlo sensitivity of each region's rank and class to the
 * weights (core/sensitivity/sensitivity.ts), on a bundled dataset or a CSV.
 */
import type { CliCommand } from '../command.ts';
import { UsageError } from '../errors.ts';
import { toJson } from '../output.ts';
import { intervalRow, intervalsCsv } from '../rankIntervals.ts';
import { MAX_RUNS, sensitivity, defaultSpec, type SensitivitySpec } from '../../core/index.ts';
import { readRatingStudy } from './rate.ts';
import {
  SENSITIVITY_OPTIONS,
  SENSITIVITY_USAGE,
  sensitivityStudy,
} from '../coinr/sensitivityStudy.ts';

const USAGE = `Usage: npm run -s atlas -- sensitivity (--dataset ID | --input FILE) [--spec SPEC.json]
       [--runs N] [--noise X] [--seed S] [--mode uniform|simplex] [--format json|csv]

Samples the weights of the rating (both levels) N times and reports, per region, the rank with
the spec's weights ("nominal"), the median and the 5th/95th percentile rank over the runs (R
quantile type 7, so they may be fractional) and the share of runs in each class.
  --runs N        1 to ${MAX_RUNS} (default 1000)
  --noise X       uniform mode: each weight times (1 + U(-X, X)), X in [0, 1] (default 0.25)
  --seed S        whole number; the same seed gives the same result (default 1)
  --mode simplex  weights uniform on the simplex (Dirichlet(1,...,1)) within each level; ignores --noise
JSON: {"runs", "noise", "seed", "mode", "regions": [{"code", "name", "nominal", "median", "p05",
"p95", "classes": {"A++": 0, ...}}], "issues": [...]}; shares rounded to 6 decimals.
CSV: one row per region, the class shares as columns "p_<class>".
FILE is a CSV (UTF-8, UTF-16 or Windows-1251; ',' ';' or tab; decimal comma or point;
spaces between thousands) or an XLSX workbook (first sheet), read as the app's import reads it.

${SENSITIVITY_USAGE}`;

function numberOption(
  v: unknown,
  name: string,
  fallback: number,
  check: (x: number) => boolean,
  what: string,
): number {
  if (v === undefined) return fallback;
  const x = Number(v);
  if (typeof v !== 'string' || v.trim() === '' || !Number.isFinite(x) || !check(x)) {
    throw new UsageError(`--${name} must be ${what}, not '${String(v)}'.`);
  }
  return x;
}

export const command: CliCommand = {
  name: 'sensitivity',
  summary: 'Monte Carlo sensitivity of ranks and classes to the rating weights',
  usage: USAGE,
  options: {
    dataset: { type: 'string' },
    input: { type: 'string' },
    spec: { type: 'string' },
    project: { type: 'string' },
    runs: { type: 'string' },
    noise: { type: 'string' },
    seed: { type: 'string' },
    mode: { type: 'string' },
    ...SENSITIVITY_OPTIONS,
  },
  async run({ values, positionals, format }) {
    if (positionals.length > 0) throw new UsageError(`unexpected argument '${positionals[0]}'.`);
    // A COINr study (iData + iMeta): its own module (src/cli/coinr/).
    if (values.idata !== undefined || values.imeta !== undefined) {
      return sensitivityStudy(values, format, (s) => process.stderr.write(s));
    }
    const { spec, input, project } = await readRatingStudy(values);
    const d = project ? project.spec.sensitivity : defaultSpec().sensitivity;
    const mode = (values.mode ?? d.mode) as string;
    if (mode !== 'uniform' && mode !== 'simplex') {
      throw new UsageError(`--mode must be uniform or simplex, not '${mode}'.`);
    }
    const s: SensitivitySpec = {
      mode,
      runs: numberOption(
        values.runs,
        'runs',
        d.runs,
        (x) => Number.isInteger(x) && x >= 1 && x <= MAX_RUNS,
        `a whole number from 1 to ${MAX_RUNS}`,
      ),
      noise: numberOption(
        values.noise,
        'noise',
        d.noise,
        (x) => x >= 0 && x <= 1,
        'a number from 0 to 1',
      ),
      seed: numberOption(
        values.seed,
        'seed',
        d.seed,
        (x) => Number.isInteger(x) && x >= -(2 ** 31) && x < 2 ** 32,
        'a whole number',
      ),
    };
    const { matrix, codes, names } = input;
    const r = sensitivity(matrix, spec, s);
    const regions = r.units.map((u, i) => intervalRow({ code: codes[i], name: names[i] }, u));
    if (format === 'csv') return intervalsCsv(regions);
    return toJson({
      runs: r.runs,
      noise: r.noise,
      seed: r.seed,
      mode: r.mode,
      regions,
      issues: r.issues,
    });
  },
};
