import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.ts';

async function run(argv: string[]) {
  let out = '';
  let err = '';
  const code = await runCli(argv, { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

describe('atlas datasets', () => {
  it('atlas datasets prints the catalogue as JSON with English titles and row counts', async () => {
    const r = await run(['datasets']);
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    const json = JSON.parse(r.out) as {
      datasets: {
        id: string;
        title: string;
        source: string;
        reference: string;
        years: number[];
        rows: number;
      }[];
    };
    expect(json.datasets.map((d) => d.id)).toEqual([
      'innovation-2010',
      'innovation-2014',
      'innovation-published',
      'it-specialisation-published',
      'it-cluster-sites',
      'region-groups-published',
      'vko-loadings-published',
      'vko-multipliers-published',
      'ict-organisations',
    ]);
    expect(Object.keys(json.datasets[0])).toEqual([
      'id',
      'title',
      'source',
      'reference',
      'years',
      'rows',
    ]);
    expect(json.datasets[1]).toMatchObject({ years: [2014], rows: 16 });
    expect(json.datasets[1].title).toMatch(/^Innovation-development rating inputs by region, 2014/);
    // Cited as the app cites it (author, year, table), never by the seed's internal number.
    expect(json.datasets[1].source).toBe('Kireeva A.A. (n.d.), Tables 4, 5');
    expect(json.datasets[5].source).toBe(
      'Turekulova D.M., Mukhambetova L.K., Chimgentbaeva G.K. (n.d.), Figure 3',
    );
    expect(json.datasets[8].source).toBe('Abzalbek G.A. (2022), Tables 1, 2');
    expect(json.datasets[1].reference).toMatch(/^Kireeva A\.A\. Identifying promising zones/);
    expect(r.out).not.toMatch(/seed \d{3}|\d{3}_[0-9a-f]{16}/);
    expect(json.datasets.map((d) => d.rows)).toEqual([16, 16, 16, 16, 5, 8, 20, 4, 3]);
  });

  it('atlas datasets --format csv prints one line per dataset with years joined by |', async () => {
    const r = await run(['datasets', '--format', 'csv']);
    expect(r.code).toBe(0);
    const lines = r.out.trimEnd().split('\n');
    expect(lines[0]).toBe('id,title,source,reference,years,rows');
    expect(lines).toHaveLength(10);
    expect(lines[3]).toMatch(
      /^innovation-published,.*,"Kireeva A\.A\. \(n\.d\.\), Table 6",.*,2010\|2014,16$/,
    );
    expect(r.out).not.toMatch(/seed \d{3}/);
  });

  it('atlas datasets rejects a stray argument with exit code 2', async () => {
    const r = await run(['datasets', 'extra']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/unexpected argument 'extra'/);
  });
});
