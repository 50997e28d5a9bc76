import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { hclust, type WardAlgorithm } from '../../../src/core/cluster/hclust.ts';
import { toHclustTree } from '../../../src/core/cluster/hclustTree.ts';
import { wardNnChain, wardSearchCounts } from '../../../src/core/cluster/ward.ts';
import { mulberry32, normal } from '../../../src/core/stats/random.ts';
import { zScoreColumns } from '../../../src/core/stats/zscore.ts';
import { maxRelativeError, rReference, scipyReference } from './fixtures.ts';

const large = JSON.parse(
  readFileSync(
    fileURLToPath(new URL('../../fixtures/cluster/r_ward_large.json', import.meta.url)),
    'utf8',
  ),
) as { z: number[][]; merge: [number, number][]; height: number[]; order: number[] };

/**
 * Textbook reference, independent of the chain: R's global-minimum scan (smallest distance,
 * ties to the lexicographically smallest pair) with the Lance-Williams update for Ward on
 * squared distances (Murtagh & Legendre 2014, "Ward2"); O(n^3), fine for a few hundred.
 */
function naiveWard(x: number[][]) {
  const n = x.length;
  const d = x.map((a) => x.map((b) => a.reduce((s, v, k) => s + (v - b[k]) ** 2, 0)));
  const size = new Array<number>(n).fill(1);
  const alive = new Array<boolean>(n).fill(true);
  const raw: { a: number; b: number; height: number }[] = [];
  for (let step = 0; step < n - 1; step++) {
    let best = Infinity;
    let bi = -1;
    let bj = -1;
    for (let i = 0; i < n; i++) {
      if (!alive[i]) continue;
      for (let j = i + 1; j < n; j++) {
        if (alive[j] && d[i][j] < best) {
          best = d[i][j];
          bi = i;
          bj = j;
        }
      }
    }
    raw.push({ a: bi, b: bj, height: Math.sqrt(best) });
    for (let k = 0; k < n; k++) {
      if (!alive[k] || k === bi || k === bj) continue;
      const t = size[bi] + size[bj] + size[k];
      const v =
        ((size[bi] + size[k]) * d[bi][k] + (size[bj] + size[k]) * d[bj][k] - size[k] * best) / t;
      d[bi][k] = v;
      d[k][bi] = v;
    }
    size[bi] += size[bj];
    alive[bj] = false;
  }
  return toHclustTree(n, raw);
}

function mixture(n: number, p: number, seed: number): number[][] {
  const rng = mulberry32(seed);
  const centres = Array.from({ length: 5 }, () => Array.from({ length: p }, () => 3 * normal(rng)));
  return Array.from({ length: n }, () => {
    const c = centres[Math.floor(rng() * 5)];
    return c.map((m) => m + normal(rng));
  });
}

// Every Ward path (condensed matrix, wardMatrix.ts; centroids, ward.ts, with the WebAssembly
// kernel of wardKernel.ts and with the JavaScript loop) on every reference, so that none can
// drift from R whichever one hclust() picks for the data at hand.
const PATHS: WardAlgorithm[] = ['matrix', 'centroids', 'centroids-js'];
describe.each(PATHS)("hclust(X, 'ward', { wardAlgorithm: '%s' })", (wardAlgorithm) => {
  const ward = (x: ReadonlyArray<ArrayLike<number>>) => hclust(x, 'ward', { wardAlgorithm });

  for (const ds of rReference.datasets) {
    it(`equals R ${ds.ward.call} on ${ds.name}: merges, order, heights within 1e-9`, () => {
      const t = ward(ds.standardise === 'z' ? zScoreColumns(ds.x).data : ds.x);
      expect(t.merge).toEqual(ds.ward.merge);
      expect(t.order).toEqual(ds.ward.order);
      expect(maxRelativeError(t.height, ds.ward.height)).toBeLessThan(1e-9);
    });
  }

  for (const ds of scipyReference.datasets) {
    it(`gives SciPy's linkage(z, 'ward') heights on ${ds.name}`, () => {
      const z = rReference.datasets.find((d) => d.name === ds.name)!.z;
      expect(maxRelativeError(ward(z).height, ds.ward.height)).toBeLessThan(1e-9);
    });
  }

  it("gives R's hclust(dist(scale(X)), 'ward.D2') tree on 400 x 8 (merges, order, heights)", () => {
    const t = ward(large.z);
    expect(t.merge).toEqual(large.merge);
    expect(t.order).toEqual(large.order);
    expect(maxRelativeError(t.height, large.height)).toBeLessThan(1e-9);
  });

  it("gives SciPy's linkage(z, 'ward') heights on 400 x 8", () => {
    expect(maxRelativeError(ward(large.z).height, scipyReference.large.height)).toBeLessThan(1e-9);
  });

  for (const [n, p, seed] of [
    [150, 20, 1],
    [200, 3, 2],
    [120, 1, 3],
  ]) {
    it(`equals the global-minimum Lance-Williams Ward on a ${n} x ${p} mixture`, () => {
      const x = mixture(n, p, seed);
      const fast = ward(x);
      const ref = naiveWard(x);
      expect(fast.merge).toEqual(ref.merge);
      expect(fast.order).toEqual(ref.order);
      expect(maxRelativeError(fast.height, ref.height)).toBeLessThan(1e-9);
    });
  }

  it('merges duplicated observations first, at height 0, smallest indices first', () => {
    const x = mixture(40, 5, 4);
    const withDuplicates = [...x, x[3], x[10], x[3]];
    const t = ward(withDuplicates);
    expect(t.height.slice(0, 3)).toEqual([0, 0, 0]);
    expect(t.merge).toEqual(naiveWard(withDuplicates).merge);
  });
});

describe('wardNnChain()', () => {
  it('returns n - 1 raw merges naming clusters by their smallest member', () => {
    const x = Float64Array.from(mixture(30, 6, 5).flat());
    const raw = wardNnChain(x, 30, 6);
    expect(raw).toHaveLength(29);
    for (const r of raw) expect(r.a).toBeLessThan(r.b);
  });

  it('answers some searches from the K nearest it remembers, with the tree of R (400 x 8)', () => {
    const n = large.z.length;
    const p = large.z[0].length;
    const tree = toHclustTree(n, wardNnChain(Float64Array.from(large.z.flat()), n, p));
    expect(tree.merge).toEqual(large.merge);
    expect(wardSearchCounts.remembered).toBeGreaterThan(n / 4);
    // A plain chain searches about 3 times per merge; remembered ones replace some of them.
    expect(wardSearchCounts.full + wardSearchCounts.remembered).toBeGreaterThan(2 * (n - 1));
    expect(wardSearchCounts.full).toBeLessThan(2.6 * (n - 1));
  });
});
