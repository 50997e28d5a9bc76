import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.ts';

async function run(argv: string[]) {
  let out = '';
  let err = '';
  const code = await runCli(argv, { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}
const fixture = (p: string) =>
  fileURLToPath(new URL(`../fixtures/specialisation/${p}`, import.meta.url));
const refRows = readFileSync(fixture('reference-regions.csv'), 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((l) => l.split(','));

describe('atlas specialise', () => {
  it('atlas specialise --input gives LQ, KSI (both) and shares matching base R', async () => {
    const r = await run(['specialise', '--input', fixture('employment.csv')]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.out) as {
      regions: string[];
      industries: string[];
      lq: number[][];
      ksi: number[];
      ksi_rest: number[];
      share: number[][];
    };
    expect(Object.keys(out).slice(0, 6)).toEqual([
      'regions',
      'industries',
      'lq',
      'ksi',
      'ksi_rest',
      'share',
    ]);
    expect(out.regions).toEqual(refRows.map((x) => x[0]));
    refRows.forEach((row, i) => {
      out.lq[i].forEach((v, j) => expect(v).toBeCloseTo(Number(row[1 + j]), 12));
      expect(out.ksi[i]).toBeCloseTo(Number(row[6]), 12);
      expect(out.ksi_rest[i]).toBeCloseTo(Number(row[7]), 12);
    });
    const colSums = out.industries.map((_, j) => out.share.reduce((a, row) => a + row[j], 0));
    colSums.forEach((s) => expect(s).toBeCloseTo(1, 12));
  });

  it('atlas specialise --format csv is long: one row per region and industry', async () => {
    const r = await run(['specialise', '--input', fixture('employment.csv'), '--format', 'csv']);
    const lines = r.out.trim().split('\n');
    expect(lines[0]).toBe('region,industry,value,lq,share,ksi,ksi_rest,strong,stars');
    expect(lines).toHaveLength(1 + 6 * 5);
    expect(lines[1].startsWith('KZ-AKM,agriculture,1200,2.25777777777777')).toBe(true);
  });

  it('atlas specialise without --input exits 2', async () => {
    const r = await run(['specialise']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('--input');
  });
});
