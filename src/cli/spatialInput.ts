/**
 * The spatial commands' shared input: the CSV (first column the unit) read by the CLI's
 * table reader, the boundaries by src/data/readers/spatialUnits.ts, joined row by row.
 */
import { readFileSync } from 'node:fs';
import type { Issue } from '../core/issue.ts';
import type { SpatialUnit } from '../core/spatial/boundaryGeometry.ts';
import { joinSpatialFeatures, readSpatialFeatures } from '../data/readers/spatialUnits.ts';
import { DataError, UsageError } from './errors.ts';
import { readInputMatrix, type InputMatrix } from './inputMatrix.ts';

export interface SpatialInput {
  input: InputMatrix;
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

export function readSpatialInput(
  inputPath: string | undefined,
  geoPath: string | undefined,
): SpatialInput {
  if (!geoPath) throw new UsageError('--geo BOUNDARIES.geojson is required.');
  const input = readInputMatrix(inputPath);
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(geoPath);
  } catch {
    throw new UsageError(`cannot read '${geoPath}'.`);
  }
  const features = readSpatialFeatures(bytes, geoPath);
  if (!features.ok) throw new DataError(`${geoPath}:\n${describe(features.issues)}`);
  const join = joinSpatialFeatures(input.labels, features.value, inputPath as string);
  if (!join.ok) throw new DataError(`${inputPath}:\n${describe(join.issues)}`);
  return { input, ...join.value };
}
