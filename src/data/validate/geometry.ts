/**
 * Checks one boundary feature's geometry: a Polygon or MultiPolygon (RFC 7946 §3.1.6-7) whose
 * positions are finite WGS84 longitude/latitude pairs (RFC 7946 §4: lon -180..180, lat -90..90)
 * and whose rings are closed with at least four positions. Problems are reported once per kind
 * per feature (with a count and the first offending position), not once per position, so a
 * projected file yields one clear sentence per feature rather than a million.
 */
import type { Issue } from '../../core/index.ts';
import type { MultiPolygon, Polygon, Position } from 'geojson';

export interface GeometryCheck {
  /** The geometry with unclosed rings closed (when autoClose) or null if it is unusable. */
  geometry: Polygon | MultiPolygon | null;
  issues: Issue[];
}

/** Values beyond this are almost surely metres of a projected system (UTM, Web Mercator). */
const PROJECTED_MAGNITUDE = 1000;

/**
 * Validates the geometry of feature `feature` (counted from 1). Rings that are not closed are
 * closed with a warning when `autoClose` is true (default), otherwise they are errors.
 */
export function checkGeometry(
  geometry: unknown,
  file: string,
  feature: number,
  autoClose = true,
): GeometryCheck {
  const at = { file, feature, property: 'geometry' };
  const issues: Issue[] = [];
  if (geometry === null || geometry === undefined) {
    return {
      geometry: null,
      issues: [
        {
          code: 'no-geometry',
          severity: 'error',
          message: `Feature ${feature} has no geometry, so it cannot be drawn as a region.`,
          where: at,
        },
      ],
    };
  }
  if (typeof geometry !== 'object' || Array.isArray(geometry)) {
    return {
      geometry: null,
      issues: [
        {
          code: 'bad-geometry',
          severity: 'error',
          message: `Feature ${feature}: its geometry is not a GeoJSON geometry object.`,
          where: at,
        },
      ],
    };
  }
  const g = geometry as { type?: unknown; coordinates?: unknown };
  if (g.type !== 'Polygon' && g.type !== 'MultiPolygon') {
    const t = typeof g.type === 'string' ? g.type.slice(0, 40) : 'an unknown type';
    return {
      geometry: null,
      issues: [
        {
          code: 'wrong-geometry-type',
          severity: 'error',
          message: `Feature ${feature} is a ${t}; only Polygon and MultiPolygon outline a region. Remove it or convert it to polygons.`,
          where: at,
          params: { type: t },
        },
      ],
    };
  }
  const polys: unknown[] =
    g.type === 'Polygon'
      ? [g.coordinates]
      : Array.isArray(g.coordinates)
        ? g.coordinates
        : [undefined];
  let badShape = 0;
  let nonFinite = 0;
  let outOfRange = 0;
  let projected = 0;
  let firstOut: Position | null = null;
  let shortRings = 0;
  let unclosed = 0;
  const fixed: Position[][][] = [];
  for (const poly of polys) {
    if (!Array.isArray(poly) || poly.length === 0) {
      badShape++;
      continue;
    }
    const rings: Position[][] = [];
    for (const ring of poly) {
      if (!Array.isArray(ring)) {
        badShape++;
        continue;
      }
      const positions: Position[] = [];
      let ok = true;
      for (const p of ring) {
        if (!Array.isArray(p) || p.length < 2) {
          badShape++;
          ok = false;
          continue;
        }
        const [x, y] = p;
        if (
          typeof x !== 'number' ||
          typeof y !== 'number' ||
          !Number.isFinite(x) ||
          !Number.isFinite(y)
        ) {
          nonFinite++;
          ok = false;
          continue;
        }
        if (x < -180 || x > 180 || y < -90 || y > 90) {
          outOfRange++;
          if (Math.abs(x) > PROJECTED_MAGNITUDE || Math.abs(y) > PROJECTED_MAGNITUDE) projected++;
          firstOut ??= [x, y];
          ok = false;
          continue;
        }
        positions.push([x, y]);
      }
      if (!ok) continue;
      const first = positions[0];
      const last = positions[positions.length - 1];
      const closed = positions.length > 0 && first[0] === last[0] && first[1] === last[1];
      if (!closed && positions.length >= 3) {
        unclosed++;
        if (autoClose) positions.push([first[0], first[1]]);
      }
      if (positions.length < 4) {
        shortRings++;
        continue;
      }
      rings.push(positions);
    }
    if (rings.length > 0) fixed.push(rings);
  }
  const err = (code: string, message: string): void => {
    issues.push({ code, severity: 'error', message, where: at });
  };
  if (badShape > 0)
    err(
      'bad-coordinates',
      `Feature ${feature}: its coordinates are not nested as a ${g.type} requires (lists of rings, each a list of [longitude, latitude] pairs).`,
    );
  if (nonFinite > 0)
    err(
      'non-numeric-coordinates',
      `Feature ${feature}: ${nonFinite} coordinate pair(s) are not numbers.`,
    );
  if (projected > 0) {
    err(
      'projected-coordinates',
      `Feature ${feature}: coordinates such as [${firstOut!.join(', ')}] are far outside longitude and latitude, so the file is not in WGS84 but in a projected system (metres). Reproject it to EPSG:4326 (WGS84), for example in QGIS or mapshaper, and import it again.`,
    );
  } else if (outOfRange > 0) {
    err(
      'coordinates-out-of-range',
      `Feature ${feature}: ${outOfRange} position(s), e.g. [${firstOut!.join(', ')}], are outside longitude -180..180 or latitude -90..90. Check the order (longitude first) and the coordinate system (WGS84, EPSG:4326).`,
    );
  }
  if (shortRings > 0)
    err(
      'short-ring',
      `Feature ${feature}: ${shortRings} ring(s) have fewer than four positions and cannot enclose an area.`,
    );
  if (unclosed > 0) {
    issues.push({
      code: autoClose ? 'ring-closed' : 'unclosed-ring',
      severity: autoClose ? 'warning' : 'error',
      params: { count: unclosed },
      message: autoClose
        ? `Feature ${feature}: ${unclosed} ring(s) did not end where they started; they were closed automatically.`
        : `Feature ${feature}: ${unclosed} ring(s) do not end where they start. Close them (the last position must repeat the first).`,
      where: at,
    });
  }
  if (issues.some((i) => i.severity === 'error') || fixed.length === 0) {
    if (issues.length === 0) err('empty-geometry', `Feature ${feature} has no coordinates.`);
    return { geometry: null, issues };
  }
  const out: Polygon | MultiPolygon =
    g.type === 'Polygon'
      ? { type: 'Polygon', coordinates: fixed[0] }
      : { type: 'MultiPolygon', coordinates: fixed };
  return { geometry: out, issues };
}
