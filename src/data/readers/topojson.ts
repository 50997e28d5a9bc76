/**
 * Boundary files in TopoJSON (topojson-specification 1.0): the topology is checked for the
 * members topojson-client relies on, converted object by object with topojson-client's
 * feature(), and the features then go through the same validation and matching as GeoJSON.
 */
import { feature as topoFeature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import { type Issue, type Result, fail } from '../../core/index.ts';
import { isRecord } from '../validate/boundaryProperties.ts';
import { importFeatures, type BoundaryOptions, type ImportedBoundaries } from './geojson.ts';
import { quote } from './place.ts';

/** Converts a parsed TopoJSON topology (all objects, or `options.object`) into boundaries. */
export function topologyToBoundaries(
  value: unknown,
  fileName: string,
  options: BoundaryOptions = {},
): Result<ImportedBoundaries> {
  const err = (code: string, message: string, params?: Issue['params']) =>
    fail<ImportedBoundaries>([
      {
        code,
        severity: 'error',
        message,
        where: { file: fileName },
        ...(params ? { params } : {}),
      },
    ]);
  if (!isRecord(value) || value.type !== 'Topology')
    return err('not-topojson', 'The file is not a TopoJSON topology.');
  if (!isRecord(value.objects)) return err('no-objects', 'The topology has no "objects".');
  if (
    !Array.isArray(value.arcs) ||
    !value.arcs.every((a) => Array.isArray(a) && a.every((p) => Array.isArray(p)))
  ) {
    return err('bad-arcs', 'The topology\'s "arcs" are not lists of positions.');
  }
  if (value.transform !== undefined) {
    const t = value.transform;
    const pair = (p: unknown) =>
      Array.isArray(p) &&
      p.length >= 2 &&
      p.every((x) => typeof x === 'number' && Number.isFinite(x));
    if (!isRecord(t) || !pair(t.scale) || !pair(t.translate))
      return err(
        'bad-transform',
        'The topology\'s "transform" must have numeric "scale" and "translate".',
      );
  }
  const objectNames = Object.keys(value.objects);
  if (options.object !== undefined && !objectNames.includes(options.object)) {
    return err(
      'object-not-found',
      `The topology has no object '${quote(options.object)}'. Its objects are: ${objectNames.map((n) => quote(n)).join(', ')}.`,
      { value: quote(options.object), objects: objectNames.map((n) => quote(n)) },
    );
  }
  const chosen = options.object !== undefined ? [options.object] : objectNames;
  const raw: unknown[] = [];
  for (const name of chosen) {
    try {
      const fc = topoFeature(value as unknown as Topology, name) as unknown;
      if (isRecord(fc) && fc.type === 'FeatureCollection' && Array.isArray(fc.features))
        raw.push(...fc.features);
      else raw.push(fc);
    } catch {
      return err(
        'bad-topology-object',
        `Object '${quote(name)}' of the topology could not be converted: its geometries refer to arcs that do not exist or are malformed.`,
        { value: quote(name) },
      );
    }
  }
  return importFeatures(raw, fileName, 'topojson', options, { objects: chosen, objectNames });
}
