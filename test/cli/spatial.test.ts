import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.ts';
import {
  fixtureDir,
  maxRelativeError,
  samePartition,
  sklearn,
  spdep,
} from '../core/spatial/fixtures.ts';

async function run(argv: string[]) {
  let out = '';
  let err = '';
  const code = await runCli(argv, { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

const kzCsv = join(fixtureDir, 'kz16.csv');
const kzGeo = join(fixtureDir, 'kz16.geojson');
const gridCsv = join(fixtureDir, 'grid.csv');
const gridGeo = join(fixtureDir, 'grid.geojson');
const dir = mkdtempSync(join(tmpdir(), 'atlas-spatial-'));

describe('atlas spatial', () => {
  it('prints the JSON of issue 10 with spdep values (queen, row-standardised)', async () => {
    const r = await run(['spatial', '--input', kzCsv, '--geo', kzGeo, '--variable', 'grp']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(Object.keys(j)).toEqual(['weights', 'moran', 'local', 'getis_ord']);
    expect(Object.keys(j.weights)).toEqual(['kind', 'neighbours', 'islands']);
    expect(j.weights.kind).toBe('queen');
    expect(j.weights.islands).toEqual([]);
    for (const id of spdep.kz16.ids)
      expect([...j.weights.neighbours[id]].sort()).toEqual(
        [...spdep.kz16.queen.neighbours[id]].sort(),
      );
    expect(Object.keys(j.moran)).toEqual([
      'I',
      'expected',
      'variance_normal',
      'variance_randomisation',
      'z',
      'p',
      'p_permutation',
    ]);
    const m = spdep.kz16.queen.stats.grp.moranW;
    expect(
      maxRelativeError(
        [j.moran.I, j.moran.expected, j.moran.variance_normal, j.moran.variance_randomisation],
        [m.I, m.expected, m.variance_normal, m.variance_randomisation],
      ),
    ).toBeLessThan(1e-12);
    expect(j.moran.p).toBeCloseTo(m.p_randomisation, 13);
    expect(Object.keys(j.local[0])).toEqual([
      'id',
      'Ii',
      'expected',
      'variance',
      'z',
      'p_permutation',
      'quadrant',
      'significant',
    ]);
    const l = spdep.kz16.queen.stats.grp.localW.conditional;
    expect(j.local.map((x: { id: string }) => x.id)).toEqual(spdep.kz16.ids);
    expect(
      maxRelativeError(
        j.local.map((x: { Ii: number }) => x.Ii),
        l.Ii,
      ),
    ).toBeLessThan(1e-11);
    expect(
      maxRelativeError(
        j.local.map((x: { z: number }) => x.z),
        l.Z,
      ),
    ).toBeLessThan(1e-9);
    expect(
      maxRelativeError(
        j.getis_ord.map((x: { z: number }) => x.z),
        spdep.kz16.queen.stats.grp.localGstarW,
      ),
    ).toBeLessThan(1e-9);
    // Seeded: the same command prints the same p-values.
    const again = await run(['spatial', '--input', kzCsv, '--geo', kzGeo, '--variable', 'grp']);
    expect(again.out).toBe(r.out);
  });

  it('takes --weights rook|knn:K|distance:KM, --style binary, --permutations, --seed, CSV', async () => {
    const rook = JSON.parse(
      (
        await run([
          'spatial',
          '--input',
          gridCsv,
          '--geo',
          gridGeo,
          '--variable',
          'a',
          '--weights',
          'rook',
          '--style',
          'binary',
        ])
      ).out,
    );
    expect(rook.weights.kind).toBe('rook');
    expect(rook.moran.I).toBeCloseTo(spdep.grid.rook.stats.a.moranB.I, 12);
    const knn = JSON.parse(
      (
        await run([
          'spatial',
          '--input',
          gridCsv,
          '--geo',
          gridGeo,
          '--variable',
          'b',
          '--weights',
          'knn:4',
          '--permutations',
          '99',
          '--seed',
          '5',
        ])
      ).out,
    );
    expect(knn.weights.kind).toBe('knn:4');
    expect(knn.local.every((x: { p_permutation: number }) => x.p_permutation >= 0.01)).toBe(true);
    const band = await run([
      'spatial',
      '--input',
      gridCsv,
      '--geo',
      gridGeo,
      '--variable',
      'a',
      '--weights',
      'distance:120',
      '--format',
      'csv',
    ]);
    expect(band.code).toBe(0);
    expect(band.out.split('\n')[0]).toBe(
      'id,value,lag,neighbours,Ii,expected,variance,z,p_permutation,p_adjusted,quadrant,significant,getis_ord_z',
    );
  });

  it('lists every unjoined row and bad flags with a clear message', async () => {
    const csv = join(dir, 'bad.csv');
    writeFileSync(csv, 'region,x\nKZ-AKM,1\nAtlantis,2\nКарагандинская область,3\nNowhere,4\n');
    const r = await run(['spatial', '--input', csv, '--geo', kzGeo, '--variable', 'x']);
    expect(r.code).toBe(1);
    expect(r.err).toContain("Row 3: 'Atlantis' matches no feature");
    expect(r.err).toContain("Row 5: 'Nowhere' matches no feature");
    expect(r.err).not.toContain('Карагандинская');
    const w = await run([
      'spatial',
      '--input',
      kzCsv,
      '--geo',
      kzGeo,
      '--variable',
      'grp',
      '--weights',
      'hex',
    ]);
    expect(w.code).toBe(2);
    expect(w.err).toContain("--weights must be queen, rook, knn:K or distance:KM, not 'hex'");
    const v = await run(['spatial', '--input', kzCsv, '--geo', kzGeo, '--variable', 'gdp']);
    expect(v.err).toContain("no column 'gdp'");
  });
});

describe('atlas cluster --geo', () => {
  it('SCHC prints the cluster JSON with cut, equal to scikit-learn on the grid', async () => {
    const r = await run([
      'cluster',
      '--input',
      gridCsv,
      '--geo',
      gridGeo,
      '--method',
      'schc',
      '--k',
      '4',
      '--weights',
      'rook',
    ]);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    for (const key of ['labels', 'merge', 'height', 'order', 'cut']) expect(j).toHaveProperty(key);
    expect(j.cut).toHaveLength(30);
    expect(j.cut[0]).toBe(1);
    expect(samePartition(j.cut, sklearn.grid.rook.labels.k4)).toBe(true);
    expect(maxRelativeError(j.height, sklearn.grid.rook.distances)).toBeLessThan(1e-12);
  });

  it('SKATER equals spdep skater(); max-p meets its floor; ARI against seed 003 on the 16 regions', async () => {
    const sk = JSON.parse(
      (await run(['cluster', '--input', kzCsv, '--geo', kzGeo, '--method', 'skater', '--k', '5']))
        .out,
    );
    expect(sk.merge).toBeNull();
    const order = spdep.kz16.ids;
    expect(samePartition(sk.cut, spdep.kz16.queen.skater.k5.groups)).toBe(true);
    expect(sk.labels).toEqual(order);
    expect(typeof sk.ari_published).toBe('number');
    expect(typeof sk.ari_ward).toBe('number');
    const mp = await run([
      'cluster',
      '--input',
      kzCsv,
      '--geo',
      kzGeo,
      '--method',
      'maxp',
      '--floor-variable',
      'employed',
      '--floor',
      '1500000',
    ]);
    expect(mp.code).toBe(0);
    const j = JSON.parse(mp.out);
    const lines = readFileSync(kzCsv, 'utf8').trim().split('\n').slice(1);
    const emp = lines.map((l) => Number(l.split(',')[2]));
    expect(j.k).toBeGreaterThanOrEqual(2);
    for (let g = 1; g <= j.k; g++) {
      const s = emp.reduce((a, v, i) => a + (j.cut[i] === g ? v : 0), 0);
      expect(s).toBeGreaterThanOrEqual(1500000);
    }
  });
});
