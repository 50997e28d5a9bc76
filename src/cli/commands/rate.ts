/**
 * `atlas rate`: the innovation-development rating (seed 004 formulas 1-4, docs/methods.md
 * section 1) of a bundled dataset or of a CSV, with the paper's spec or one from a file.
 * Also exports the input helpers the `sensitivity` command shares.
 */
import { round6 } from '../rankIntervals.ts';
import { readFileSync } from 'node:fs';
import type { CliCommand } from '../command.ts';
import { DataError, UsageError } from '../errors.ts';
import { readInput } from '../readInput.ts';
import { toCsv, toJson } from '../output.ts';
import { loadProject, projectRatingInput, type LoadedProject } from '../project.ts';
import {
  rate,
  rowTreatmentCode,
  treatmentColumns,
  treeIndicators,
  type RatingMatrix,
  type Issue,
  defaultSpec,
  type RatingSpec,
  parseSpecJson,
  validateRatingSpec,
} from '../../core/index.ts';
import { DATASETS, getDataset } from '../../data/datasets/catalogue.ts';
import { lookupRegion } from '../../data/regions/lookup.ts';
import { regionByCode, type Scheme } from '../../data/regions/registry.ts';
import { ratingMatrix } from '../../data/tableMatrix.ts';
import { RATE_OPTIONS, RATE_USAGE, rateStudy } from '../coinr/rateStudy.ts';

/** Bundled datasets that are tables of regions: the ones a rating can run on. */
const RATEABLE = DATASETS.filter((d) => d.kind === 'table').map((d) => d.id);

/** Reads `--spec`: a whole AnalysisSpec, or a bare RatingSpec (an object with `groups`). */
export function readRatingSpec(path: string | undefined): RatingSpec {
  if (path === undefined) return defaultSpec().rating;
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new UsageError(`cannot read '${path}'.`);
  }
  // Only JSON.parse is caught (parseSpecJson below names where the syntax breaks); a fault in
  // the atlas's own validation is not swallowed (docs/architecture.md, "Errors").
  let x: unknown;
  try {
    x = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    x = undefined;
  }
  if (typeof x === 'object' && x !== null && 'groups' in x && !('version' in x)) {
    const bare = validateRatingSpec(x);
    if (bare.ok) return bare.value;
    throw specError(path, bare.issues);
  }
  const r = parseSpecJson(text);
  if (r.ok) return r.value.rating;
  throw specError(path, r.issues);
}

function specError(path: string, issues: Issue[]): UsageError {
  const errors = issues.filter((i) => i.severity === 'error');
  return new UsageError(
    `${path}: the spec has ${errors.length} problem(s):\n  ${errors.map((i) => i.message).join('\n  ')}`,
  );
}

export interface RatingInput {
  matrix: RatingMatrix;
  /** ISO code (dataset scheme, or resolved from a CSV label) and English name per unit. */
  codes: string[];
  names: string[];
}

function specIndicators(spec: RatingSpec): string[] {
  return treeIndicators(spec).map((i) => i.id);
}

function englishName(code: string): string {
  return regionByCode(code)?.names.en ?? code;
}

/** The matrix to rate from `--dataset ID` or `--input FILE`, checked for the spec's columns. */
export async function readRatingInput(
  values: Record<string, string | boolean | string[] | undefined>,
  spec: RatingSpec,
): Promise<RatingInput> {
  const dataset = values.dataset as string | undefined;
  const input = values.input as string | undefined;
  if ((dataset === undefined) === (input === undefined)) {
    throw new UsageError('give exactly one of --dataset ID or --input FILE.');
  }
  const wanted = specIndicators(spec);
  if (dataset !== undefined) {
    const ds = getDataset(dataset);
    if (!ds || ds.kind !== 'table') {
      throw new UsageError(`unknown dataset '${dataset}'. Tables: ${RATEABLE.join(', ')}.`);
    }
    const matrix = ratingMatrix(ds, spec);
    const missing = wanted.filter((id) => !matrix.columns.includes(id));
    if (missing.length > 0) {
      throw new DataError(
        `dataset '${dataset}' has no column(s) ${missing.join(', ')} that the spec rates.`,
      );
    }
    return { matrix, codes: matrix.rows, names: matrix.rows.map(englishName) };
  }
  const read = await readInput(input, { regions: true });
  const m = read.matrix;
  const missing = wanted.filter((id) => !m.columns.includes(id));
  if (missing.length > 0) {
    throw new DataError(
      `${input}: missing indicator column(s) ${missing.join(', ')}; the header has ${m.columns.join(', ')}.`,
    );
  }
  const codes = m.rows.map((label) => {
    const hit = lookupRegion(label, '2014').region ?? lookupRegion(label).region;
    if (!hit) return label;
    const scheme: Scheme = hit.code['2014'] ? '2014' : 'current';
    return hit.code[scheme] ?? label;
  });
  // Columns the treatment reads (denominators, groups) come from the same table: numbers, or
  // a text column's labels (unit groups).
  const extra = treatmentColumns(treeIndicators(spec), spec.treatment).filter(
    (c) => m.columns.includes(c) || read.texts?.[c] !== undefined,
  );
  const attributes =
    extra.length > 0
      ? Object.fromEntries(
          extra.map((c): [string, (number | string | null)[]] => {
            const j = m.columns.indexOf(c);
            return [c, j >= 0 ? m.values.map((row) => row[j] ?? null) : read.texts![c]];
          }),
        )
      : undefined;
  return {
    matrix: { ...m, ...(attributes ? { attributes } : {}) },
    codes,
    names: codes.map((c, i) => regionByCode(c)?.names.en ?? m.rows[i]),
  };
}

