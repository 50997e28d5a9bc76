/**
 * `atlas specialise`: specialisation measures of a regions x industries matrix of employment
 * or output (core/specialisation/, docs/methods.md section 2).
 */
import type { CliCommand } from '../command.ts';
import { UsageError } from '../errors.ts';
import { readInput } from '../readInput.ts';
import { loadProject, projectAnalysisTable } from '../project.ts';
import { matrixFromTable } from '../../state/analysisCompute.ts';
import { toCsv, toJson } from '../output.ts';
import { specialisation, clusterStrength, type LabelledMatrix } from '../../core/index.ts';

const USAGE = `Usage: npm run -s atlas -- specialise --input FILE [--format json|csv]
       npm run -s atlas -- specialise --project FILE.json [--format json|csv]

FILE: header row, region in the first column, one column per industry, employment or
output in each cell (empty or '-' = missing, counted as 0 with a warning).
JSON: {"regions", "industries", "lq" (regions x industries, row arrays), "ksi" (Krugman index
against the country, per region), "ksi_rest" (against the rest of the country), "share"
(E_ir / E_i, regions x industries), "hoover" and "gini" (concentration per industry),
"issues"}. Undefined ratios (a region or industry with total 0) are null. Numbers at full
precision. CSV, long format: region, industry, value, lq, share, ksi, ksi_rest (one row per
region and industry).
FILE is a CSV (UTF-8, UTF-16 or Windows-1251; ',' ';' or tab; decimal comma or point;
spaces between thousands) or an XLSX workbook (first sheet), read as the app's import reads it.
Cluster strength (issue 12), in JSON: "strong" (regions x industries, true when the U.S.
Cluster Mapping rule holds: LQ at or above the 75th percentile of the industry's LQs across
regions, employment above the 25th percentile, LQ >= 1), "stars" (regions x industries, 0-3
European Cluster Observatory stars: size = top 10% of regions for the industry, specialisation
= LQ >= 2, focus = top 10% of all shares of a region's employment), "star_size",
"star_specialisation", "star_focus" (the three tests), and "cluster_thresholds" (the
thresholds used, per industry). In CSV: columns strong and stars.
--project FILE.json: a project file saved from the dashboard; the imported table its study's
specialisation ran on (#/specialisation), read into a matrix as the dashboard reads it.`;

export const command: CliCommand = {
  name: 'specialise',
  summary: 'location quotients, Krugman specialisation index, regional shares, concentration',
  usage: USAGE,
  options: { input: { type: 'string' }, project: { type: 'string' } },
  async run({ values, positionals, format }) {
    if (positionals.length > 0) throw new UsageError(`unexpected argument '${positionals[0]}'.`);
    if (values.project !== undefined && values.input !== undefined)
      throw new UsageError('--project carries its own data: drop --input.');
    const m =
      values.project !== undefined
        ? projectMatrix(values.project as string)
        : (await readInput(values.input as string | undefined, { regions: true })).matrix;
    const s = specialisation(m);
    const c = clusterStrength(m);
    if (format === 'csv') {
      return toCsv(
        s.regions.flatMap((region, r) =>
          s.industries.map((industry, i) => ({
            region,
            industry,
            value: m.values[r][i],
            lq: s.lq[r][i],
            share: s.share[r][i],
            ksi: s.ksi[r],
            ksi_rest: s.ksiRest[r],
            strong: c.strong.strong[r][i],
            stars: c.stars.stars[r][i],
          })),
        ),
      );
    }
    return toJson({
      regions: s.regions,
      industries: s.industries,
      lq: s.lq,
      ksi: s.ksi,
      ksi_rest: s.ksiRest,
      share: s.share,
      hoover: s.hoover,
      gini: s.gini,
      strong: c.strong.strong,
      stars: c.stars.stars,
      star_size: c.stars.size,
      star_specialisation: c.stars.specialisation,
      star_focus: c.stars.focus,
      cluster_thresholds: {
        strong: {
          ...c.strong.options,
          lq: c.strong.lqThreshold,
          size: c.strong.sizeThreshold,
        },
        stars: {
          ...c.stars.options,
          size: c.stars.sizeThreshold,
          focus: c.stars.focusThreshold,
        },
      },
      issues: s.issues,
    });
  },
};

/** The matrix of the table a saved study's specialisation ran on, as the dashboard builds it. */
function projectMatrix(path: string): LabelledMatrix {
  const p = loadProject(path);
  const { table, dataName } = projectAnalysisTable(p, 'specialisation');
  const { rows, columns, values } = matrixFromTable(table, dataName);
  return { rows, columns, values };
}
