/**
 * `atlas spatial --input FILE.csv --geo BOUNDARIES.geojson --variable COLUMN ...`: spatial
 * weights, global and local Moran's I and Getis-Ord Gi* of one column (docs/methods.md section 8;
 * issue 10's command-line contract).
 */
import {
  buildWeights,
  parseWeightsKind,
  spatialAnalysis,
  weightsKindLabel,
  type IslandPolicy,
  type PAdjustMethod,
  DEFAULT_SNAP,
} from '../../core/index.ts';
import type { CliCommand } from '../command.ts';
import { DataError, UsageError } from '../errors.ts';
import { toCsv, toJson } from '../output.ts';
import { readSpatialInput } from '../spatialInput.ts';

const USAGE = `Usage: npm run -s atlas -- spatial --input FILE.csv --geo BOUNDARIES.geojson --variable COLUMN
       [--weights queen|rook|knn:K|distance:KM] [--permutations N] [--seed S] [--style binary]
       [--islands drop|nearest] [--adjust none|fdr|bonferroni] [--tolerance DEG] [--format json|csv]

Spatial autocorrelation of COLUMN over the units of FILE.csv (first column the unit, joined to
the features of BOUNDARIES (GeoJSON or TopoJSON) by feature id, then by a 'code' or 'name'
property, then by region name).
  --weights      queen (default) or rook contiguity (shared boundary points within
                 --tolerance degrees, default ${DEFAULT_SNAP.toPrecision(3)} as spdep's poly2nb), k nearest
                 neighbours on centroids (knn:6), or every unit within KM km (distance:300);
                 great-circle distances on the WGS-84 ellipsoid
  --style        binary: weights 1; default row-standardised (each row sums to 1)
  --islands      units with no neighbour: drop (default, listed in "islands") or nearest
                 (joined to the nearest unit)
  --permutations conditional permutations for the pseudo p-values (default 999)
  --seed         seed of the permutations (default 1)
  --adjust       multiple testing for "significant" (p <= 0.05): none (default), fdr
                 (Benjamini-Hochberg) or bonferroni
JSON: {"weights": {"kind", "neighbours", "islands"}, "moran": {"I", "expected",
"variance_normal", "variance_randomisation", "z", "p", "p_permutation"}, "local": [{"id", "Ii",
"expected", "variance", "z", "p_permutation", "quadrant", "significant"}], "getis_ord": [{"id", "z"}]}
(z and p under randomisation, one-sided "greater"; local moments as spdep's localmoran()).
CSV: one row per unit with the value, its spatial lag, the local statistics and Gi* z.`;

