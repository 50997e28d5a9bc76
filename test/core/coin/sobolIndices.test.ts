import { describe, expect, it } from 'vitest';
import { radialRow, sobolDesign, sobolIndices } from '../../../src/core/coin/sobol/sobolIndices.ts';
import { mulberry32 } from '../../../src/core/stats/random.ts';

/** Runs the Saltelli design on f over [0, 1)^d. */
function analyse(f: (x: Float64Array) => number, d: number, N: number, seed: number) {
  const { A, B } = sobolDesign(N, d, mulberry32(seed));
  const fA = new Float64Array(N);
  const fB = new Float64Array(N);
  const fAB = Array.from({ length: d }, () => new Float64Array(N));
  const row = new Float64Array(d);
  for (let j = 0; j < N; j++) {
    fA[j] = f(A.subarray(j * d, (j + 1) * d));
    fB[j] = f(B.subarray(j * d, (j + 1) * d));
    for (let i = 0; i < d; i++) fAB[i][j] = f(radialRow(A, B, d, j, i, row));
  }
  return sobolIndices(fA, fB, fAB, mulberry32(seed + 1), 300);
}

describe('sobolIndices() (Saltelli 2010 first order, Jansen total)', () => {
  // Ishigami function, a = 7, b = 0.1, x_i uniform on [-pi, pi] (Ishigami and Homma 1990).
  // Analytic variances (Sobol' and Levitan 1999): V = a^2/8 + b pi^4/5 + b^2 pi^8/18 + 1/2,
  // V1 = (1 + b pi^4/5)^2 / 2, V2 = a^2/8, V3 = 0, V13 = b^2 pi^8 (1/18 - 1/50).
  const a = 7;
  const b = 0.1;
  const pi = Math.PI;
  const V = (a * a) / 8 + (b * pi ** 4) / 5 + (b * b * pi ** 8) / 18 + 0.5;
  const V1 = 0.5 * (1 + (b * pi ** 4) / 5) ** 2;
  const V2 = (a * a) / 8;
  const V13 = b * b * pi ** 8 * (1 / 18 - 1 / 50);
  const want = {
    first: [V1 / V, V2 / V, 0],
    total: [(V1 + V13) / V, V2 / V, V13 / V],
  };
  const ishigami = (u: Float64Array) => {
    const x = Array.from(u, (v) => -pi + 2 * pi * v);
    return Math.sin(x[0]) + a * Math.sin(x[1]) ** 2 + b * x[2] ** 4 * Math.sin(x[0]);
  };
  it('recovers the analytic Ishigami indices (S = 0.314, 0.442, 0; ST = 0.558, 0.442, 0.244) within 0.02', () => {
    expect(want.first[0]).toBeCloseTo(0.3139, 4);
    expect(want.total[2]).toBeCloseTo(0.2437, 4);
    const r = analyse(ishigami, 3, 20000, 7);
    r.forEach((s, i) => {
      expect(Math.abs(s.first - want.first[i])).toBeLessThan(0.02);
      expect(Math.abs(s.total - want.total[i])).toBeLessThan(0.02);
      expect(s.firstCI[0]).toBeLessThanOrEqual(s.first);
      expect(s.firstCI[1]).toBeGreaterThanOrEqual(s.first);
      expect(s.totalCI[0]).toBeLessThanOrEqual(s.total);
      expect(s.totalCI[1]).toBeGreaterThanOrEqual(s.total);
    });
  });
  it('the bootstrap intervals of the Ishigami indices cover the analytic values', () => {
    const r = analyse(ishigami, 3, 20000, 11);
    r.forEach((s, i) => {
      expect(s.firstCI[0] - 0.005).toBeLessThanOrEqual(want.first[i]);
      expect(s.firstCI[1] + 0.005).toBeGreaterThanOrEqual(want.first[i]);
      expect(s.totalCI[0] - 0.005).toBeLessThanOrEqual(want.total[i]);
      expect(s.totalCI[1] + 0.005).toBeGreaterThanOrEqual(want.total[i]);
    });
  });
  it('one input alone varies: its first-order and total index are 1, the others exactly 0', () => {
    const r = analyse((x) => Math.exp(2 * x[1]), 4, 8000, 3);
    expect(r[1].first).toBeCloseTo(1, 1);
    expect(r[1].total).toBeCloseTo(1, 1);
    for (const i of [0, 2, 3]) {
      expect(r[i].first).toBe(0);
      expect(r[i].total).toBe(0);
    }
  });
});
