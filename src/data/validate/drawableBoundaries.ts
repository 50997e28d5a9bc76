/**
 * Whether a boundary set can be drawn and fitted on the map: at least one feature keyed to a
 * region (string `id`), every feature a Polygon or MultiPolygon whose rings are arrays of at
 * least four [longitude, latitude] positions of finite numbers within [-180, 180] x [-90, 90].
 * A stored or project-file set failing this (non-numeric coordinates made Leaflet throw
 * "Invalid LatLng"; no matched feature made "Bounds are not valid") is never stored and never
 * drawn. Checked by data shape only; the reader (readers/geojson.ts) gives the user the details.
 */

const isPosition = (p: unknown): boolean =>
  Array.isArray(p) &&
  p.length >= 2 &&
  typeof p[0] === 'number' &&
  typeof p[1] === 'number' &&
  Number.isFinite(p[0]) &&
  Number.isFinite(p[1]) &&
  Math.abs(p[0]) <= 180 &&
  Math.abs(p[1]) <= 90;

const isRing = (r: unknown): boolean => Array.isArray(r) && r.length >= 4 && r.every(isPosition);
const isPolygon = (c: unknown): boolean => Array.isArray(c) && c.length >= 1 && c.every(isRing);

function isDrawableFeature(f: unknown): boolean {
  if (typeof f !== 'object' || f === null) return false;
  const g = (f as { geometry?: unknown }).geometry as { type?: unknown; coordinates?: unknown };
  if (typeof g !== 'object' || g === null) return false;
  if (g.type === 'Polygon') return isPolygon(g.coordinates);
  if (g.type === 'MultiPolygon')
    return (
      Array.isArray(g.coordinates) && g.coordinates.length >= 1 && g.coordinates.every(isPolygon)
    );
  return false;
}

/** True when `fc` is a FeatureCollection the map can draw and fit (see the file comment). */
export function isDrawableBoundaries(fc: unknown): boolean {
  if (typeof fc !== 'object' || fc === null) return false;
  const features = (fc as { features?: unknown }).features;
  if (!Array.isArray(features) || features.length === 0) return false;
  if (!features.some((f) => typeof (f as { id?: unknown })?.id === 'string')) return false;
  return features.every(isDrawableFeature);
}
