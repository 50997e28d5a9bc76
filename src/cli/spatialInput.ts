/**
 * The spatial commands' shared input: the table read as the app's import reads it
 * (readInput.ts: CSV or XLSX, the label column guessed as the app guesses it), the boundaries
 * by src/data/readers/spatialUnits.ts, joined row by row.
 */
import { readFileSync } from 'node:fs';
import type { Issue, SpatialUnit, LabelledMatrix } from '../core/index.ts';
import { joinSpatialFeatures, readSpatialFeatures } from '../data/readers/spatialUnits.ts';
import { DataError, UsageError } from './errors.ts';
import { readInput } from './readInput.ts';

export interface SpatialInput {
  input: LabelledMatrix;
  /** Spreadsheet row of each input row. */
  sheetRows: number[];
  units: SpatialUnit[];
  /** Data rows (0-based) of units, in the same order. */
  rows: number[];
  unusedFeatures: string[];
}

function describe(issues: readonly Issue[]): string {
  return issues
    .filter((i) => i.severity === 'error')
    .map((i) => `  ${i.message}`)
    .join('\n');
}

export async function readSpatialInput(
  inputPath: string | undefined,
  geoPath: string | undefined,
): Promise<SpatialInput> {
  if (!geoPath) throw new UsageError('--geo BOUNDARIES.geojson is required.');
  const { matrix: input, sheetRows } = await readInput(inputPath, { regions: false });
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(geoPath);
  } catch {
    throw new UsageError(`cannot read '${geoPath}'.`);
  }
  const features = readSpatialFeatures(bytes, geoPath);
  if (!features.ok) throw new DataError(`${geoPath}:\n${describe(features.issues)}`);
  const join = joinSpatialFeatures(input.rows, features.value, inputPath as string, sheetRows);
  if (!join.ok) throw new DataError(`${inputPath}:\n${describe(join.issues)}`);
  return { input, sheetRows, ...join.value };
}
