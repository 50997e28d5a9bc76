import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.ts';
import { loadFixture, maxDiffUpToOrderSign } from '../core/factors/fixtures.ts';

const fixtureCsv = fileURLToPath(new URL('../fixtures/factors/d50x10.csv', import.meta.url));

async function run(argv: string[]) {
  let out = '';
  let err = '';
  const code = await runCli(argv, { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

interface FactorsJson {
  variables: string[];
  eigenvalues: number[];
  explained: number[];
  nfactors: number;
  loadings: number[][];
  rotated: number[][] | null;
  communalities: number[];
  iterations: number;
  convention: string;
}

describe('atlas factors', () => {
  it('atlas factors --input gives R prcomp eigenvalues and varimax loadings (Kaiser rule)', async () => {
    const { fx } = loadFixture('d50x10');
    const r = await run(['factors', '--input', fixtureCsv]);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out) as FactorsJson;
    expect(j.variables).toEqual(fx.variables);
    expect(j.nfactors).toBe(3);
    expect(Math.max(...j.eigenvalues.map((v, m) => Math.abs(v - fx.eigenvalues[m])))).toBeLessThan(
      1e-9,
    );
    expect(maxDiffUpToOrderSign(j.rotated!, fx.varimax)).toBeLessThan(1e-6);
    expect(j.iterations).toBe(fx.iterations);
    expect(j.loadings).toHaveLength(10);
    expect(j.convention).toMatch(/R's stats::varimax/);
    for (const key of ['explained', 'communalities']) expect(j).toHaveProperty(key);
  });

  it('atlas factors --factors 2 --rotation none --format csv prints the loadings table', async () => {
    const r = await run([
      'factors',
      '--input',
      fixtureCsv,
      '--factors',
      '2',
      '--rotation',
      'none',
      '--format',
      'csv',
    ]);
    expect(r.code).toBe(0);
    const lines = r.out.trim().split('\n');
    expect(lines[0]).toBe('variable,PC1,PC2,communality');
    expect(lines).toHaveLength(11);
    expect(lines[1].startsWith('V01,')).toBe(true);
  });

  it('atlas factors --convention spss reports its iterations', async () => {
    const r = await run(['factors', '--input', fixtureCsv, '--convention', 'spss']);
    const j = JSON.parse(r.out) as FactorsJson;
    expect(j.iterations).toBeGreaterThan(0);
    expect(j.iterations).toBeLessThanOrEqual(25);
    expect(j.convention).toMatch(/SPSS/);
  });

  it('atlas factors names missing cells by row and column and exits 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-factors-'));
    const text = readFileSync(fixtureCsv, 'utf8').split('\n');
    text[3] = text[3].replace(/,[^,]+$/, ',-');
    const file = join(dir, 'gap.csv');
    writeFileSync(file, text.join('\n'));
    const r = await run(['factors', '--input', file]);
    expect(r.code).toBe(1);
    expect(r.err).toContain('row 4 (o03), column K (V10): missing');
  });

  it('atlas factors rejects a bad --factors, --rotation or --convention with exit 2', async () => {
    expect((await run(['factors', '--input', fixtureCsv, '--factors', '11'])).code).toBe(2);
    expect((await run(['factors', '--input', fixtureCsv, '--factors', 'two'])).code).toBe(2);
    expect((await run(['factors', '--input', fixtureCsv, '--rotation', 'promax'])).code).toBe(2);
    expect((await run(['factors', '--input', fixtureCsv, '--convention', 'sas'])).code).toBe(2);
  });
});
