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
  fileURLToPath(new URL(`../fixtures/crosswalk/${p}`, import.meta.url));
const expected = <T>(p: string) => JSON.parse(readFileSync(fixture(p), 'utf8')) as T;

interface Row {
  code: string;
  year: number | null;
  values: Record<string, number | null>;
}

describe('atlas crosswalk', () => {
  it('atlas crosswalk --to 2014 sums population and weights unemployment as the Python reference', async () => {
    const r = await run([
      'crosswalk',
      '--input',
      fixture('long-panel.csv'),
      '--to',
      '2014',
      '--additive',
      'Население',
      '--weighted',
      'D',
      '--weight',
      'C',
    ]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.out) as { rows: Row[]; source_scheme: Record<string, string> };
    expect(out.source_scheme).toEqual({ 2021: 'current', 2022: 'current', 2023: 'current' });
    const ref =
      expected<{ code: string; year: number; population: number; rate: number; parts: number }[]>(
        'expected-to-2014.json',
      );
    expect(out.rows).toHaveLength(ref.length);
    for (const e of ref) {
      const row = out.rows.find((x) => x.code === e.code && x.year === e.year)!;
      expect(row.values['Население']).toBeCloseTo(e.population, 9);
      expect(row.values['Уровень безработицы %']).toBeCloseTo(e.rate, 9);
      // The undeclared column survives only where the territory did not change.
      if (e.parts > 1) expect(row.values.note).toBeNull();
      else expect(row.values.note).not.toBeNull();
    }
  });
  it('atlas crosswalk reads a Windows-1251 Bureau table with a republic total row', async () => {
    const r = await run([
      'crosswalk',
      '--input',
      fixture('bns-wide-2021-2023.csv'),
      '--to',
      '2014',
      '--additive',
      'B',
    ]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.out) as { rows: Row[]; national: { year: number }[] };
    expect(out.rows.map((x) => x.code)).not.toContain('KZ');
    expect(out.national.map((n) => n.year)).toEqual([2021, 2022, 2023]);
    const ref = expected<{ code: string; year: number; value: number | null }[]>(
      'expected-wide-to-2014.json',
    );
    for (const e of ref) {
      const row = out.rows.find((x) => x.code === e.code && x.year === e.year)!;
      const v = row.values['Численность населения по регионам'];
      if (e.value === null) expect(v).toBeNull();
      else expect(v).toBeCloseTo(e.value, 6);
    }
  });
  it('atlas crosswalk --to current splits 2014 regions with the allocation key', async () => {
    const args = ['crosswalk', '--input', fixture('long-2014-2017.csv'), '--to', 'current'];
    const without = await run([...args, '--additive', 'C']);
    expect(without.code).toBe(1);
    expect(without.err).toMatch(/allocation key/);
    expect(without.err).toMatch(/Shymkent/);
    const r = await run([
      ...args,
      '--additive',
      'C',
      '--weighted',
      'D',
      '--weight',
      'C',
      '--shares',
      fixture('shares.csv'),
      '--format',
      'json',
    ]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.out) as { rows: Row[] };
    const ref = expected<{ code: string; population: number; rate: number }[]>(
      'expected-to-current.json',
    );
    expect(out.rows.map((x) => x.code).sort()).toEqual(ref.map((x) => x.code).sort());
    for (const e of ref) {
      const row = out.rows.find((x) => x.code === e.code)!;
      expect(row.values['Население']).toBeCloseTo(e.population, 9);
      expect(row.values['Уровень безработицы %']).toBeCloseTo(e.rate, 9);
    }
  });
  it('atlas crosswalk names an unknown column and lists the columns', async () => {
    const r = await run([
      'crosswalk',
      '--input',
      fixture('long-panel.csv'),
      '--to',
      '2014',
      '--additive',
      'Z',
    ]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/no column 'Z'.*C \(Население\)/);
  });
  it('atlas crosswalk --format csv writes code, year and one column per header', async () => {
    const r = await run([
      'crosswalk',
      '--input',
      fixture('long-panel.csv'),
      '--to',
      '2014',
      '--additive',
      'C',
      '--format',
      'csv',
    ]);
    expect(r.code).toBe(0);
    const lines = r.out.trim().split('\n');
    expect(lines[0]).toBe('code,year,Население,Уровень безработицы %,note');
    expect(lines).toHaveLength(1 + 16 * 3);
  });
});
