import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.ts';
import { fixturePath, reference } from '../fixtures/clusters/load.ts';

async function run(argv: string[]) {
  let out = '';
  let err = '';
  const code = await runCli(argv, { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}
const ioDir = (p: string) => fileURLToPath(new URL(`../fixtures/io/${p}`, import.meta.url));
const ioRef = JSON.parse(readFileSync(ioDir('regional_reference.json'), 'utf8')) as {
  national: { output: number[]; valueAdded: number[]; householdIncome: number[] };
  cases: {
    region: string;
    method: string;
    delta: number | null;
    lambda: number | null;
    coefficients: number[][];
    output: number[];
    valueAdded: number[];
    householdIncome: number[];
    employment: number[];
  }[];
};
const close = (a: readonly number[], b: readonly number[], digits: number) =>
  a.forEach((v, i) => expect(v).toBeCloseTo(b[i], digits));

describe('atlas shift-share', () => {
  const start = fixturePath('employment-start.csv');
  const end = fixturePath('employment-end.csv');
  it('prints {"rows": [...]} with the eight keys, matching NumPy', async () => {
    const r = await run(['shift-share', '--start', start, '--end', end]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.out) as { rows: Record<string, string | number | null>[] };
    expect(Object.keys(out.rows[0])).toEqual([
      'region',
      'industry',
      'change',
      'national',
      'mix',
      'competitive',
      'em_competitive',
      'em_allocation',
    ]);
    expect(out.rows).toHaveLength(128);
    out.rows.forEach((row, k) => {
      const ref = reference.shift_share.rows[k];
      for (const key of Object.keys(ref)) {
        if (typeof ref[key] === 'number') expect(row[key] as number).toBeCloseTo(ref[key], 8);
        else expect(row[key]).toBe(ref[key]);
      }
    });
  });
  it('--format csv has one line per region and industry', async () => {
    const r = await run(['shift-share', '--start', start, '--end', end, '--format', 'csv']);
    const lines = r.out.trim().split('\n');
    expect(lines[0]).toBe(
      'region,industry,change,national,mix,competitive,em_competitive,em_allocation',
    );
    expect(lines).toHaveLength(129);
    // Almaty city had no agriculture at the start: the Esteban-Marquillas terms are empty.
    expect(lines.find((l) => l.startsWith('KZ-ALA,agriculture,'))).toMatch(/,,$/);
  });
  it('without --end exits 2 and names the flag', async () => {
    const r = await run(['shift-share', '--start', start]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('--end');
  });
});

describe('atlas io', () => {
  const input = ioDir('national-4.csv');
  const employment = ioDir('employment-4.csv');
  it('national table: the multipliers NumPy gives, lambda null', async () => {
    const r = await run(['io', '--input', input]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.out);
    expect(Object.keys(out).slice(0, 4)).toEqual([
      'industries',
      'lambda',
      'coefficients',
      'multipliers',
    ]);
    expect(out.lambda).toBeNull();
    close(out.multipliers.output, ioRef.national.output, 12);
    close(out.multipliers.valueAdded, ioRef.national.valueAdded, 12);
    close(out.multipliers.householdIncome, ioRef.national.householdIncome, 12);
  });
  it.each([
    ['flq', '0.3'],
    ['flq', '0.15'],
    ['cilq', null],
    ['slq', null],
  ])('--regionalise %s --delta %s for KZ-VOS matches NumPy', async (method, delta) => {
    const args = ['io', '--input', input, '--regionalise', method];
    if (delta) args.push('--delta', delta);
    args.push('--employment', employment, '--region', 'KZ-VOS');
    const r = await run(args);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.out);
    const ref = ioRef.cases.find(
      (c) =>
        c.region === 'KZ-VOS' &&
        c.method === method &&
        (c.delta ?? null) === (delta ? Number(delta) : null),
    )!;
    if (ref.lambda === null) expect(out.lambda).toBeNull();
    else expect(out.lambda).toBeCloseTo(ref.lambda, 12);
    out.coefficients.forEach((row: number[], i: number) => close(row, ref.coefficients[i], 14));
    close(out.multipliers.output, ref.output, 12);
    close(out.multipliers.valueAdded, ref.valueAdded, 12);
    close(out.multipliers.householdIncome, ref.householdIncome, 12);
    close(out.multipliers.employment, ref.employment, 12);
  });
  it('--region accepts a name the registry knows', async () => {
    const r = await run([
      'io',
      '--input',
      input,
      '--regionalise',
      'flq',
      '--employment',
      employment,
      '--region',
      'Восточно-Казахстанская область',
    ]);
    expect(r.code).toBe(0);
    const ref = ioRef.cases.find((c) => c.region === 'KZ-VOS' && c.delta === 0.3)!;
    expect(JSON.parse(r.out).lambda).toBeCloseTo(ref.lambda!, 12);
  });
  it('an unknown region exits 1 listing the rows; --delta 1 exits 2', async () => {
    const a = await run([
      'io',
      '--input',
      input,
      '--regionalise',
      'flq',
      '--employment',
      employment,
      '--region',
      'KZ-AST',
    ]);
    expect(a.code).toBe(1);
    expect(a.err).toContain('KZ-VOS, KZ-ALA');
    const b = await run([
      'io',
      '--input',
      input,
      '--regionalise',
      'flq',
      '--delta',
      '1',
      '--employment',
      employment,
      '--region',
      'KZ-VOS',
    ]);
    expect(b.code).toBe(2);
    expect(b.err).toContain('--delta');
  });
  it('an employment file without a column for an industry of the table exits 1 naming it, before the region', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'atlas-io-')), 'employment-3.csv');
    const text = readFileSync(employment, 'utf8');
    writeFileSync(
      file,
      text
        .split('\n')
        .map((l) => l.split(',').slice(0, 4).join(','))
        .join('\n'),
    );
    const args = ['io', '--input', input, '--regionalise', 'flq', '--employment', file];
    for (const region of ['KZ-VOS', 'KZ-AST']) {
      const r = await run([...args, '--region', region]);
      expect(r.code).toBe(1);
      expect(r.err).toContain("no column for 'Services' of the input-output table");
    }
  });
});

describe('atlas specialise: cluster strength', () => {
  it('adds strong-cluster flags and stars matching NumPy', async () => {
    const r = await run(['specialise', '--input', fixturePath('employment-start.csv')]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.out);
    expect(out.strong).toEqual(reference.strong.strong);
    expect(out.stars).toEqual(reference.stars.stars);
    close(out.cluster_thresholds.strong.lq, reference.strong.lq_threshold, 12);
    expect(out.cluster_thresholds.stars.lqMin).toBe(2);
  });
});
