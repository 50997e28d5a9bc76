/**
 * `atlas cluster --input FILE [--method ward|complete|average|single]
 * [--standardize z|none] [--k N]`: hierarchical clustering of the rows of a CSV (docs/methods.md
 * section 3), the tree in R's hclust form and the cut into k groups. With
 * `--geo BOUNDARIES.geojson --method schc|skater|maxp` the clustering is spatially
 * constrained (docs/methods.md section 8; issue 10): see spatialCluster.ts.
 */
import {
  clusterTree,
  type LinkageMethod,
  SPLIT_MIN_OBSERVATIONS,
  type WardHelper,
} from '../../core/index.ts';
import type { CliCommand } from '../command.ts';
import { DataError, UsageError } from '../errors.ts';
import { loadCliMessages } from '../messages.ts';
import { readInput } from '../readInput.ts';
import { toCsv, toJson } from '../output.ts';
import { SPATIAL_METHODS, SPATIAL_USAGE, runSpatialCluster } from './spatialCluster.ts';

const METHODS = ['ward', 'complete', 'average', 'single'];
const DEFAULT_K = 2;

const USAGE = `Usage: npm run -s atlas -- cluster --input FILE [--method ward|complete|average|single]
       [--standardize z|none] [--k N] [--format json|csv]
       npm run -s atlas -- cluster --project FILE.json [--format json|csv]

Clusters the rows of FILE (header row; first column the observation label, then numeric
columns; no missing values) on Euclidean distances, as R's hclust(dist(scale(X)), "ward.D2").
  --method       ward (default; R's ward.D2), complete, average or single linkage
  --standardize  z: z-scores with the sample SD, as R's scale() (default); none: as given
  --k            number of groups to cut the tree into (default ${DEFAULT_K})
JSON: {"labels", "merge", "height", "order", "cut"} with merge/height/order as R's hclust
(1-based) and cut the group (1..k, numbered as R's cutree) of each observation.
CSV: one row per observation: label, cluster. Warnings go to stderr.
Ward from 10,000 rows uses a second thread where there are two cores (the same tree;
ATLAS_THREADS=1 keeps it to one).
  --project     a project file saved from the dashboard: its clustering (variables,
                standardisation, linkage, k) on the table it ran on, as #/clustering showed it;
                JSON adds "codes" (the rows' keys, ISO codes for regions).
FILE is a CSV (UTF-8, UTF-16 or Windows-1251; ',' ';' or tab; decimal comma or point;
spaces between thousands) or an XLSX workbook (first sheet), read as the app's import reads it.
${SPATIAL_USAGE}`;

export const command: CliCommand = {
  name: 'cluster',
  summary: "hierarchical clustering (Ward as R's ward.D2, complete, average, single)",
  usage: USAGE,
  // A plain `--input` run prints no message unless the data has a problem (clusterOutput()).
  messagesOnDemand: true,
  options: {
    input: { type: 'string' },
    project: { type: 'string' },
    method: { type: 'string' },
    standardize: { type: 'string' },
    k: { type: 'string' },
    geo: { type: 'string' },
    weights: { type: 'string' },
    islands: { type: 'string' },
    floor: { type: 'string' },
    'floor-variable': { type: 'string' },
    seed: { type: 'string' },
  },
  async run({ values, positionals, format }) {
    if (positionals.length > 0) throw new UsageError(`unexpected argument '${positionals[0]}'.`);
    if (values.project !== undefined) {
      await loadCliMessages();
      return await runProject(values, format);
    }
    if (values.geo !== undefined || SPATIAL_METHODS.includes(String(values.method))) {
      await loadCliMessages();
      return runSpatialCluster(values, format);
    }
    const method = (values.method ?? 'ward') as string;
    if (!METHODS.includes(method)) {
      throw new UsageError(
        `--method must be one of ${METHODS.join(', ')} (or, with --geo, ${SPATIAL_METHODS.join(', ')}), not '${method}'.`,
      );
    }
    const standardise = (values.standardize ?? 'z') as string;
    if (standardise !== 'z' && standardise !== 'none') {
      throw new UsageError(`--standardize must be z or none, not '${standardise}'.`);
    }
    const kText = (values.k ?? String(DEFAULT_K)) as string;
    const k = Number(kText);
    if (!/^\d+$/.test(kText) || k < 1) {
      throw new UsageError(`--k must be a whole number of at least 1, not '${kText}'.`);
    }
    const input = (await readInput(values.input as string | undefined, { regions: false })).matrix;
    // A second thread for Ward's searches where the chain is long enough to pay for its start
    // (core/cluster/wardSplit.ts); loaded only then, since node:worker_threads alone costs
    // ~15 ms to load (issue 14).
    const helper =
      method === 'ward' && input.values.length >= SPLIT_MIN_OBSERVATIONS
        ? (await import('../helperThread.ts')).helperThread()
        : undefined;
    return clusterOutput(
      { values: input.values, names: input.rows, variables: input.columns },
      { standardise, linkage: method as LinkageMethod, k, helper },
      format,
    );
  },
};

