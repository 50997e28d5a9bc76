/**
 * The part of GeoJSON (RFC 7946) the spatial methods read: a unit id and a Polygon or
 * MultiPolygon in longitude/latitude degrees. Kept structural so that the app's features,
 * the bundled boundaries and plain parsed JSON all fit.
 */
export type Position = ArrayLike<number>;
export type Ring = ReadonlyArray<Position>;

export type PolygonalGeometry =
  | { type: 'Polygon'; coordinates: ReadonlyArray<Ring> }
  | { type: 'MultiPolygon'; coordinates: ReadonlyArray<ReadonlyArray<Ring>> };

export interface SpatialUnit {
  id: string;
  geometry: PolygonalGeometry;
}

/** The polygons of a geometry, each a list of rings (exterior first, then holes). */
export function polygonsOf(g: PolygonalGeometry): ReadonlyArray<ReadonlyArray<Ring>> {
  return g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
}

/** Every ring of a geometry (exteriors and holes), in file order. */
export function ringsOf(g: PolygonalGeometry): Ring[] {
  const out: Ring[] = [];
  for (const poly of polygonsOf(g)) for (const ring of poly) out.push(ring);
  return out;
}
