/**
 * Local Moran's I (Anselin 1995, Geographical Analysis 27:93, eq. 12) with the moments
 * R spdep's `localmoran()` (version 1.2, defaults `mlvar = TRUE`, `conditional = TRUE`)
 * reports as `Ii`, `E.Ii`, `Var.Ii`, `Z.Ii`:
 *
 *   z = x - mean(x),  m2 = sum z^2 / n,  I_i = (z_i / m2) sum_j w_ij z_j,
 *   W_i = sum_j w_ij,  W2_i = sum_j w_ij^2,
 *
 * conditional on z_i (Sokal, Oden & Thomson 1998, Geographical Analysis 30:331, eqs. A7-A8):
 *   E[I_i] = -z_i^2 W_i / ((n - 1) m2),
 *   Var[I_i] = (z_i / m2)^2 n / (n - 2) (W2_i - W_i^2 / (n - 1)) (m2 - z_i^2 / (n - 1)),
 *
 * and under total randomisation (`conditional = FALSE`, Anselin 1995 eqs. 13-14 with
 * b2 = n sum z^4 / (sum z^2)^2):
 *   E[I_i] = -W_i / (n - 1),
 *   Var[I_i] = W2_i (n - b2)/(n - 1) + (W_i^2 - W2_i)(2 b2 - n)/((n - 1)(n - 2)) - E[I_i]^2.
 *
 * Z_i = (I_i - E[I_i]) / sqrt(Var[I_i]). The quadrant is read from z_i and its spatial lag:
 * High-High (z > 0, lag > 0), Low-Low, High-Low (z > 0, lag <= 0), Low-High.
 */
import type { SpatialWeights } from './spatialWeights.ts';

export type LisaQuadrant = 'High-High' | 'Low-Low' | 'High-Low' | 'Low-High';

export interface LocalMoran {
  Ii: number[];
  expected: number[];
  variance: number[];
  z: number[];
  /** Spatial lag of the deviations, sum_j w_ij z_j. */
  lag: number[];
  /** Deviations from the mean. */
  deviation: number[];
  quadrant: LisaQuadrant[];
}

export function lisaQuadrant(z: number, lag: number): LisaQuadrant {
  if (z > 0) return lag > 0 ? 'High-High' : 'High-Low';
  return lag > 0 ? 'Low-High' : 'Low-Low';
}

export function localMoran(
  w: Pick<SpatialWeights, 'neighbours' | 'weights'>,
  x: ArrayLike<number>,
  conditional = true,
): LocalMoran {
  const n = x.length;
  if (n !== w.neighbours.length) throw new RangeError('localMoran: x and weights differ in length');
  let mean = 0;
  for (let i = 0; i < n; i++) mean += x[i];
  mean /= n;
  const z = new Array<number>(n);
  let m2 = 0;
  let m4 = 0;
  for (let i = 0; i < n; i++) {
    z[i] = x[i] - mean;
    m2 += z[i] * z[i];
    m4 += z[i] ** 4;
  }
  m2 /= n;
  m4 /= n;
  const b2 = m4 / (m2 * m2);
  const Ii: number[] = [];
  const expected: number[] = [];
  const variance: number[] = [];
  const zs: number[] = [];
  const lags: number[] = [];
  const quadrant: LisaQuadrant[] = [];
  for (let i = 0; i < n; i++) {
    const row = w.neighbours[i];
    const wt = w.weights[i];
    let lag = 0;
    let Wi = 0;
    let W2 = 0;
    for (let t = 0; t < row.length; t++) {
      lag += wt[t] * z[row[t]];
      Wi += wt[t];
      W2 += wt[t] * wt[t];
    }
    const I = (z[i] / m2) * lag;
    let E: number;
    let V: number;
    if (conditional) {
      E = -(z[i] * z[i] * Wi) / ((n - 1) * m2);
      V =
        (z[i] / m2) ** 2 *
        (n / (n - 2)) *
        (W2 - (Wi * Wi) / (n - 1)) *
        (m2 - (z[i] * z[i]) / (n - 1));
    } else {
      E = -Wi / (n - 1);
      V = (W2 * (n - b2)) / (n - 1) + ((Wi * Wi - W2) * (2 * b2 - n)) / ((n - 1) * (n - 2)) - E * E;
    }
    Ii.push(I);
    expected.push(E);
    variance.push(V);
    zs.push((I - E) / Math.sqrt(V));
    lags.push(lag);
    quadrant.push(lisaQuadrant(z[i], lag));
  }
  return { Ii, expected, variance, z: zs, lag: lags, deviation: z, quadrant };
}
