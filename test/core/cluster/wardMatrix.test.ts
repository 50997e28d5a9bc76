import { describe, expect, it } from 'vitest';
import { ClusterError } from '../../../src/core/cluster/clusterError.ts';
import { MAX_MATRIX_OBSERVATIONS } from '../../../src/core/cluster/distance.ts';
import { hclust } from '../../../src/core/cluster/hclust.ts';
import { toHclustTree } from '../../../src/core/cluster/hclustTree.ts';
import { wardNnChain } from '../../../src/core/cluster/ward.ts';
import {
  condensedSquaredDistances,
  wardMatrixNnList,
} from '../../../src/core/cluster/wardMatrix.ts';
import { mulberry32, normal } from '../../../src/core/stats/random.ts';
import { maxRelativeError, rReference } from './fixtures.ts';

function gaussian(n: number, p: number, seed: number): Float64Array {
  const rng = mulberry32(seed);
  return Float64Array.from({ length: n * p }, () => normal(rng));
}

describe('condensedSquaredDistances()', () => {
  // n = 4k, 4k + 1, 4k + 2, 4k + 3 and tiny n: rows are filled four at a time plus a tail.
  // Rounded values in the second set make exact ties, so "first j at the minimum" matters.
  for (const [n, round] of [2, 3, 5, 8, 9, 10, 11, 13].flatMap(
    (n) =>
      [
        [n, false],
        [n, true],
      ] as const,
  )) {
    it(`gives sum_k (x_ik - x_jk)^2 in dist() order and each row's first minimum for n = ${n}${round ? ', tied' : ''}`, () => {
      const p = 3;
      const x = gaussian(n, p, n).map((v) => (round ? Math.round(v) : v));
      const rowMin = new Float64Array(n);
      const rowArg = new Int32Array(n);
      const d = condensedSquaredDistances(x, n, p, rowMin, rowArg);
      expect(d).toHaveLength((n * (n - 1)) / 2);
      let t = 0;
      for (let i = 0; i < n; i++) {
        let lowest = Infinity;
        let first = -1;
        for (let j = i + 1; j < n; j++) {
          let s = 0;
          for (let k = 0; k < p; k++) s += (x[i * p + k] - x[j * p + k]) ** 2;
          expect(d[t++]).toBe(s);
          if (s < lowest) [lowest, first] = [s, j];
        }
        expect(rowMin[i]).toBe(lowest);
        expect(rowArg[i]).toBe(first);
      }
    });
  }
});

describe('wardMatrixNnList()', () => {
  it('gives the same tree as the centroid chain on structureless data', () => {
    const n = 300;
    const p = 7;
    const x = gaussian(n, p, 11);
    const a = toHclustTree(n, wardMatrixNnList(x, n, p));
    const b = toHclustTree(n, wardNnChain(x, n, p));
    expect(a.merge).toEqual(b.merge);
    expect(a.order).toEqual(b.order);
    expect(maxRelativeError(a.height, b.height)).toBeLessThan(1e-12);
  });

  it("finds merges in R's order: heights non-decreasing, ties to the smallest pair", () => {
    const n = 200;
    const raw = wardMatrixNnList(gaussian(n, 4, 12), n, 4);
    for (let i = 1; i < raw.length; i++) {
      expect(raw[i].height).toBeGreaterThanOrEqual(raw[i - 1].height * (1 - 1e-12));
    }
    // The 3 x 4 integer grid: many exact ties; the tree must still be R's (fixtures).
    const grid = rReference.datasets.find((ds) => ds.name === 'ties14x2')!;
    const t = toHclustTree(
      grid.x.length,
      wardMatrixNnList(Float64Array.from(grid.x.flat()), grid.x.length, 2),
    );
    expect(t.merge).toEqual(grid.ward.merge);
  });

  it('keeps a height of 0 for identical rows, never NaN', () => {
    const x = Float64Array.from([1, 2, 1, 2, 1, 2, 5, 5]);
    const raw = wardMatrixNnList(x, 4, 2);
    expect(raw.slice(0, 2).map((r) => r.height)).toEqual([0, 0]);
    for (const r of raw) expect(Number.isFinite(r.height)).toBe(true);
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

describe("hclust(X, 'ward') by default", () => {
  const rows = (x: Float64Array, p: number) =>
    Array.from({ length: x.length / p }, (_, i) => Array.from(x.subarray(i * p, (i + 1) * p)));
  function clustered(n: number, p: number, seed: number): Float64Array {
    const rng = mulberry32(seed);
    const centres = Array.from({ length: 5 }, () =>
      Array.from({ length: p }, () => 6 * normal(rng)),
    );
    const x = new Float64Array(n * p);
    for (let i = 0; i < n; i++) {
      const c = centres[i % 5];
      for (let k = 0; k < p; k++) x[i * p + k] = c[k] + normal(rng);
    }
    return x;
  }

  for (const [name, x] of [
    ['structureless', gaussian(600, 20, 21)],
    ['clustered', clustered(600, 20, 22)],
  ] as const) {
    it(`gives the same tree as both forced paths on ${name} 600 x 20 data`, () => {
      const data = rows(x, 20);
      const auto = hclust(data, 'ward');
      for (const wardAlgorithm of ['matrix', 'centroids', 'centroids-js'] as const) {
        const t = hclust(data, 'ward', { wardAlgorithm });
        expect(auto.merge).toEqual(t.merge);
        expect(auto.order).toEqual(t.order);
        expect(maxRelativeError(auto.height, t.height)).toBeLessThan(1e-12);
      }
    });
  }
});
