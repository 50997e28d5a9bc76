import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
const idata = fixture('iData.csv');
const imeta = fixture('iMeta.csv');
const tmp = mkdtempSync(join(tmpdir(), 'atlas-coinr-'));

interface Out {
  index: string;
  units: {
    uCode: string;
    uName: string;
    scores: Record<string, number | null>;
    ranks: Record<string, number | null>;
  }[];
  cronbach: Record<string, number | null>;
}
interface RefCase {
  impute: string;
  normalise: string;
  range: number[];
  aggregate: string;
  scores: Record<string, (number | null)[]>;
  ranks: Record<string, (number | null)[]>;
  cronbach: Record<string, number>;
}
const { readFileSync } = await import('node:fs');
const ref = JSON.parse(readFileSync(fixture('reference.json'), 'utf8')) as { cases: RefCase[] };

describe("atlas rate --idata --imeta (the issue's contract)", () => {
  for (const c of ref.cases.slice(0, 8)) {
    it(`--impute ${c.impute} --normalise ${c.normalise} --range ${c.range} --aggregate ${c.aggregate} prints the reference`, async () => {
      const r = await run([
        'rate',
        '--idata',
        idata,
        '--imeta',
        imeta,
        '--impute',
        c.impute,
        '--normalise',
        c.normalise,
        '--range',
        c.range.join(','),
        '--aggregate',
        c.aggregate,
      ]);
      expect(r.code).toBe(0);
      const o = JSON.parse(r.out) as Out;
      expect(Object.keys(o)).toEqual(['index', 'units', 'cronbach']);
      expect(o.index).toBe('IDX');
      o.units.forEach((u, i) => {
        expect(Object.keys(u)).toEqual(['uCode', 'uName', 'scores', 'ranks']);
        for (const [code, want] of Object.entries(c.scores)) {
          const w = want[i];
          if (w === null) expect(u.scores[code]).toBeNull();
          else expect(u.scores[code]).toBeCloseTo(w, 9);
          expect(u.ranks[code]).toBe(c.ranks[code][i]);
        }
      });
      expect(Object.keys(o.cronbach)).toEqual(['P1', 'P2', 'P3']);
      for (const [k, a] of Object.entries(c.cronbach)) expect(o.cronbach[k]).toBeCloseTo(a, 9);
    });
  }

  it('defaults to none, n_minx 0-100 and a_amean; CSV has one row per unit with rank_ columns', async () => {
    const a = await run(['rate', '--idata', idata, '--imeta', imeta]);
    const b = await run([
      'rate',
      '--idata',
      idata,
      '--imeta',
      imeta,
      '--impute',
      'none',
      '--normalise',
      'n_minx',
      '--range',
      '0,100',
      '--aggregate',
      'a_amean',
    ]);
    expect(a.out).toBe(b.out);
    const csv = await run(['rate', '--idata', idata, '--imeta', imeta, '--format', 'csv']);
    const lines = csv.out.trim().split('\n');
    expect(lines[0]).toBe(
      'uCode,uName,P1,P2,P3,S1,S2,IDX,rank_P1,rank_P2,rank_P3,rank_S1,rank_S2,rank_IDX',
    );
    expect(lines).toHaveLength(21);
  });

  it('lists every iMeta problem with its row and column and exits 1', async () => {
    const bad = readFileSync(imeta, 'utf8')
      .replace('I3,Indicator three,1,P1,-1,1', 'I3,Indicator three,1,P1,2,1')
      .replace('P2,Pillar two,2,S1,1,2', 'P2,Pillar two,2,S9,1,2')
      .replace('I8,Indicator eight,1,P3,1,2,Indicator', 'I8,Indicator eight,1,P3,1,2,Indikator');
    const p = join(tmp, 'bad-iMeta.csv');
    writeFileSync(p, bad);
    const r = await run(['rate', '--idata', idata, '--imeta', p]);
    expect(r.code).toBe(1);
    expect(r.err).toContain(
      'bad-iMeta.csv, row 4, column E (Direction): I3: Direction 2 must be 1',
    );
    expect(r.err).toContain('row 11, column D (Parent): P2: the parent S9 is not an iCode');
    expect(r.err).toContain('row 9, column G (Type): I8: Type “Indikator”');
  });

  it('refuses a bad --range or method with exit 2', async () => {
    expect((await run(['rate', '--idata', idata, '--imeta', imeta, '--range', '100,0'])).code).toBe(
      2,
    );
    expect(
      (await run(['rate', '--idata', idata, '--imeta', imeta, '--normalise', 'minmax'])).code,
    ).toBe(2);
  });
});
