import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/main.ts';

async function run(argv: string[]) {
  let out = '';
  let err = '';
  const code = await runCli(argv, { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}
const fixture = (p: string) => fileURLToPath(new URL(`../../fixtures/coinr/${p}`, import.meta.url));
const base = ['sensitivity', '--idata', fixture('iData.csv'), '--imeta', fixture('iMeta.csv')];

interface Out {
  inputs: string[];
  runs: number;
  evaluations: number;
  index: string;
  units: {
    uCode: string;
    nominal: number;
    median: number;
    p05: number;
    p95: number;
    classes: Record<string, number>;
  }[];
  sobol: { input: string; first: number; firstCI: number[]; total: number; totalCI: number[] }[];
  leaveOneOut: { iCode: string; meanShift: number; maxShift: number }[];
}

describe('atlas sensitivity --idata --imeta --vary ... --runs N --seed S', () => {
  it('prints rank intervals, class shares and Sobol indices with intervals; the same seed gives the same output', async () => {
    const argv = [
      ...base,
      '--vary',
      'weights,normalise,aggregate,impute',
      '--runs',
      '200',
      '--seed',
      '5',
    ];
    const a = await run(argv);
    expect(a.code).toBe(0);
    const o = JSON.parse(a.out) as Out;
    expect(o.inputs).toEqual(['weights', 'normalise', 'aggregate', 'impute']);
    expect(o.evaluations).toBe(200 * 6);
    expect(o.units).toHaveLength(20);
    for (const u of o.units) {
      expect(u.p05).toBeLessThanOrEqual(u.median);
      expect(u.median).toBeLessThanOrEqual(u.p95);
      expect(Object.values(u.classes).reduce((s, x) => s + x, 0)).toBeCloseTo(1, 5);
    }
    for (const s of o.sobol) {
      expect(s.firstCI[0]).toBeLessThanOrEqual(s.firstCI[1]);
      expect(s.totalCI[0]).toBeLessThanOrEqual(s.total + 1e-6);
    }
    expect(o.leaveOneOut.map((l) => l.iCode)).toEqual([
      'I1',
      'I2',
      'I3',
      'I4',
      'I5',
      'I6',
      'I7',
      'I8',
    ]);
    expect((await run(argv)).out).toBe(a.out);
  });

  it('with one uncertain input, that input explains everything (first-order and total near 1)', async () => {
    const r = await run([...base, '--vary', 'normalise', '--runs', '400', '--seed', '2']);
    const o = JSON.parse(r.out) as Out;
    expect(o.sobol).toHaveLength(1);
    expect(o.sobol[0].first).toBeGreaterThan(0.9);
    expect(o.sobol[0].first).toBeLessThan(1.1);
    expect(o.sobol[0].total).toBeGreaterThan(0.9);
    expect(o.sobol[0].total).toBeLessThan(1.1);
  });

  it('refuses an unknown input in --vary', async () => {
    const r = await run([...base, '--vary', 'weights,colour']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('--vary');
  });
});
