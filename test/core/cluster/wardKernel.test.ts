import { describe, expect, it } from 'vitest';
import { wardNnChain, wardSearchCounts } from '../../../src/core/cluster/ward.ts';
import { wardKernel, wardSqPair } from '../../../src/core/cluster/wardKernel.ts';
import { mulberry32, normal } from '../../../src/core/stats/random.ts';

function rows(n: number, p: number, seed: number): Float64Array {
  const rng = mulberry32(seed);
  return Float64Array.from({ length: n * p }, () => 2 * normal(rng));
}

describe('wardKernel()', () => {
  // Node has WebAssembly SIMD; the kernel must compile here, or the tests below test nothing.
  it('compiles in Node', () => {
    expect(wardKernel(4, 3)).not.toBeNull();
  });

  for (const p of [1, 2, 3, 7, 20, 65, 66]) {
    it(`gives wardSqPair()'s bits and the textbook value for every row (p = ${p})`, () => {
      const n = 37;
      const x = rows(n, p, p);
      const k = wardKernel(n, p)!;
      k.cent.set(x);
      const rng = mulberry32(100 + p);
      for (let i = 0; i < n; i++) k.size[i] = 1 + Math.floor(rng() * 9);
      for (const pa of [0, 5, n - 1]) {
        const m = n - pa; // a prefix of positions, as the chain uses them
        k.dists(pa, m, k.size[pa]);
        for (let q = 0; q < m; q++) {
          const js = wardSqPair(x, pa * p, q * p, p, k.size[pa], k.size[q]);
          expect(k.out[q]).toBe(js);
          let ss = 0;
          for (let c = 0; c < p; c++) ss += (x[pa * p + c] - x[q * p + c]) ** 2;
          const w = ((2 * k.size[pa] * k.size[q]) / (k.size[pa] + k.size[q])) * ss;
          expect(Math.abs(k.out[q] - w)).toBeLessThanOrEqual(1e-12 * Math.max(w, 1));
        }
      }
    });
  }
});

/**
 * What select() must hand back: each row q (not pa, not pprev), in order, whose dissimilarity
 * is at most the K-th smallest (K = 4) of prevD and the rows before it (Infinity until there
 * are 4), as ward.ts's scan() keeps its sorted K nearest.
 */
function selectReference(
  d: Float64Array,
  m: number,
  pa: number,
  pprev: number,
  prevD: number,
): { idx: number[]; out: number[] } {
  const list = [prevD, Infinity, Infinity, Infinity];
  const idx: number[] = [];
  const out: number[] = [];
  for (let q = 0; q < m; q++) {
    if (q === pa || q === pprev || d[q] > list[3]) continue;
    idx.push(q);
    out.push(d[q]);
    if (d[q] < list[3]) {
      list[3] = d[q];
      list.sort((x, y) => x - y);
    }
  }
  return { idx, out };
}

describe('wardKernel() select()', () => {
  for (const [p, ties] of [
    [3, false],
    [20, false],
    [7, true],
    [66, false],
    [65, true],
  ] as const) {
    it(`hands back the rows scan() would look at, with dists()' values (p = ${p}${ties ? ', ties' : ''})`, () => {
      const n = 300;
      const rng = mulberry32(7 + p);
      // Ties: small integers, so that many dissimilarities are equal.
      const x = ties
        ? Float64Array.from({ length: n * p }, () => Math.floor(rng() * 3))
        : rows(n, p, 3 + p);
      const k = wardKernel(n, p)!;
      k.cent.set(x);
      for (let i = 0; i < n; i++) k.size[i] = 1 + Math.floor(rng() * 5);
      for (const [pa, pprev] of [
        [0, -1],
        [17, 3],
        [250, 251],
        [299, 0],
      ]) {
        const m = pa === 250 ? 280 : n;
        k.dists(pa, m, k.size[pa]);
        const all = Float64Array.from(k.out.subarray(0, m));
        const prevD = pprev >= 0 ? all[pprev] : Infinity;
        const want = selectReference(all, m, pa, pprev, prevD);
        const count = k.select(pa, m, k.size[pa], pprev, prevD);
        expect(count).toBe(want.idx.length);
        expect(Array.from(k.idx.subarray(0, count))).toEqual(want.idx);
        expect(Array.from(k.out.subarray(0, count))).toEqual(want.out);
        expect(count).toBeLessThan(m / 2);
      }
    });
  }
});

describe('wardNnChain() with and without the kernel', () => {
  it('gives identical merges and heights (1,200 x 5, seeded)', () => {
    const n = 1200;
    const x = rows(n, 5, 9);
    const viaKernel = wardNnChain(x, n, 5, 'wasm');
    expect(wardSearchCounts.kernel).toBe(true);
    const viaJs = wardNnChain(x, n, 5, 'js');
    expect(wardSearchCounts.kernel).toBe(false);
    expect(viaKernel).toEqual(viaJs);
  });
});