export const command: CliCommand = {
  name: 'spatial',
  summary: "spatial weights, Moran's I, local Moran (LISA) and Getis-Ord Gi* of a column",
  usage: USAGE,
  options: {
    input: { type: 'string' },
    geo: { type: 'string' },
    variable: { type: 'string' },
    weights: { type: 'string' },
    permutations: { type: 'string' },
    seed: { type: 'string' },
    style: { type: 'string' },
    islands: { type: 'string' },
    adjust: { type: 'string' },
    tolerance: { type: 'string' },
  },
  async run({ values, positionals, format }) {
    if (positionals.length > 0) throw new UsageError(`unexpected argument '${positionals[0]}'.`);
    const variable = values.variable as string | undefined;
    if (!variable) throw new UsageError('--variable COLUMN is required.');
    const tolText = (values.tolerance ?? String(DEFAULT_SNAP)) as string;
    const tolerance = Number(tolText);
    if (!Number.isFinite(tolerance) || tolerance < 0)
      throw new UsageError(`--tolerance must be a number of degrees >= 0, not '${tolText}'.`);
    const weightsText = (values.weights ?? 'queen') as string;
    const kind = parseWeightsKind(weightsText, tolerance);
    if (!kind)
      throw new UsageError(
        `--weights must be queen, rook, knn:K or distance:KM, not '${weightsText}'.`,
      );
    const permText = (values.permutations ?? '999') as string;
    const permutations = Number(permText);
    if (!/^\d+$/.test(permText) || permutations < 1 || permutations > 99999)
      throw new UsageError(
        `--permutations must be a whole number from 1 to 99999, not '${permText}'.`,
      );
    const seedText = (values.seed ?? '1') as string;
    if (!/^-?\d+$/.test(seedText))
      throw new UsageError(`--seed must be a whole number, not '${seedText}'.`);
    const style = values.style === undefined ? 'W' : values.style === 'binary' ? 'B' : null;
    if (!style)
      throw new UsageError(`--style must be binary (or left out), not '${String(values.style)}'.`);
    const islands = (values.islands ?? 'drop') as string;
    if (islands !== 'drop' && islands !== 'nearest')
      throw new UsageError(`--islands must be drop or nearest, not '${islands}'.`);
    const adjust = (values.adjust ?? 'none') as string;
    if (!['none', 'fdr', 'bonferroni'].includes(adjust))
      throw new UsageError(`--adjust must be none, fdr or bonferroni, not '${adjust}'.`);

    const { input, units, rows, unusedFeatures, sheetRows } = await readSpatialInput(
      values.input as string | undefined,
      values.geo as string | undefined,
    );
    const col = input.columns.indexOf(variable);
    if (col < 0)
      throw new DataError(
        `${String(values.input)}: no column '${variable}'; the columns are ${input.columns.join(', ')}.`,
      );
    const missing = rows.filter((r) => input.values[r][col] === null).map((r) => sheetRows[r]);
    if (missing.length)
      throw new DataError(
        `${String(values.input)}: column '${variable}' has no value in row(s) ${missing.join(', ')}; fill them in or leave those units out.`,
      );
    if (kind.type === 'knn' && kind.k >= units.length)
      throw new UsageError(
        `--weights knn:${kind.k} needs more than ${kind.k} units; there are ${units.length}.`,
      );
    if (unusedFeatures.length)
      process.stderr.write(
        `warning: ${unusedFeatures.length} feature(s) have no row in the input and are left out: ${unusedFeatures.slice(0, 10).join(', ')}${unusedFeatures.length > 10 ? ', ...' : ''}\n`,
      );
    const built = buildWeights(units, { kind, style, islands: islands as IslandPolicy });
    if (built.islands.length)
      process.stderr.write(
        `warning: no neighbour for ${built.islands.join(', ')}: ${islands === 'drop' ? 'left out' : 'joined to the nearest unit'}\n`,
      );
    const x = built.kept.map((t) => input.values[rows[t]][col] as number);
    const w = built.weights;
    const result = spatialAnalysis(w, x, {
      permutations,
      seed: Number(seedText),
      adjust: adjust as PAdjustMethod,
    });
    if (!result.ok) throw new DataError(result.issues.map((i) => i.message).join('\n'));
    const a = result.value;
    if (format === 'csv') {
      return toCsv(
        a.local.map((r, i) => ({
          id: r.id,
          value: r.value,
          lag: r.lag,
          neighbours: r.neighbours,
          Ii: r.Ii,
          expected: r.expected,
          variance: r.variance,
          z: r.z,
          p_permutation: r.p_permutation,
          p_adjusted: r.p_adjusted,
          quadrant: r.quadrant,
          significant: r.significant,
          getis_ord_z: a.getisOrd[i].z,
        })),
      );
    }
    const neighbours: Record<string, string[]> = {};
    w.ids.forEach((id, i) => {
      neighbours[id] = w.neighbours[i].map((j) => w.ids[j]);
    });
    return toJson({
      weights: { kind: weightsKindLabel(w.kind), neighbours, islands: built.islands },
      moran: {
        I: a.moran.I,
        expected: a.moran.expected,
        variance_normal: a.moran.varianceNormal,
        variance_randomisation: a.moran.varianceRandomisation,
        z: a.moran.z,
        p: a.moran.p,
        p_permutation: a.moran.p_permutation,
      },
      local: a.local.map((r) => ({
        id: r.id,
        Ii: r.Ii,
        expected: r.expected,
        variance: r.variance,
        z: r.z,
        p_permutation: r.p_permutation,
        quadrant: r.quadrant,
        significant: r.significant,
      })),
      getis_ord: a.getisOrd,
    });
  },
};
