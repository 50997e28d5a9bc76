/**
 * `atlas io`: input-output multipliers of a national table, optionally regionalised for one
 * region with SLQ, CILQ or FLQ (core/io/regionalIo.ts, core/io/regionalise.ts). The table is
 * read by the app's own reader (data/readers/ioTable.ts).
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { CliCommand } from '../command.ts';
import { DataError, UsageError } from '../errors.ts';
import { readInput } from '../readInput.ts';
import { toCsv, toJson } from '../output.ts';
import {
  IoError,
  regionalIo,
  FLQ_DELTA_DEFAULT,
  type RegionaliseMethod,
} from '../../core/index.ts';
import { normaliseLabel, readIoTable } from '../../data/readers/ioTable.ts';
import { ioEmployment } from '../../data/ioEmployment.ts';
import { lookupRegion } from '../../data/regions/lookup.ts';

const USAGE = `Usage: npm run -s atlas -- io --input IO.csv [--regionalise slq|cilq|flq --delta D --employment FILE.csv --region CODE] [--format json|csv]

IO.csv (or .xlsx): the input-output table as the app reads it: row 1 an empty cell then the
industries; one row per industry with its intermediate sales to each industry (same order);
then the rows 'Total output', 'Value added', 'Household income' (ru/kk labels accepted).
--regionalise: scale the national coefficients for one region, a_ij min(Q_ij, 1), with
  slq (Q = SLQ_i), cilq (SLQ_i / SLQ_j, SLQ_i on the diagonal) or flq (Flegg & Webber 2000:
  lambda CILQ_ij, lambda = log2(1 + E_r / E_n)^delta).
--delta D: FLQ's delta, 0 <= D < 1 (default ${FLQ_DELTA_DEFAULT}).
--employment FILE.csv: regions x industries employment (region in the first column, the
  table's industries as columns); the nation is the sum of its regions.
--region CODE: the region's label in FILE.csv, or its ISO code or name.
JSON: {"industries", "lambda" (null unless flq), "coefficients" (n x n regional technical
coefficients, rows = selling industry), "multipliers": {"output", "valueAdded",
"householdIncome" (type I), "employment" (type I, with --employment), "employmentEffect"
(jobs per unit of final demand)}, "linkages": {"backward", "forward", "type"} (Rasmussen;
type key|backward|forward|weak), "slq", "issues"}. CSV: one row per industry.`;

function readTable(path: string): ReturnType<typeof readIoTable> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(readFileSync(path));
  } catch {
    throw new UsageError(`cannot read '${path}'.`);
  }
  return readIoTable(bytes, basename(path));
}

function sameRegion(label: string, code: string): boolean {
  if (label.trim() === code.trim() || normaliseLabel(label) === normaliseLabel(code)) return true;
  const a = lookupRegion(label).region;
  const b = lookupRegion(code).region;
  return a !== null && b !== null && a.id === b.id;
}

export const command: CliCommand = {
  name: 'io',
  summary: 'input-output multipliers, linkages, regionalised with SLQ, CILQ or FLQ',
  usage: USAGE,
  options: {
    input: { type: 'string' },
    regionalise: { type: 'string' },
    delta: { type: 'string' },
    employment: { type: 'string' },
    region: { type: 'string' },
  },
  async run({ values, positionals, format }) {
    if (positionals.length > 0) throw new UsageError(`unexpected argument '${positionals[0]}'.`);
    const input = values.input as string | undefined;
    if (!input) throw new UsageError('--input IO.csv is required.');
    const method = values.regionalise as string | undefined;
    if (method !== undefined && !['slq', 'cilq', 'flq'].includes(method))
      throw new UsageError(`--regionalise must be slq, cilq or flq, not '${method}'.`);
    if (!method && (values.employment || values.region || values.delta))
      throw new UsageError('--employment, --region and --delta need --regionalise.');
    if (method && (!values.employment || !values.region))
      throw new UsageError('--regionalise needs --employment FILE.csv and --region CODE.');
    let delta: number | undefined;
    if (values.delta !== undefined) {
      delta = Number(values.delta);
      if (!Number.isFinite(delta) || delta < 0 || delta >= 1)
        throw new UsageError(
          `--delta must be a number at least 0 and below 1, not '${values.delta}'.`,
        );
      if (method !== 'flq') throw new UsageError('--delta applies to --regionalise flq only.');
    }
    const read = await readTable(input);
    if (!read.ok) {
      const errors = read.issues.filter((i) => i.severity === 'error');
      throw new DataError(
        `${input}: ${errors.length} problem(s):\n  ${errors.map((i) => `${i.code}: ${i.message}`).join('\n  ')}`,
      );
    }
    const t = read.value;
    let regionalise: Parameters<typeof regionalIo>[0]['regionalise'];
    if (method) {
      const file = values.employment as string;
      const code = values.region as string;
      const { matrix } = await readInput(file, { regions: true });
      const hit = matrix.rows.flatMap((label, r) => (sameRegion(label, code) ? [r] : []));
      const e = ioEmployment(matrix, t.industries, hit.length === 1 ? hit[0] : -1);
      if (!e.ok)
        throw new DataError(
          `${file}: no column for ${e.absent.map((a) => `'${a}'`).join(', ')} of the input-output table (columns are matched by name).`,
        );
      if (hit.length !== 1)
        throw new DataError(
          hit.length === 0
            ? `${file}: no row for region '${code}'; the rows are ${matrix.rows.join(', ')}.`
            : `${file}: several rows match region '${code}' (rows ${hit.map((r) => r + 2).join(', ')}).`,
        );
      regionalise = {
        method: method as RegionaliseMethod,
        delta,
        regional: e.regional,
        national: e.national,
      };
    }
    let res: ReturnType<typeof regionalIo>;
    try {
      res = regionalIo({ ...t, regionalise });
    } catch (err) {
      if (err instanceof IoError)
        throw new DataError(err.issues.map((i) => `${i.code}: ${i.message}`).join('\n  '));
      throw err;
    }
    const mult = {
      output: res.multipliers.output,
      valueAdded: res.multipliers.valueAdded,
      householdIncome: res.multipliers.householdIncome,
      ...(res.multipliers.employment
        ? {
            employment: res.multipliers.employment,
            employmentEffect: res.multipliers.employmentEffect,
          }
        : {}),
    };
    if (format === 'csv') {
      return toCsv(
        res.industries.map((industry, j) => ({
          industry,
          output: mult.output[j],
          value_added: mult.valueAdded[j],
          household_income: mult.householdIncome[j],
          ...(mult.employment
            ? { employment: mult.employment[j], employment_effect: mult.employmentEffect![j] }
            : {}),
          backward: res.linkages.backward[j],
          forward: res.linkages.forward[j],
          type: res.linkages.type[j],
          slq: res.slq?.[j] ?? null,
          lambda: res.lambda,
        })),
      );
    }
    return toJson({
      industries: res.industries,
      lambda: res.lambda,
      coefficients: res.coefficients,
      multipliers: mult,
      linkages: res.linkages,
      slq: res.slq,
      method: res.method,
      issues: [...read.warnings, ...res.issues],
    });
  },
};
