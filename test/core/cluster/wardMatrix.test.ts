import { describe, expect, it } from 'vitest';
import { ClusterError } from '../../../src/core/cluster/clusterError.ts';
import { MAX_MATRIX_OBSERVATIONS } from '../../../src/core/cluster/distance.ts';
import { hclust } from '../../../src/core/cluster/hclust.ts';
import { wardNnChain } from '../../../src/core/cluster/ward.ts';
import {
  WARD_MATRIX_MAX_OBSERVATIONS,
  condensedSquaredDistances,
  wardMatrixNnChain,
} from '../../../src/core/cluster/wardMatrix.ts';
import { mulberry32, normal } from '../../../src/core/stats/random.ts';

function gaussian(n: number, p: number, seed: number): Float64Array {
  const rng = mulberry32(seed);
  return Float64Array.from({ length: n * p }, () => normal(rng));
}

describe('condensedSquaredDistances()', () => {
  // n = 4k, 4k + 1, 4k + 2, 4k + 3 and tiny n: rows are filled four at a time plus a tail.
  for (const n of [2, 3, 5, 8, 9, 10, 11]) {
    it(`gives sum_k (x_ik - x_jk)^2 in dist() order and each row's minimum for n = ${n}`, () => {
      const p = 3;
      const x = gaussian(n, p, n);
      const rowMin = new Float64Array(n);
      const d = condensedSquaredDistances(x, n, p, rowMin);
      expect(d).toHaveLength((n * (n - 1)) / 2);
      let t = 0;
      for (let i = 0; i < n; i++) {
        let lowest = Infinity;
        for (let j = i + 1; j < n; j++) {
          let s = 0;
          for (let k = 0; k < p; k++) s += (x[i * p + k] - x[j * p + k]) ** 2;
          expect(d[t++]).toBe(s);
          lowest = Math.min(lowest, s);
        }
        expect(rowMin[i]).toBe(lowest);
      }
    });
  }
});

describe('wardMatrixNnChain()', () => {
  it('gives the same raw merges as the centroid chain on structureless data', () => {
    const n = 300;
    const p = 7;
    const x = gaussian(n, p, 11);
    const a = wardMatrixNnChain(x, n, p);
    const b = wardNnChain(x, n, p);
    expect(a.map((r) => [r.a, r.b])).toEqual(b.map((r) => [r.a, r.b]));
    for (let i = 0; i < a.length; i++) {
      expect(Math.abs(a[i].height - b[i].height)).toBeLessThanOrEqual(1e-9 * b[i].height);
    }
  });

  it('keeps a height of 0 for identical rows, never NaN', () => {
    const x = Float64Array.from([1, 2, 1, 2, 1, 2, 5, 5]);
    const raw = wardMatrixNnChain(x, 4, 2);
    expect(raw.slice(0, 2).map((r) => r.height)).toEqual([0, 0]);
    for (const r of raw) expect(Number.isFinite(r.height)).toBe(true);
  });

  it('keeps its condensed matrix within the documented ~150 MB budget', () => {
    const n = WARD_MATRIX_MAX_OBSERVATIONS;
    expect(((n * (n - 1)) / 2) * 8).toBeLessThanOrEqual(150e6);
    expect(WARD_MATRIX_MAX_OBSERVATIONS).toBeLessThanOrEqual(MAX_MATRIX_OBSERVATIONS);
  });

  it("refuses a forced matrix above MAX_MATRIX_OBSERVATIONS with 'too-many-observations'", () => {
    const big = Array.from({ length: MAX_MATRIX_OBSERVATIONS + 1 }, (_, i) => [i]);
    let caught: unknown;
    try {
      hclust(big, 'ward', { wardAlgorithm: 'matrix' });
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(ClusterError);
    expect((caught as ClusterError).code).toBe('too-many-observations');
  });
});
