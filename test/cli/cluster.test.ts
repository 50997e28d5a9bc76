import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.ts';
import { rReference } from '../core/cluster/fixtures.ts';

async function run(argv: string[]) {
  let out = '';
  let err = '';
  const code = await runCli(argv, { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

const dir = mkdtempSync(join(tmpdir(), 'atlas-cluster-'));
function csvFile(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

const ds = rReference.datasets[2];
const header = ['label', ...ds.x[0].map((_, j) => `v${j + 1}`)].join(',');
const lines = ds.x.map((row, i) => [`obs${i + 1}`, ...row.map((v) => v.toPrecision(17))].join(','));
const d60 = csvFile('d60.csv', [header, ...lines].join('\n') + '\n');

describe('atlas cluster', () => {
  it("prints R's hclust(dist(scale(X)), 'ward.D2') tree and cutree(h, 3) as JSON", async () => {
    const r = await run(['cluster', '--input', d60, '--k', '3']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.out);
    expect(Object.keys(out)).toEqual(['labels', 'merge', 'height', 'order', 'cut']);
    expect(out.labels[0]).toBe('obs1');
    expect(out.merge).toEqual(ds.ward.merge);
    expect(out.order).toEqual(ds.ward.order);
    out.height.forEach((h: number, i: number) =>
      expect(Math.abs(h - ds.ward.height[i]) / ds.ward.height[i]).toBeLessThan(1e-9),
    );
    expect(out.cut).toEqual(ds.ward.cutree.k3);
  });

  it('cuts into 2 groups by default and uses the other linkages on request', async () => {
    const r = await run(['cluster', '--input', d60, '--method', 'average']);
    const out = JSON.parse(r.out);
    expect(out.merge).toEqual(ds.average.merge);
    expect(out.cut).toEqual(ds.average.cutree.k2);
  });

  it('writes one CSV row per observation: label, cluster', async () => {
    const r = await run(['cluster', '--input', d60, '--k', '4', '--format', 'csv']);
    const rows = r.out.trim().split('\n');
    expect(rows[0]).toBe('label,cluster');
    expect(rows.slice(1).map((l) => Number(l.split(',')[1]))).toEqual(ds.ward.cutree.k4);
  });

  it('exits 1 naming the observations and columns with missing values', async () => {
    const f = csvFile('gap.csv', 'region,a,b\nX,1,2\nY,,3\nZ,4,5\nW,6,7\n');
    const r = await run(['cluster', '--input', f]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/Missing or not a number: observations .*Y; variables a/);
  });

  it('exits 2 on a bad --method or --k', async () => {
    expect((await run(['cluster', '--input', d60, '--method', 'centroid'])).code).toBe(2);
    expect((await run(['cluster', '--input', d60, '--k', 'two'])).code).toBe(2);
  });
});

describe('atlas cluster with a helper thread (issue 14)', () => {
  it('prints the same tree with a second thread (from SPLIT_MIN_OBSERVATIONS rows) as with ATLAS_THREADS=1', async () => {
    const { SPLIT_MIN_OBSERVATIONS, mulberry32, normal, wardSearchCounts } =
      await import('../../src/core/index.ts');
    const rng = mulberry32(5);
    const rows = Array.from({ length: SPLIT_MIN_OBSERVATIONS }, (_, i) =>
      [`o${i + 1}`, normal(rng).toFixed(6), (3 * normal(rng)).toFixed(6)].join(','),
    );
    const big = csvFile('big.csv', ['label,a,b', ...rows].join('\n') + '\n');
    const before = process.env.ATLAS_THREADS;
    process.env.ATLAS_THREADS = '1';
    let one: Awaited<ReturnType<typeof run>>;
    try {
      one = await run(['cluster', '--input', big, '--k', '4']);
    } finally {
      if (before === undefined) delete process.env.ATLAS_THREADS;
      else process.env.ATLAS_THREADS = before;
    }
    expect(one.code).toBe(0);
    expect(wardSearchCounts.shared).toBe(0);
    const two = await run(['cluster', '--input', big, '--k', '4']);
    expect(two.code).toBe(0);
    expect(two.err).toBe('');
    expect(two.out).toBe(one.out);
    expect(JSON.parse(two.out).height).toHaveLength(SPLIT_MIN_OBSERVATIONS - 1);
  });
});
