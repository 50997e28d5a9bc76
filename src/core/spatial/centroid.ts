/**
 * Centroid of a unit: the area-weighted centroid of its polygons in the plane of longitude
 * and latitude (holes subtracted), the shoelace formula
 *   A = 1/2 sum (x_k y_{k+1} - x_{k+1} y_k),  C_x = 1/(6A) sum (x_k + x_{k+1})(x_k y_{k+1} - x_{k+1} y_k)
 * (and C_y likewise), summed over rings with their sign so that winding does not matter:
 * each exterior counts positive and each hole negative. This is GeoDa's centroid and sf's
 * `st_centroid()` without s2; for units the size of Kazakh oblasts it differs from the
 * spherical centroid by well under a neighbour's distance.
 */
import { polygonsOf, type Ring, type SpatialUnit } from './boundaryGeometry.ts';

function ringMoments(ring: Ring): [number, number, number] {
  let a = 0;
  let cx = 0;
  let cy = 0;
  const m = ring.length;
  for (let k = 0; k < m; k++) {
    const p = ring[k];
    const q = ring[(k + 1) % m];
    const cross = p[0] * q[1] - q[0] * p[1];
    a += cross;
    cx += (p[0] + q[0]) * cross;
    cy += (p[1] + q[1]) * cross;
  }
  return [a / 2, cx / 6, cy / 6];
}

/** [longitude, latitude] of the unit's planar area-weighted centroid. */
export function unitCentroid(unit: SpatialUnit): [number, number] {
  let area = 0;
  let mx = 0;
  let my = 0;
  for (const poly of polygonsOf(unit.geometry)) {
    poly.forEach((ring, r) => {
      const [a, cx, cy] = ringMoments(ring);
      // Exterior positive, holes negative, whatever the file's winding.
      const sign = (r === 0 ? 1 : -1) * Math.sign(a);
      area += sign * a;
      mx += sign * cx;
      my += sign * cy;
    });
  }
  if (area === 0) {
    // Degenerate (no area): the mean of the vertices.
    let sx = 0;
    let sy = 0;
    let c = 0;
    for (const poly of polygonsOf(unit.geometry))
      for (const ring of poly)
        for (const p of ring) {
          sx += p[0];
          sy += p[1];
          c++;
        }
    return [sx / c, sy / c];
  }
  return [mx / area, my / area];
}

/** Centroids of all units, in order. */
export function centroids(units: ReadonlyArray<SpatialUnit>): [number, number][] {
  return units.map(unitCentroid);
}
