/**
 * `atlas factors --input FILE [--factors N] [--rotation varimax|none]
 * [--convention r|spss]`: principal-component factor analysis of the columns of a CSV
 * (docs/methods.md section 4; seed 002 Table 2's method), with varimax rotation.
 */
import { FactorError, factorAnalysis } from '../../core/index.ts';
import type { CliCommand } from '../command.ts';
import { DataError, UsageError } from '../errors.ts';
import { readInput, type Input } from '../readInput.ts';
import { loadProject, projectAnalysisTable } from '../project.ts';
import { factorsJob } from '../../state/analysisCompute.ts';
import { runTask } from '../../worker/tasks.ts';
import { matrixToCsv, toJson } from '../output.ts';

const USAGE = `Usage: npm run -s atlas -- factors --input FILE [--factors N] [--rotation varimax|none]
       [--convention r|spss] [--format json|csv]
       npm run -s atlas -- factors --project FILE.json [--format json|csv]

Principal components of the correlation matrix of FILE's numeric columns (header row;
first column the observation label; rows = observations; no missing values), loadings =
eigenvector x sqrt(eigenvalue), varimax with Kaiser normalisation.
  --factors     number of components to keep, 1..number of variables (default: Kaiser's
                rule, eigenvalue > 1)
  --rotation    varimax (default) or none
  --convention  r: R's stats::varimax algorithm (default); spss: SPSS FACTOR's pairwise
                rotations (RCONVERGE 0.0001, ITERATE 25)
Components are ordered by variance after rotation and each column's largest-magnitude
loading is made positive (the "convention" field says so).
JSON: {"variables", "eigenvalues" (all, descending), "explained" (%), "cumulative" (%),
"nfactors", "loadings" (variables x factors, unrotated), "rotated" (or null),
"rotatedExplained", "communalities", "iterations", "convention"}.
CSV: the loadings table: variable, PC1..PCk (unrotated), RC1..RCk (rotated), communality.
Warnings go to stderr.
  --project     a project file saved from the dashboard: its factor analysis (variables,
                number of factors, rotation, convention) on the table it ran on, as #/factors
                showed it.
FILE is a CSV (UTF-8, UTF-16 or Windows-1251; ',' ';' or tab; decimal comma or point;
spaces between thousands) or an XLSX workbook (first sheet), read as the app's import reads it.`;

function describeIssue(e: FactorError, input: Input): string {
  const { rows, columns } = input.matrix;
  return e.issues
    .slice(0, 20)
    .map((i) => {
      const w = i.where;
      if (w?.row !== undefined && w.column !== undefined) {
        const j = columns.indexOf(w.column);
        return `${i.code}: row ${input.sheetRows[w.row - 1]} (${rows[w.row - 1]}), column ${input.sheetColumns[j]} (${w.column}): missing`;
      }
      return `${i.code}: ${i.message}`;
    })
    .concat(e.issues.length > 20 ? [`... and ${e.issues.length - 20} more`] : [])
    .join('\n');
}

export const command: CliCommand = {
  name: 'factors',
  summary: 'principal-component factor analysis with varimax (R or SPSS convention)',
  usage: USAGE,
  options: {
    input: { type: 'string' },
    project: { type: 'string' },
    factors: { type: 'string' },
    rotation: { type: 'string' },
    convention: { type: 'string' },
  },
  async run({ values, positionals, format }) {
    if (positionals.length > 0) throw new UsageError(`unexpected argument '${positionals[0]}'.`);
    const rotation = (values.rotation ?? 'varimax') as string;
    if (rotation !== 'varimax' && rotation !== 'none') {
      throw new UsageError(`--rotation must be varimax or none, not '${rotation}'.`);
    }
    const convention = (values.convention ?? 'r') as string;
    if (convention !== 'r' && convention !== 'spss') {
      throw new UsageError(`--convention must be r or spss, not '${convention}'.`);
    }
    let nfactors: number | null = null;
    if (values.factors !== undefined) {
      const t = values.factors as string;
      if (!/^\d+$/.test(t) || Number(t) < 1) {
        throw new UsageError(`--factors must be a whole number of at least 1, not '${t}'.`);
      }
      nfactors = Number(t);
    }
    let res;
    if (values.project !== undefined) {
      const clash = ['input', 'factors', 'rotation', 'convention'].filter(
        (f) => values[f] !== undefined,
      );
      if (clash.length > 0)
        throw new UsageError(
          `--project carries its own data and method: drop ${clash.map((f) => `--${f}`).join(', ')}.`,
        );
      res = projectFactors(values.project as string);
    } else {
      const input = await readInput(values.input as string | undefined, { regions: false });
      const m = input.matrix;
      try {
        res = factorAnalysis(m.values, { nfactors, rotation, convention }, m.columns);
      } catch (e) {
        if (e instanceof FactorError) {
          if (e.code === 'nfactors-out-of-range') throw new UsageError(e.message);
          throw new DataError(describeIssue(e, input));
        }
        throw e;
      }
    }
    for (const w of res.issues) process.stderr.write(`warning ${w.code}: ${w.message}\n`);
    if (format === 'csv') {
      const k = res.nfactors;
      const cols = [
        ...Array.from({ length: k }, (_, m) => `PC${m + 1}`),
        ...(res.rotated ? Array.from({ length: k }, (_, m) => `RC${m + 1}`) : []),
        'communality',
      ];
      const rows = res.variables.map((_, j) => [
        ...res.loadings[j],
        ...(res.rotated ? res.rotated[j] : []),
        res.communalities[j],
      ]);
      return matrixToCsv(res.variables, cols, rows, 'variable');
    }
    return toJson({
      variables: res.variables,
      eigenvalues: res.eigenvalues,
      explained: res.explained,
      cumulative: res.cumulative,
      nfactors: res.nfactors,
      loadings: res.loadings,
      rotated: res.rotated,
      rotatedExplained: res.rotatedExplained,
      communalities: res.communalities,
      iterations: res.iterations,
      convention: res.convention,
    });
  },
};

/**
 * `factors --project`: the dashboard's factor analysis of a saved study, from the same job and
 * the same task the dashboard's worker runs (state/analysisCompute.ts factorsJob,
 * worker/tasks.ts), so the loadings are the ones #/factors showed.
 */
function projectFactors(path: string) {
  const p = loadProject(path);
  const { table, dataName } = projectAnalysisTable(p, 'factors');
  const { input } = factorsJob(table, 'project', p.spec.factors, 'en');
  const out = runTask('factors', input);
  if (!out.result)
    throw new DataError(
      `${dataName}: ${out.issues.map((i) => `${i.code}: ${i.message}`).join('\n')}`,
    );
  return out.result;
}
