import { describe, expect, it } from 'vitest';
import { INT16_MIN_COLUMNS, int16Bound } from '../../../src/core/cluster/wardInt16Bound.ts';
import { mulberry32, normal } from '../../../src/core/stats/random.ts';

/**
 * The rule of wardInt16Bound.ts checked on the numbers themselves: for pairs of centroids
 * (data rows and means of several rows, as merges make them), mirrored as the kernel mirrors
 * them, S scale - offset never exceeds the squared distance computed directly, and is close
 * to it where the points are far apart compared with the integers' step.
 */
function mirror(c: Float64Array, mu: Float64Array, inv: number): Int32Array {
  return Int32Array.from(c, (v, j) => Math.round((v - mu[j]) * inv));
}

describe('int16Bound()', () => {
  for (const [name, p, value] of [
    ['z-scores', 20, (rng: () => number) => normal(rng)],
    ['offset 1e6', 12, (rng: () => number) => 1e6 + normal(rng)],
    ['ties', 8, (rng: () => number) => Math.floor(rng() * 3)],
    ['64 columns, 1e-50', 64, (rng: () => number) => 1e-50 * normal(rng)],
  ] as const) {
    it(`bounds every squared distance from below (${name}, p = ${p})`, () => {
      const n = 300;
      const rng = mulberry32(p);
      const x = Float64Array.from({ length: n * p }, () => value(rng));
      const b = int16Bound(x, n, p)!;
      expect(b).not.toBeNull();
      expect(b.p8 % 8).toBe(0);
      const Q = Math.floor(Math.sqrt((2 ** 31 - 1) / b.p8) / 2);
      const row = (i: number) => x.subarray(i * p, i * p + p);
      // Centroids: rows, and means of 2..40 rows (what merges make).
      const cents: Float64Array[] = [];
      for (let i = 0; i < 60; i++) cents.push(row(i));
      for (let k = 0; k < 60; k++) {
        const size = 2 + Math.floor(rng() * 39);
        const c = new Float64Array(p);
        for (let t = 0; t < size; t++) {
          const r = row(Math.floor(rng() * n));
          for (let j = 0; j < p; j++) c[j] += r[j] / size;
        }
        cents.push(c);
      }
      let tight = 0;
      let pairs = 0;
      for (let a = 0; a < cents.length; a++) {
        const qa = mirror(cents[a], b.mu, b.inv);
        for (const v of qa) expect(Math.abs(v)).toBeLessThan(Q);
        for (let c = a + 1; c < cents.length; c++) {
          const qc = mirror(cents[c], b.mu, b.inv);
          let S = 0;
          let r2 = 0;
          for (let j = 0; j < p; j++) {
            S += (qa[j] - qc[j]) ** 2;
            r2 += (cents[a][j] - cents[c][j]) ** 2;
          }
          expect(S).toBeLessThanOrEqual(2 ** 31 - 1);
          const bound = S * b.scale - b.offset;
          expect(bound).toBeLessThanOrEqual(r2 * (1 + 1e-12));
          pairs++;
          if (bound >= 0.98 * r2) tight++;
        }
      }
      // Not a vacuous bound: most pairs within 2 % (ties have many equal points, bound 0 there).
      expect(tight / pairs).toBeGreaterThan(name === 'ties' ? 0.5 : 0.9);
    });
  }

  it(`is used from ${INT16_MIN_COLUMNS} variables, and declines data it cannot scale`, () => {
    expect(INT16_MIN_COLUMNS).toBe(8);
    expect(
      int16Bound(
        Float64Array.from({ length: 80 }, (_, i) => 1e-200 * i),
        10,
        8,
      ),
    ).toBeNull();
    // Equal values still get a (tiny) step: every row then goes to the exact test.
    expect(int16Bound(new Float64Array(80).fill(2), 10, 8)).not.toBeNull();
    expect(
      int16Bound(
        Float64Array.from({ length: 80 }, (_, i) => 1e200 * i),
        10,
        8,
      ),
    ).toBeNull();
  });
});
