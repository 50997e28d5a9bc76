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

describe('wardKernel() selectFiltered()', () => {
  // Data the single-precision bound must survive: ordinary, tied (small integers), offset far
  // from 0 (large mean, small spread), tiny and huge scales, duplicate rows, one column.
  const cases: [string, number, (rng: () => number) => number][] = [
    ['ordinary', 20, (rng) => 2 * normal(rng)],
    ['ties', 7, (rng) => Math.floor(rng() * 3)],
    ['offset 1e6', 5, (rng) => 1e6 + normal(rng)],
    ['offset 1e9, spread 1e-3', 3, (rng) => 1e9 + 1e-3 * normal(rng)],
    // Two far groups of close points: single precision cannot tell the points of a group apart.
    // (Spread about single precision's spacing there, 2^-10: the rounding decides the order.)
    ['groups at +-1e4, spread 1e-3', 2, (rng) => (rng() < 0.5 ? -1e4 : 1e4) + 1e-3 * normal(rng)],
    ['tiny 1e-30', 9, (rng) => 1e-30 * normal(rng)],
    ['subnormal in single precision', 4, (rng) => 1e-40 * normal(rng)],
    // Sums and thresholds among single precision's subnormals (the block test's 2^-126).
    ['sums subnormal in single precision', 6, (rng) => 1e-21 * normal(rng)],
    ['sums subnormal, ties', 5, (rng) => 1e-22 * Math.floor(rng() * 3)],
    ['huge 1e15', 13, (rng) => 1e15 * normal(rng)],
    ['one column', 1, (rng) => normal(rng)],
    ['64 columns', 64, (rng) => normal(rng)],
    // From INT16_MIN_COLUMNS variables the mirror holds 16-bit integers (wardInt16Bound.ts).
    ['16-bit: ties', 12, (rng) => Math.floor(rng() * 3)],
    ['16-bit: offset 1e6', 10, (rng) => 1e6 + normal(rng)],
    // Integers cannot tell the points of a group apart: every such row goes to the exact test.
    [
      '16-bit: groups at +-1e4, spread 1e-3',
      8,
      (rng) => (rng() < 0.5 ? -1e4 : 1e4) + 1e-3 * normal(rng),
    ],
    ['16-bit: tiny 1e-100', 16, (rng) => 1e-100 * normal(rng)],
  ];
  for (const [name, p, value] of cases) {
    it(`gives select()'s rows and values (${name}, p = ${p})`, () => {
      const n = 240;
      const rng = mulberry32(11 + p);
      const x = Float64Array.from({ length: n * p }, () => value(rng));
      // Duplicate rows: distances of exactly 0.
      x.copyWithin(5 * p, 3 * p, 4 * p);
      x.copyWithin(9 * p, 3 * p, 4 * p);
      const k = wardKernel(n, p)!;
      k.cent.set(x);
      k.size.fill(1);
      expect(k.prepareFilter()).toBe(true);
      // Merged clusters: sizes above 1 and centroids that are means of rows.
      for (const [lo, hi] of [
        [0, 1],
        [2, 7],
        [0, 11],
      ]) {
        const nl = k.size[lo];
        const nh = k.size[hi];
        for (let c = 0; c < p; c++) {
          k.cent[lo * p + c] = (nl * k.cent[lo * p + c] + nh * k.cent[hi * p + c]) / (nl + nh);
        }
        k.size[lo] = nl + nh;
        k.rowChanged(lo);
        // hi's place taken by the last row, as the chain's swap-remove does.
        k.cent.copyWithin(hi * p, (n - 1) * p, n * p);
        k.size[hi] = k.size[n - 1];
        k.rowMoved(n - 1, hi);
      }
      const m = n - 3;
      for (const [pa, pprev] of [
        [0, -1],
        [3, 5],
        [9, 3],
        [17, 0],
        [m - 1, 2],
      ]) {
        k.dists(pa, m, k.size[pa]);
        const prevD = pprev >= 0 ? k.out[pprev] : Infinity;
        const count = k.select(pa, m, k.size[pa], pprev, prevD);
        const idx = Array.from(k.idx.subarray(0, count));
        const out = Array.from(k.out.subarray(0, count));
        const filtered = k.selectFiltered(pa, m, k.size[pa], pprev, prevD);
        expect(filtered).toBe(count);
        expect(Array.from(k.idx.subarray(0, filtered))).toEqual(idx);
        expect(Array.from(k.out.subarray(0, filtered))).toEqual(out);
      }
    });
  }

  it('is not used when a column spreads beyond 2^55 (single precision would overflow)', () => {
    const k = wardKernel(10, 2)!;
    k.cent.set(Float64Array.from({ length: 20 }, (_, i) => (i % 2 ? 1e18 * i : i)));
    k.size.fill(1);
    expect(k.prepareFilter()).toBe(false);
  });

  it('is not used with 16-bit integers when the data cannot be scaled to them (1e200, 1e-200)', () => {
    for (const v of [(i: number) => 1e200 * Math.sin(i), (i: number) => 1e-200 * Math.sin(i)]) {
      const k = wardKernel(10, 8)!;
      k.cent.set(Float64Array.from({ length: 80 }, (_, i) => v(i)));
      k.size.fill(1);
      expect(k.prepareFilter()).toBe(false);
    }
  });
});

describe('wardNnChain() with the single-precision filter', () => {
  it('gives the same merges as the JavaScript loop on tied and offset data', () => {
    const n = 1100;
    for (const [p, value] of [
      [6, (rng: () => number) => Math.floor(rng() * 4)],
      [20, (rng: () => number) => 1e7 + normal(rng)],
      [3, (rng: () => number) => 1e-35 * normal(rng)],
      // 16-bit integers (wardInt16Bound.ts): ties, and groups closer than the integers' step.
      [10, (rng: () => number) => Math.floor(rng() * 4)],
      [9, (rng: () => number) => (rng() < 0.5 ? -1e5 : 1e5) + 1e-2 * normal(rng)],
    ] as const) {
      const rng = mulberry32(40 + p);
      const x = Float64Array.from({ length: n * p }, () => value(rng));
      const viaKernel = wardNnChain(x, n, p, 'wasm');
      expect(wardSearchCounts.float32).toBe(true);
      expect(viaKernel).toEqual(wardNnChain(x, n, p, 'js'));
    }
  });
});
