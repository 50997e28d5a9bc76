import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.ts';
import { paperRatingSpec } from '../../src/core/index.ts';
import { seed004 } from '../core/composite/fixtures.ts';

async function run(argv: string[]) {
  let out = '';
  let err = '';
  const code = await runCli(argv, { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}
const fixture = (p: string) => fileURLToPath(new URL(`../fixtures/${p}`, import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), 'atlas-rate-'));
function tmpFile(name: string, text: string): string {
  const p = join(tmp, name);
  writeFileSync(p, text);
  return p;
}

interface Row {
  code: string;
  name: string;
  receptivity: number;
  activity: number;
  index: number;
  class: string;
  rank: number;
}

describe('atlas rate --input with a text column of unit groups', () => {
  it('fills a gap with the mean of the region’s group, read from the text column', async () => {
    const csv = tmpFile(
      'zones.csv',
      [
        'Регион,Зона,A,B',
        'Акмолинская область,Север,10,1',
        'Актюбинская область,Запад,20,2',
        'Алматинская область,Юг,,3',
        'Атырауская область,Запад,40,4',
        'Жамбылская область,Юг,50,5',
        'Павлодарская область,Север,60,6',
        'Южно-Казахстанская область,Юг,30,7',
      ].join('\n'),
    );
    const spec = tmpFile(
      'zones-spec.json',
      JSON.stringify({
        ...paperRatingSpec(),
        normalisation: 'min-max',
        groups: [
          {
            id: 'g1',
            weight: 1,
            indicators: [
              {
                id: 'A',
                weight: 1,
                direction: 'higher',
                impute: { method: 'group-mean', by: 'Зона' },
              },
              { id: 'B', weight: 1, direction: 'higher' },
            ],
          },
        ],
      }),
    );
    const r = await run(['rate', '--input', csv, '--spec', spec]);
    expect(r.code).toBe(0);
    expect(r.err).not.toMatch(/treat-group-missing/);
    const rows = (JSON.parse(r.out) as { regions: { code: string; treatment: string }[] }).regions;
    expect(rows.find((x) => x.code === 'KZ-ALM')?.treatment).toBe('A=imp:group-mean');
  });
});

describe('atlas rate', () => {
  it('atlas rate --dataset innovation-2010 reproduces Table 6 (index within 0.06, classes)', async () => {
    const r = await run(['rate', '--dataset', 'innovation-2010']);
    expect(r.code).toBe(0);
    const rows = (JSON.parse(r.out) as { regions: Row[] }).regions;
    expect(rows).toHaveLength(16);
    expect(Object.keys(rows[0])).toEqual([
      'code',
      'name',
      'receptivity',
      'activity',
      'index',
      'class',
      'rank',
    ]);
    for (const reg of seed004.regions) {
      const row = rows.find((x) => x.code === reg.code)!;
      expect(Math.abs(row.index - reg.index2010)).toBeLessThan(0.06);
      expect(row.class).toBe(reg.class2010);
    }
    expect(rows.find((x) => x.rank === 1)).toMatchObject({ code: 'KZ-ALA', class: 'B+' });
    expect(rows.find((x) => x.code === 'KZ-ALA')!.name).toMatch(/Almaty/);
  });

  it('atlas rate --input gives the same rating from a CSV and resolves Russian labels to codes', async () => {
    const a = await run(['rate', '--input', fixture('rating/seed004-2010.csv')]);
    const b = await run(['rate', '--dataset', 'innovation-2010']);
    expect(a.code).toBe(0);
    expect(JSON.parse(a.out).regions).toEqual(JSON.parse(b.out).regions);
    const ru = tmpFile(
      'ru.csv',
      'Регион,S_D,S_F,S_E,S_A,S_B,S_C\nг. Алматы,2,2,2,2,2,2\nАкмолинская,1,1,1,1,1,1\nNowhere,1,2,1,2,1,2\n',
    );
    const c = JSON.parse((await run(['rate', '--input', ru])).out).regions as Row[];
    expect(c.map((x) => x.code)).toEqual(['KZ-ALA', 'KZ-AKM', 'Nowhere']);
    expect(c[0]).toMatchObject({ index: 100, class: 'A++', rank: 1 });
    expect(c[2].name).toBe('Nowhere');
  });

  it('atlas rate --spec applies a rating spec (here min-max, sub-index ids from the spec)', async () => {
    const spec = paperRatingSpec();
    spec.normalisation = 'min-max';
    spec.groups[0].id = 'R_IS';
    const p = tmpFile('spec.json', JSON.stringify(spec));
    const r = await run(['rate', '--dataset', 'innovation-2010', '--spec', p, '--format', 'csv']);
    expect(r.code).toBe(0);
    const lines = r.out.trim().split('\n');
    expect(lines[0]).toBe('code,name,R_IS,activity,index,class,rank');
    expect(lines).toHaveLength(17);
    // Min-max puts the leader of every indicator at 100 and the last at 0, so no region scores 0 overall.
    expect(lines.slice(1).every((l) => Number(l.split(',')[4]) > 0)).toBe(true);
  });

  it('atlas rate with an invalid spec exits 2 and lists every problem', async () => {
    const spec = paperRatingSpec() as unknown as {
      groups: { weight: unknown; indicators: { direction: string }[] }[];
      aggregation: string;
    };
    spec.groups[1].weight = -1;
    spec.groups[0].indicators[1].direction = 'up';
    spec.aggregation = 'median';
    const p = tmpFile('bad.json', JSON.stringify(spec));
    const r = await run(['rate', '--dataset', 'innovation-2010', '--spec', p]);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toContain('3 problem(s)');
    expect(r.err).toContain('rating.groups[1].weight: must be a number from 0 to 1000000');
    expect(r.err).toContain('rating.groups[0].indicators[1].direction');
    expect(r.err).toContain('rating.aggregation');
  });

  it('atlas rate exits 1 naming the indicator columns missing from the input', async () => {
    const p = tmpFile('short.csv', 'region,S_D,S_F\nKZ-AKM,1,2\nKZ-AKT,2,1\n');
    const r = await run(['rate', '--input', p]);
    expect(r.code).toBe(1);
    expect(r.err).toContain('missing indicator column(s) S_E, S_A, S_B, S_C');
  });

  it('atlas rate needs exactly one of --dataset and --input', async () => {
    expect((await run(['rate'])).code).toBe(2);
    const both = await run(['rate', '--dataset', 'innovation-2010', '--input', 'x.csv']);
    expect(both.code).toBe(2);
    expect((await run(['rate', '--dataset', 'nope'])).err).toContain("unknown dataset 'nope'");
  });
});
