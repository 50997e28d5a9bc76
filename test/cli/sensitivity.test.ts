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
const ref = JSON.parse(
  readFileSync(
    fileURLToPath(new URL('../fixtures/sensitivity/reference.json', import.meta.url)),
    'utf8',
  ),
) as {
  cases: {
    mode: string;
    seed: number;
    runs: number;
    units: {
      unit: string;
      nominal: number;
      median: number;
      p05: number;
      p95: number;
      classes: Record<string, number>;
    }[];
  }[];
};

describe('atlas sensitivity', () => {
  for (const c of ref.cases) {
    it(`atlas sensitivity --mode ${c.mode} matches the NumPy reference (seed ${c.seed})`, async () => {
      const r = await run([
        'sensitivity',
        '--dataset',
        'innovation-2010',
        '--runs',
        String(c.runs),
        '--seed',
        String(c.seed),
        '--mode',
        c.mode,
        '--noise',
        '0.25',
      ]);
      expect(r.code).toBe(0);
      const out = JSON.parse(r.out) as {
        runs: number;
        seed: number;
        noise: number;
        regions: {
          code: string;
          nominal: number;
          median: number;
          p05: number;
          p95: number;
          classes: Record<string, number>;
        }[];
      };
      expect([out.runs, out.seed, out.noise]).toEqual([c.runs, c.seed, 0.25]);
      for (const e of c.units) {
        const g = out.regions.find((x) => x.code === e.unit)!;
        expect([g.nominal, g.median, g.p05]).toEqual([e.nominal, e.median, e.p05]);
        expect(g.p95).toBeCloseTo(e.p95, 5);
        for (const [k, v] of Object.entries(e.classes)) expect(g.classes[k]).toBeCloseTo(v, 6);
      }
    });
  }

  it('atlas sensitivity --format csv gives one row per region with p_<class> columns', async () => {
    const r = await run([
      'sensitivity',
      '--dataset',
      'innovation-2014',
      '--runs',
      '50',
      '--format',
      'csv',
    ]);
    expect(r.code).toBe(0);
    const lines = r.out.trim().split('\n');
    expect(lines).toHaveLength(17);
    expect(lines[0]).toBe(
      'code,name,nominal,median,p05,p95,p_A++,p_A+,p_A,p_B++,p_B+,p_B,p_C++,p_C+,p_C,p_D',
    );
  });

  it('atlas sensitivity rejects a bad --noise, --runs or --mode with exit 2', async () => {
    for (const bad of [
      ['--noise', '1.5'],
      ['--runs', '0'],
      ['--runs', 'ten'],
      ['--mode', 'normal'],
    ]) {
      const r = await run(['sensitivity', '--dataset', 'innovation-2010', ...bad]);
      expect(r.code).toBe(2);
      expect(r.err).toContain(bad[0]);
    }
  });
});
