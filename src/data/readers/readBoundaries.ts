/**
 * A boundary file of either kind: GeoJSON or TopoJSON, told apart by its `type`, read into
 * region features. Sits above both readers so that they do not import each other
 * (topojson.ts builds on geojson.ts's feature import). Errors name the feature (counted
 * from 1) and the property; the result never throws.
 */
import type { Result } from '../../core/index.ts';
import { isRecord } from '../validate/boundaryProperties.ts';
import type { BytesInput } from './decodeText.ts';
import {
  geoJsonToBoundaries,
  parseJsonFile,
  type BoundaryOptions,
  type ImportedBoundaries,
} from './geojson.ts';

export async function readBoundaries(
  input: BytesInput | string,
  fileName: string,
  options: BoundaryOptions = {},
): Promise<Result<ImportedBoundaries>> {
  const parsed = parseJsonFile(input, fileName);
  if (!parsed.ok) return parsed;
  if (isRecord(parsed.value) && parsed.value.type === 'Topology') {
    // TopoJSON (and topojson-client) loads only when such a file arrives.
    const { topologyToBoundaries } = await import('./topojson.ts');
    return topologyToBoundaries(parsed.value, fileName, options);
  }
  return geoJsonToBoundaries(parsed.value, fileName, options);
}
