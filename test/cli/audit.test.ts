import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.ts';
import type { AuditFinding as Finding } from '../../src/data/audit/finding.ts';

async function run(argv: string[]) {
  let out = '';
  let err = '';
  const code = await runCli(argv, { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

describe('atlas audit', () => {
  it('atlas audit --dataset innovation-2014 prints the Table 4 misalignment and the S_C slip', async () => {
    const r = await run(['audit', '--dataset', 'innovation-2014']);
    expect(r.code).toBe(0);
    const { findings } = JSON.parse(r.out) as { findings: Finding[] };
    expect(findings).toHaveLength(22);
    for (const f of findings) {
      expect(Object.keys(f)).toEqual([
        'dataset',
        'table',
        'row',
        'column',
        'printed',
        'recomputed',
        'cause',
      ]);
    }
    const rows = [...new Set(findings.filter((f) => f.table === '4').map((f) => f.row))];
    expect(rows).toEqual(['5', '7', '8', '9', '10', '11', '14']);
    const sd14 = findings.find((f) => f.table === '4' && f.row === '14' && f.column === 'S_D')!;
    expect(sd14.printed).toBe(2063.15);
    expect(sd14.cause).toContain('row 11 (Южно-Казахстанская)');
    expect(findings.at(-1)).toMatchObject({ table: '5', row: '14', column: 'S_C' });
  });

  it('atlas audit without --dataset audits every dataset', async () => {
    const r = await run(['audit']);
    expect(r.code).toBe(0);
    const { findings } = JSON.parse(r.out) as { findings: Finding[] };
    expect(new Set(findings.map((f) => f.dataset))).toEqual(
      new Set(['innovation-2014', 'innovation-published']),
    );
    expect(findings).toHaveLength(25);
  });

  it('atlas audit --format csv prints a header and one line per finding', async () => {
    const r = await run(['audit', '--dataset', 'innovation-published', '--format', 'csv']);
    expect(r.code).toBe(0);
    const lines = r.out.trimEnd().split('\n');
    expect(lines[0]).toBe('dataset,table,row,column,printed,recomputed,cause');
    expect(lines).toHaveLength(4);
    expect(lines[1]).toMatch(/^innovation-published,6,14,index_2014,30\.28,45\.26\d*,/);
    const empty = await run(['audit', '--dataset', 'innovation-2010', '--format', 'csv']);
    expect(empty.out).toBe('dataset,table,row,column,printed,recomputed,cause\n');
  });

  it('atlas audit --dataset with an unknown id exits 2 and lists the ids', async () => {
    const r = await run(['audit', '--dataset', 'innovation-2015']);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/unknown dataset 'innovation-2015'/);
    expect(r.err).toContain('innovation-2010, innovation-2014, innovation-published');
  });
});
