/**
 * `--project FILE.json`: a project file saved from the dashboard (state/persistence/
 * projectFile.ts), read by the same code the app reads it with (every version, migrated), and
 * the data its study names: the bundled table of its year, or the user table it carries,
 * found by the SHA-256 the study names it by. The matrix is built by the same converter the
 * dashboard's compute uses (data/tableMatrix.ts), so `rate`, `sensitivity` and the other
 * commands compute exactly what the dashboard showed. One module for every command.
 */
import { readFileSync } from 'node:fs';
import { treeIndicators, type AnalysisSpec, type FileRef } from '../core/index.ts';
import { getDataset } from '../data/datasets/catalogue.ts';
import { regionByCode } from '../data/regions/registry.ts';
import { ratingMatrix } from '../data/tableMatrix.ts';
import type { TableDataset } from '../data/types.ts';
import { readProject } from '../state/persistence/projectFile.ts';
import { tableOfYear } from '../state/dataYears.ts';
import { boundaryHash, datasetHash } from '../state/study.ts';
import type { Year } from '../state/viewState.ts';
import type { UserDataset } from '../state/userData.ts';
import type { RatingInput } from './commands/rate.ts';
import { DataError, UsageError } from './errors.ts';

export interface LoadedProject {
  spec: AnalysisSpec;
  /** The imported tables the project file carries. */
  datasets: UserDataset[];
  /** The table the study's data name. */
  table: TableDataset;
  /** What the data are, for messages: the file name or the bundled dataset id. */
  dataName: string;
  /** Every year of a user panel (the rating's interpolation reads them). */
  panel?: { year: number; table: TableDataset }[];
  /** Names of the user's own units (districts, hexagons) when the study names such a set. */
  unitNames?: Map<string, string>;
}

/** Reads FILE.json as a project and finds the table its study runs on; errors name every problem. */
export function loadProject(path: string): LoadedProject {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new UsageError(`cannot read '${path}'.`);
  }
  let x: unknown;
  try {
    x = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    throw new DataError(`${path}: not valid JSON (${(err as Error).message}).`);
  }
  const p = readProject(x);
  if (!p.ok)
    throw new DataError(
      `${path}: the project file has ${p.issues.length} problem(s):\n  ${p.issues.map((i) => i.message).join('\n  ')}`,
    );
  const spec = p.value.spec;
  const t = spec.data.table;
  if (t.source === 'user') {
    const d = p.value.data.datasets.find((u) => datasetHash(u) === t.sha256);
    if (!d)
      throw new DataError(
        `${path}: the study runs on '${t.fileName}' (SHA-256 ${t.sha256}), which the project file does not carry.`,
      );
    // A set of the user's own units (issue 11, item 4): their names from the boundary file.
    const b = spec.data.boundaries;
    const set =
      b.source === 'user' && b.units
        ? p.value.data.boundaries.find((x) => x.units && boundaryHash(x) === b.sha256)
        : undefined;
    return {
      spec,
      datasets: p.value.data.datasets,
      table: inView(d, spec.data.year),
      dataName: d.fileName,
      ...(d.panel ? { panel: d.panel } : {}),
      ...(set?.units ? { unitNames: new Map(set.units.units.map((u) => [u.code, u.name])) } : {}),
    };
  }
  const id = `${t.dataset}-${spec.data.year}`;
  const ds = getDataset(id);
  if (!ds || ds.kind !== 'table') throw new DataError(`${path}: no bundled table '${id}'.`);
  return { spec, datasets: p.value.data.datasets, table: ds, dataName: id };
}

/** A panel's table of the year the study shows (as the dashboard reads it), else the table. */
function inView(d: UserDataset, year: number): TableDataset {
  return (d.panel && tableOfYear(d, year as Year)) || d.table;
}

/** Seed 002's industries of East Kazakhstan: what #/clustering and #/factors call 'industries'. */
const INDUSTRIES = 'vko-loadings-published';

/**
 * The table the study's clustering, factors or specialisation ran on in the dashboard
 * (state/analysisCompute.ts picks the same): an imported table the section names by file and
 * hash; else, for 'regions', the study's own table (the user's, or the bundled year's); else
 * seed 002's industries. Specialisation needs a named table: without one it is an error.
 */
export function projectAnalysisTable(
  p: LoadedProject,
  section: 'clustering' | 'factors' | 'specialisation',
): { table: TableDataset; dataName: string } {
  const ref: FileRef | null =
    section === 'clustering'
      ? p.spec.clustering.table
      : section === 'specialisation'
        ? p.spec.specialisation.table
        : null;
  if (ref) {
    const d = p.datasets.find((u) => datasetHash(u) === ref.sha256);
    if (!d)
      throw new DataError(
        `the study's ${section} runs on '${ref.fileName}' (SHA-256 ${ref.sha256}), which the project file does not carry.`,
      );
    return { table: inView(d, p.spec.data.year), dataName: d.fileName };
  }
  if (section === 'specialisation')
    throw new DataError(
      'the study names no table for its specialisation: choose one on #/specialisation and save the project again.',
    );
  const source = section === 'clustering' ? p.spec.clustering.source : p.spec.factors.source;
  if (source === 'regions') return { table: p.table, dataName: p.dataName };
  const ds = getDataset(INDUSTRIES);
  if (!ds || ds.kind !== 'table') throw new DataError(`no bundled table '${INDUSTRIES}'.`);
  return { table: ds, dataName: INDUSTRIES };
}

/** The rating's matrix of a loaded project, with ISO codes and names per region. */
export function projectRatingInput(p: LoadedProject): RatingInput {
  const ids = treeIndicators(p.spec.rating).map((i) => i.id);
  // As the dashboard's compute builds it (state/compute.ts): with the treatment's columns.
  const matrix = ratingMatrix(p.table, p.spec.rating, p.panel, p.spec.data.year);
  const missing = ids.filter((id) => !matrix.columns.includes(id));
  if (missing.length > 0)
    throw new DataError(
      `${p.dataName} has no column(s) ${missing.join(', ')} that the study rates.`,
    );
  const label = new Map(p.table.rows.map((r) => [r.key, r.label]));
  return {
    matrix,
    codes: matrix.rows,
    names: matrix.rows.map(
      (c) => regionByCode(c)?.names.en ?? p.unitNames?.get(c) ?? label.get(c) ?? c,
    ),
  };
}
