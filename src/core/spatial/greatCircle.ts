/**
 * Great-circle distance in kilometres between two [longitude, latitude] points on the WGS-84
 * ellipsoid, by the formula R's sp and spdep use for `longlat = TRUE` (`gcdist` in
 * spdep/src/gcdist.c, after Meeus 1991, Astronomical Algorithms, ch. 11, "distance between
 * two points on the Earth's surface"): with F = (phi1 + phi2)/2, G = (phi1 - phi2)/2,
 * L = (lambda1 - lambda2)/2,
 *   S = sin^2 G cos^2 L + cos^2 F sin^2 L,  C = cos^2 G cos^2 L + sin^2 F sin^2 L,
 *   w = atan sqrt(S/C),  R = sqrt(S C)/w,  D = 2 w a,
 *   d = D (1 + f H1 sin^2 F cos^2 G - f H2 cos^2 F sin^2 G),
 *   H1 = (3R - 1)/(2C),  H2 = (3R + 1)/(2S),
 * a = 6378.137 km, f = 1/298.257223563. Accurate to about 50 m over Kazakhstan's distances.
 */
const A = 6378.137;
const F = 1 / 298.257223563;
const RAD = Math.PI / 180;

export function greatCircleKm(p: ArrayLike<number>, q: ArrayLike<number>): number {
  const lon1 = p[0];
  const lat1 = p[1];
  const lon2 = q[0];
  const lat2 = q[1];
  if (Math.abs(lat1 - lat2) < Number.EPSILON) {
    if (Math.abs(lon1 - lon2) < Number.EPSILON) return 0;
    if (Math.abs(Math.abs(lon1) + Math.abs(lon2) - 360) < Number.EPSILON) return 0;
  }
  const f = ((lat1 + lat2) / 2) * RAD;
  const g = ((lat1 - lat2) / 2) * RAD;
  const l = ((lon1 - lon2) / 2) * RAD;
  const sinG2 = Math.sin(g) ** 2;
  const cosG2 = Math.cos(g) ** 2;
  const sinF2 = Math.sin(f) ** 2;
  const cosF2 = Math.cos(f) ** 2;
  const sinL2 = Math.sin(l) ** 2;
  const cosL2 = Math.cos(l) ** 2;
  const s = sinG2 * cosL2 + cosF2 * sinL2;
  const c = cosG2 * cosL2 + sinF2 * sinL2;
  const w = Math.atan(Math.sqrt(s / c));
  const r = Math.sqrt(s * c) / w;
  const d = 2 * w * A;
  const h1 = (3 * r - 1) / (2 * c);
  const h2 = (3 * r + 1) / (2 * s);
  return d * (1 + F * h1 * sinF2 * cosG2 - F * h2 * cosF2 * sinG2);
}