/**
 * `cluster --project`: the dashboard's clustering of a saved study, built by the same job the
 * dashboard's worker runs (state/analysisCompute.ts clusterJob, then clusterAnalysis with the
 * same options), so the tree and the cut are the ones #/clustering showed.
 */
async function runProject(values: Record<string, unknown>, format: string): Promise<string> {
  const clash = ['input', 'method', 'standardize', 'k', 'geo'].filter(
    (f) => values[f] !== undefined,
  );
  if (clash.length > 0)
    throw new UsageError(
      `--project carries its own data and clustering: drop ${clash.map((f) => `--${f}`).join(', ')}.`,
    );
  // Loaded here, not at the top: a plain `cluster --input` run never needs the bundled
  // datasets or the dashboard's job (issue 14: start-up is most of a small run).
  const [{ loadProject, projectAnalysisTable }, { clusterJob }] = await Promise.all([
    import('../project.ts'),
    import('../../state/analysisCompute.ts'),
  ]);
  const p = loadProject(values.project as string);
  const { table } = projectAnalysisTable(p, 'clustering');
  const spec = p.spec.clustering;
  const { input, basis } = clusterJob(table, 'project', spec, 'en', null);
  const n = input.values.length;
  return await clusterOutput(
    { values: input.values, names: input.rows, variables: input.columns },
    {
      standardise: spec.standardise,
      linkage: spec.linkage,
      k: Math.min(Math.max(Math.round(spec.k), 1), Math.max(n, 1)),
    },
    format,
    { codes: basis.keys, variables: basis.variables },
  );
}

/**
 * clusterTree (clusterAnalysis's checks, standardisation, R's hclust + cutree, without the
 * schedule and sums of squares nobody prints here) of the rows, printed: JSON {labels, ...extra, merge,
 * height, order, cut}; CSV one row per observation (its code first when extra has codes).
 */
async function clusterOutput(
  data: { values: (number | null)[][]; names: string[]; variables: string[] },
  opts: { standardise: 'z' | 'none'; linkage: LinkageMethod; k: number; helper?: WardHelper },
  format: string,
  extra: { codes?: string[]; variables?: string[] } = {},
): Promise<string> {
  const result = clusterTree(data.values, {
    ...opts,
    observationNames: data.names,
    variableNames: data.variables,
  });
  // The dictionaries of messages are loaded only when there is something to say.
  if (!result.ok) {
    await loadCliMessages();
    const { issueReport } = await import('../../i18n/issueText.ts');
    throw new DataError(issueReport(result.issues, 'en').join('\n'));
  }
  if (result.warnings.length > 0) {
    await loadCliMessages();
    const { issueReport } = await import('../../i18n/issueText.ts');
    for (const line of issueReport(result.warnings, 'en')) process.stderr.write(`${line}\n`);
  }
  const { tree, labels } = result.value;
  if (format === 'csv') {
    return toCsv(
      data.names.map((label, i) => ({
        ...(extra.codes ? { code: extra.codes[i] } : {}),
        label,
        cluster: labels[i],
      })),
    );
  }
  return toJson({
    labels: data.names,
    ...extra,
    merge: tree.merge,
    height: tree.height,
    order: tree.order,
    cut: labels,
  });
}
