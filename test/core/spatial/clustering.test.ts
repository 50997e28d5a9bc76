import { describe, expect, it } from 'vitest';
import { cutree } from '../../../src/core/cluster/cutree.ts';
import { zScoreColumns } from '../../../src/core/stats/zscore.ts';
import { maxp } from '../../../src/core/spatial/maxp.ts';
import { minimumSpanningTree } from '../../../src/core/spatial/minimumSpanningTree.ts';
import { componentCount, schc } from '../../../src/core/spatial/schc.ts';
import { skater } from '../../../src/core/spatial/skater.ts';
import {
  indexLists,
  maxRelativeError,
  readTable,
  samePartition,
  sklearn,
  spdep,
} from './fixtures.ts';

function standardised(set: 'kz16' | 'grid'): number[][] {
  const t = readTable(set);
  const cols = spdep[set].variables.map((v) => t.columns.indexOf(v));
  return zScoreColumns(t.rows.map((r) => cols.map((j) => r[j]))).data;
}

describe('SCHC against scikit-learn AgglomerativeClustering(linkage="ward", connectivity)', () => {
  for (const set of ['kz16', 'grid'] as const) {
    for (const rule of ['queen', 'rook'] as const) {
      it(`${set} ${rule}: children_, distances_ (1e-12) and labels_ for k = 2..6`, () => {
        const nb = indexLists(spdep[set].ids, spdep[set][rule].neighbours);
        const r = schc(standardised(set), nb);
        if (!r.ok) throw new Error(r.issues[0].message);
        const ref = sklearn[set][rule];
        expect(r.value.children).toEqual(ref.children);
        expect(maxRelativeError(r.value.tree.height, ref.distances)).toBeLessThan(1e-12);
        for (let k = 2; k <= 6; k++) {
          expect(samePartition(cutree(r.value.tree, k), ref.labels[`k${k}`])).toBe(true);
        }
      });
    }
  }

  it('refuses a neighbour graph in two parts, naming the fix', () => {
    const r = schc([[0], [1], [5], [6]], [[1], [0], [3], [2]]);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0].code).toBe('weights-not-connected');
    expect(componentCount([[1], [0], [3], [2]])).toBe(2);
  });

  it('only merges neighbours: every group of every cut is connected', () => {
    const nb = indexLists(spdep.grid.ids, spdep.grid.rook.neighbours);
    const r = schc(standardised('grid'), nb);
    if (!r.ok) throw new Error('schc failed');
    for (let k = 2; k <= 10; k++) {
      const labels = cutree(r.value.tree, k);
      for (let g = 1; g <= k; g++) {
        const members = labels.flatMap((l, i) => (l === g ? [i] : []));
        const sub = members.map((i) =>
          nb[i].filter((j) => labels[j] === g).map((j) => members.indexOf(j)),
        );
        expect(componentCount(sub)).toBe(1);
      }
    }
  });
});

describe('SKATER against spdep skater()', () => {
  for (const set of ['kz16', 'grid'] as const) {
    for (const rule of ['queen', 'rook'] as const) {
      it(`${set} ${rule}: mstree(ini = 1) edges and skater(ncuts = k - 1) groups and ssw`, () => {
        const ids = spdep[set].ids;
        const nb = indexLists(ids, spdep[set][rule].neighbours);
        const z = standardised(set);
        const mst = minimumSpanningTree(z, nb, 0)!;
        const ref = spdep[set][rule];
        expect(mst.map(([a, b]) => [ids[a], ids[b]])).toEqual(ref.mst.map(([a, b]) => [a, b]));
        expect(
          maxRelativeError(
            mst.map((e) => e[2]),
            ref.mst.map((e) => Number(e[2])),
          ),
        ).toBeLessThan(1e-12);
        for (const key of Object.keys(ref.skater)) {
          const k = Number(key.slice(1));
          const r = skater(z, nb, { k });
          if (!r.ok) throw new Error(r.issues[0].message);
          expect(r.value.groups).toEqual(ref.skater[key].groups);
          expect(maxRelativeError(r.value.ssw, ref.skater[key].ssw)).toBeLessThan(1e-12);
        }
      });
    }
  }

  it('respects a minimum group size (spdep crit)', () => {
    const nb = indexLists(spdep.grid.ids, spdep.grid.rook.neighbours);
    const r = skater(standardised('grid'), nb, { k: 4, minSize: 5 });
    if (!r.ok) throw new Error('skater failed');
    const sizes = [1, 2, 3, 4].map((g) => r.value.groups.filter((l) => l === g).length);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(5);
  });
});

describe('maxp()', () => {
  const nb = indexLists(spdep.grid.ids, spdep.grid.rook.neighbours);
  const z = standardised('grid');
  const pop = z.map((_, i) => 10 + (i % 7));

  it('meets the floor in every region, keeps regions contiguous, repeats with the seed', () => {
    const r = maxp(z, nb, { floorValues: pop, floor: 60, seed: 7 });
    if (!r.ok) throw new Error(r.issues[0].message);
    const { labels, regions } = r.value;
    expect(new Set(labels).size).toBe(regions);
    // 30 units summing to sum(pop); the floor allows at most floor(total / 60) regions.
    const total = pop.reduce((a, b) => a + b, 0);
    expect(regions).toBeLessThanOrEqual(Math.floor(total / 60));
    expect(regions).toBeGreaterThanOrEqual(2);
    for (let g = 1; g <= regions; g++) {
      const members = labels.flatMap((l, i) => (l === g ? [i] : []));
      expect(members.reduce((s, i) => s + pop[i], 0)).toBeGreaterThanOrEqual(60);
      const sub = members.map((i) =>
        nb[i].filter((j) => labels[j] === g).map((j) => members.indexOf(j)),
      );
      expect(componentCount(sub)).toBe(1);
    }
    const again = maxp(z, nb, { floorValues: pop, floor: 60, seed: 7 });
    expect(again.ok && again.value.labels).toEqual(labels);
  });

  it('says so when the floor exceeds the total', () => {
    const r = maxp(z, nb, { floorValues: pop, floor: 1e6 });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0].code).toBe('floor-unreachable');
  });
});