const USAGE = `Usage: npm run -s atlas -- rate (--dataset ID | --input FILE) [--spec SPEC.json] [--format json|csv]
       npm run -s atlas -- rate --project FILE.json [--format json|csv]

Rates regions by the innovation-development index of seed 004 (ratio to the leader, 1/3 per
indicator, 0.5/0.5 per sub-index, classes of Table 1), or by the rating in SPEC.json (a whole
analysis spec, or only its "rating" object).
  --dataset ID     innovation-2010 or innovation-2014 (bundled; columns S_D S_F S_E S_A S_B S_C)
  --input FILE     a table: header row, a region column (names or codes), one column per indicator id
  --spec SPEC      JSON spec; every problem is listed and the exit code is 2 if it is invalid
  --project FILE   a project file saved from the dashboard: its study (any version) on the data it
                   names (the bundled table of its year, or the user table it carries)
JSON: {"regions": [{"code", "name", <one key per sub-index id>, "index", "class", "rank"}],
"issues": [...]}; where the spec treats data (impute, outliers, denominator), each region also
has "treatment": its changed cells as indicator=code joined by "; " (codes: div:<column>,
imp:<rule>, win:high, win:low, log_ct, log, boxcox, steps joined by "+"), regions in input order, rank 1 = best (ties share the lowest rank), numbers
rounded to 6 decimals. code = ISO code of the 2014 scheme (a CSV label that does not resolve
stays as written). CSV: the same rows. Exit 1: data problems (e.g. missing indicator columns).
FILE is a CSV (UTF-8, UTF-16 or Windows-1251; ',' ';' or tab; decimal comma or point;
spaces between thousands) or an XLSX workbook (first sheet), read as the app's import reads it.

${RATE_USAGE}`;

/**
 * The rating a command runs (rate, sensitivity): a project saved from the dashboard, with its
 * study and the data it names (src/cli/project.ts), or --dataset/--input with --spec.
 */
export async function readRatingStudy(
  values: Record<string, string | boolean | string[] | undefined>,
): Promise<{ spec: RatingSpec; input: RatingInput; project: LoadedProject | null }> {
  if (values.project === undefined) {
    const spec = readRatingSpec(values.spec as string | undefined);
    return { spec, input: await readRatingInput(values, spec), project: null };
  }
  if (values.dataset !== undefined || values.input !== undefined || values.spec !== undefined)
    throw new UsageError(
      '--project carries its own data and spec: drop --dataset, --input and --spec.',
    );
  const project = loadProject(values.project as string);
  return { spec: project.spec.rating, input: projectRatingInput(project), project };
}

export const command: CliCommand = {
  name: 'rate',
  summary: 'innovation-development rating (seed 004): sub-indices, index, class, rank',
  usage: USAGE,
  options: {
    dataset: { type: 'string' },
    input: { type: 'string' },
    spec: { type: 'string' },
    project: { type: 'string' },
    ...RATE_OPTIONS,
  },
  async run({ values, positionals, format }) {
    if (positionals.length > 0) throw new UsageError(`unexpected argument '${positionals[0]}'.`);
    // A COINr study (iData + iMeta): its own module (src/cli/coinr/).
    if (values.idata !== undefined || values.imeta !== undefined) {
      return rateStudy(values, format, (s) => process.stderr.write(s));
    }
    const { spec, input } = await readRatingStudy(values);
    const { matrix, codes, names } = input;
    const r = rate(matrix, spec);
    const regions = r.units.map((_, u) => {
      const row: Record<string, string | number> = { code: codes[u], name: names[u] };
      for (const g of r.groups) row[g.id] = round6(g.values[u]);
      row.index = round6(r.index[u]);
      row.class = r.classes[u];
      row.rank = r.rank[u];
      // Where the spec treats data: which cells were changed (core/composite/treatRating.ts).
      if (r.treatment) row.treatment = rowTreatmentCode(r.indicators, r.treatment.cells[u]);
      return row;
    });
    if (format === 'csv') return toCsv(regions);
    return toJson({ regions, issues: r.issues });
  },
};
