/**
 * `atlas cluster --input FILE.csv --geo BOUNDARIES.geojson --method schc|skater|maxp [--k K]
 * [--standardize z|none]`: spatially constrained clustering (issue 10). Prints the cluster
 * JSON of the plain command: SCHC with its tree (merge, height, order in merge order; heights
 * need not increase under the constraint), SKATER and max-p with null tree fields; `cut` is
 * the group (1-based, numbered by first appearance) of each input row in input order. Rows
 * left out as islands get null.
 */
import { buildWeights, parseWeightsKind, spatialClusterAnalysis } from '../../core/index.ts';
import { REGION_GROUPS } from '../../data/datasets/regionGroupsPublished.ts';
import { DataError, UsageError } from '../errors.ts';
import type { Format } from '../output.ts';
import { toCsv, toJson } from '../output.ts';
import { readSpatialInput } from '../spatialInput.ts';

export const SPATIAL_METHODS = ['schc', 'skater', 'maxp'];

export const SPATIAL_USAGE = `Spatially constrained (with --geo BOUNDARIES.geojson, joined as in 'atlas spatial'):
  --method schc    Ward's criterion, only neighbouring clusters merge (scikit-learn's
                   AgglomerativeClustering(linkage="ward", connectivity=...))
  --method skater  minimum spanning tree of the neighbour graph cut into k trees (spdep's skater)
  --method maxp    max-p regions: as many as possible, each with --floor-variable summing to at
                   least --floor (seeded heuristic, --seed S; --k is ignored)
  --weights queen|rook|knn:K (default queen), --islands drop|nearest (default nearest)
JSON adds "ari_ward" (adjusted Rand index against unconstrained Ward with the same k) and,
when the units are the 16 regions of 2014, "ari_published" (against seed 003's 8 groups).`;

export async function runSpatialCluster(
  values: Record<string, string | boolean | string[] | undefined>,
  format: Format,
): Promise<string> {
  const method = String(values.method ?? 'schc');
  if (!SPATIAL_METHODS.includes(method))
    throw new UsageError(
      `--method must be one of ${SPATIAL_METHODS.join(', ')} with --geo, not '${method}'.`,
    );
  if (values.geo === undefined)
    throw new UsageError(`--method ${method} needs --geo BOUNDARIES.geojson.`);
  const standardise = (values.standardize ?? 'z') as string;
  if (standardise !== 'z' && standardise !== 'none')
    throw new UsageError(`--standardize must be z or none, not '${standardise}'.`);
  const kText = (values.k ?? '2') as string;
  const k = Number(kText);
  if (!/^\d+$/.test(kText) || k < 1)
    throw new UsageError(`--k must be a whole number of at least 1, not '${kText}'.`);
  const weightsText = (values.weights ?? 'queen') as string;
  const kind = parseWeightsKind(weightsText);
  if (!kind || kind.type === 'distance')
    throw new UsageError(`--weights must be queen, rook or knn:K, not '${weightsText}'.`);
  const islands = (values.islands ?? 'nearest') as string;
  if (islands !== 'drop' && islands !== 'nearest')
    throw new UsageError(`--islands must be drop or nearest, not '${islands}'.`);
  const seedText = (values.seed ?? '1') as string;
  if (!/^-?\d+$/.test(seedText))
    throw new UsageError(`--seed must be a whole number, not '${seedText}'.`);

  const { input, units, rows } = await readSpatialInput(
    values.input as string | undefined,
    values.geo as string | undefined,
  );
  let floor: { values: number[]; min: number } | undefined;
  let dataCols = input.columns.map((_, j) => j);
  if (method === 'maxp' || values['floor-variable'] !== undefined) {
    const fv = values['floor-variable'] as string | undefined;
    const fText = values.floor as string | undefined;
    if (!fv || fText === undefined)
      throw new UsageError('max-p needs --floor-variable COLUMN and --floor NUMBER.');
    const fc = input.columns.indexOf(fv);
    if (fc < 0) throw new DataError(`${String(values.input)}: no column '${fv}'.`);
    const min = Number(fText);
    if (!Number.isFinite(min) || min <= 0)
      throw new UsageError(`--floor must be a positive number, not '${fText}'.`);
    floor = { values: rows.map((r) => input.values[r][fc] ?? 0), min };
    dataCols = dataCols.filter((j) => j !== fc);
  }
  const built = buildWeights(units, { kind, style: 'B', islands: islands as 'drop' | 'nearest' });
  if (built.islands.length)
    process.stderr.write(
      `warning: no neighbour for ${built.islands.join(', ')}: ${islands === 'drop' ? 'left out' : 'joined to the nearest unit'}\n`,
    );
  const keptRows = built.kept.map((t) => rows[t]);
  const data = keptRows.map((r) => dataCols.map((j) => input.values[r][j]));
  const labels = keptRows.map((r) => input.rows[r]);
  // Seed 003's grouping, when every unit is one of the 16 regions it groups.
  const groupOf = new Map<string, number>();
  for (const g of REGION_GROUPS) for (const m of g.members) groupOf.set(m, g.id);
  const reference = labels.every((l) => groupOf.has(l))
    ? labels.map((l) => groupOf.get(l) as number)
    : undefined;
  const result = spatialClusterAnalysis(data, built.weights.neighbours, {
    method: method as 'schc' | 'skater' | 'maxp',
    k,
    standardise,
    floor: floor && { values: built.kept.map((t) => floor.values[t]), min: floor.min },
    seed: Number(seedText),
    reference: reference && reference.length === 16 ? reference : undefined,
    observationNames: labels,
    variableNames: dataCols.map((j) => input.columns[j]),
  });
  if (!result.ok)
    throw new DataError(result.issues.map((i) => `${i.code}: ${i.message}`).join('\n'));
  for (const w of result.warnings) process.stderr.write(`warning ${w.code}: ${w.message}\n`);
  const a = result.value;
  const cut: (number | null)[] = input.rows.map(() => null);
  keptRows.forEach((r, t) => {
    cut[r] = a.labels[t];
  });
  if (format === 'csv') {
    return toCsv(input.rows.map((label, i) => ({ label, cluster: cut[i] })));
  }
  return toJson({
    labels: input.rows,
    method,
    merge: a.tree ? a.tree.merge : null,
    height: a.tree ? a.tree.height : null,
    order: a.tree ? a.tree.order : null,
    tree_labels: a.tree ? labels : null,
    cut,
    k: a.k,
    ari_ward: a.ariWard,
    ari_published: a.ariReference,
  });
}
