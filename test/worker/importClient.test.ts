/**
 * The import worker's reading (worker/readForImport.ts) and its messages: a 3,000-row CSV of
 * unknown names is read with rising progress, its 2,995 identical warnings arrive folded into
 * one, the rows travel in slices and come back whole, and the in-thread path (no Worker, as in
 * Node) gives the same reading and can be cancelled. A panel of several years (issue 11) is
 * recognised in the worker too, with the same result as buildPanelTable() on the page had.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { largeCsv } from '../../bench/largeCsv.ts';
import { startImport, startRebuild } from '../../src/worker/importClient.ts';
import { importHandler } from '../../src/worker/importHandler.ts';
import { buildIndicatorTable } from '../../src/data/readers/indicatorTable.ts';
import { collapseIssues } from '../../src/core/index.ts';
import { ROW_SLICE, joinSlices, replySlices } from '../../src/worker/importProtocol.ts';
import { readForImport } from '../../src/worker/readForImport.ts';
import { csvToGrid } from '../../src/data/readers/grid.ts';
import { buildPanelTable, panelLayout } from '../../src/data/readers/panelTable.ts';

const bytes = new TextEncoder().encode(largeCsv(3000));

describe('reading a table for the import panel', () => {
  it('reports rising progress and folds identical warnings', async () => {
    const seen: number[] = [];
    const r = await readForImport(bytes, 'big.csv', 'ru', (f) => seen.push(f));
    expect(r.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(r.read.kind).toBe('table');
    if (r.read.kind !== 'table' || !r.read.table.ok) throw new Error('not a table');
    expect(r.read.table.value.rows).toHaveLength(3000);
    const unmatched = r.read.table.warnings.filter((w) => w.code === 'unmatched-region');
    expect(unmatched).toHaveLength(1);
    expect(unmatched[0].params?.collapsed).toBe(2994);
    expect(seen.length).toBeGreaterThan(5);
    for (let i = 1; i < seen.length; i++) expect(seen[i]).toBeGreaterThanOrEqual(seen[i - 1]);
    expect(seen[seen.length - 1]).toBe(1);
  });

  it('sends the rows in slices and puts them back whole', async () => {
    const r = await readForImport(bytes, 'big.csv', 'ru');
    const whole = structuredClone(r);
    const replies = replySlices(r);
    const rows = replies.filter((m) => m.type === 'rows');
    // grid: header + 3,000 rows; table: 3,000 rows
    expect(rows.length).toBe(Math.ceil(3001 / ROW_SLICE) + Math.ceil(3000 / ROW_SLICE));
    for (const m of rows) expect(m.rows.length).toBeLessThanOrEqual(ROW_SLICE);
    const done = replies[replies.length - 1];
    if (done.type !== 'done') throw new Error('no done message');
    // The last message carries no long list.
    expect(JSON.stringify(done).length).toBeLessThan(20_000);
    const slices = { grid: [] as unknown[][], table: [] as unknown[][] };
    for (const m of rows) (m.target === 'grid' ? slices.grid : slices.table).push(m.rows);
    expect(joinSlices(slices, structuredClone(done.result))).toEqual(whole);
  });

  it('runs in the calling thread without a Worker, and cancel yields null', async () => {
    const job = startImport(bytes, 'big.csv', { lang: 'en', makeWorker: null });
    const r = await job.result;
    expect(r?.read.kind).toBe('table');
    const cancelled = startImport(bytes, 'big.csv', { lang: 'en', makeWorker: null });
    cancelled.cancel();
    expect(await cancelled.result).toBeNull();
  });
});

describe('a panel of several years in the import worker', () => {
  const wide = new Uint8Array(readFileSync('test/fixtures/crosswalk/bns-wide-2021-2023.csv'));
  const long = new Uint8Array(readFileSync('test/fixtures/crosswalk/long-panel.csv'));

  it('is recognised with the panel buildPanelTable() makes of the same grid', async () => {
    for (const [bytes, name, layout] of [
      [wide, 'bns.csv', 'wide'],
      [long, 'long.csv', 'long'],
    ] as const) {
      const r = await readForImport(bytes, name, 'ru');
      if (r.read.kind !== 'table') throw new Error('not a table');
      const direct = buildPanelTable(r.read.grid);
      if (!direct.ok) throw new Error('not a panel');
      expect(r.panel?.table.layout).toBe(layout);
      expect(r.panel?.table).toEqual(structuredClone(direct.value));
      expect(r.panel?.table.years.length).toBeGreaterThan(1);
    }
  });

  it('is not looked for row by row in a table of one year', async () => {
    const r = await readForImport(bytes, 'big.csv', 'ru');
    expect(r.panel).toBeNull();
    if (r.read.kind !== 'table') throw new Error('not a table');
    expect(panelLayout(r.read.grid)).toBe('cross-section');
  });

  it('panelLayout() names the layout buildPanelTable() finds, or null where it fails early', () => {
    const grids = [
      'Регион;Год;ВРП\nАкмолинская область;2020;1\nАкмолинская область;2021;2\n',
      'Регион;2020;2021\nАкмолинская область;1;2\n',
      'Регион;ВРП\nАкмолинская область;1\n',
      'Акмолинская область;1\n',
      'x;y\n1;2\n',
    ].map((text) => csvToGrid(text, 'g.csv'));
    const layouts = grids.map((g) => {
      if (!g.ok) throw new Error('not a grid');
      const b = buildPanelTable(g.value);
      if (b.ok) expect(panelLayout(g.value)).toBe(b.value.layout);
      else if (b.issues.some((i) => i.code === 'panel-no-regions' || i.code === 'panel-no-header'))
        expect(panelLayout(g.value)).toBeNull();
      return panelLayout(g.value);
    });
    expect(layouts).toEqual(['long', 'wide', 'cross-section', null, null]);
  });
});

/** A stand-in for the import worker: the same handler, messages cloned both ways, async. */
function fakeWorker(): () => Worker {
  return () => {
    const w = {
      onmessage: null as ((e: MessageEvent) => void) | null,
      onerror: null,
      terminated: false,
      postMessage(m: unknown) {
        const copy = structuredClone(m) as Parameters<ReturnType<typeof importHandler>>[0];
        queueMicrotask(() => void handle(copy));
      },
      terminate() {
        w.terminated = true;
      },
    };
    const handle = importHandler((r) => {
      const copy = structuredClone(r);
      setTimeout(() => {
        if (!w.terminated) w.onmessage?.({ data: copy } as MessageEvent);
      }, 0);
    });
    return w as unknown as Worker;
  };
}

describe('building the table again with the preview’s options in the worker', () => {
  it('gives the table buildIndicatorTable() gives, identical issues folded', async () => {
    const r = await readForImport(bytes, 'big.csv', 'ru');
    if (r.read.kind !== 'table') throw new Error('not a table');
    const grid = r.read.grid;
    // A manual match (row 8, «Район 6», to KZ-10) and a numeric column set to text.
    const options = {
      columnTypes: { 'Инвестиции, млн тенге': 'text' as const },
      regionOverrides: { 8: 'KZ-10' },
    };
    const seen: number[] = [];
    const job = startRebuild(grid, options, {
      lang: 'ru',
      makeWorker: fakeWorker(),
      onProgress: (f) => seen.push(f),
    });
    const got = await job.result;
    const direct = buildIndicatorTable(grid, { ...options, lang: 'ru' });
    if (!got?.ok || !direct.ok) throw new Error('not built');
    expect(got.value).toEqual(direct.value);
    expect(got.value.columns.find((c) => c.name === 'Инвестиции, млн тенге')?.type).toBe('text');
    expect(got.value.rows.find((x) => x.row === 8)?.regionCode).toBe('KZ-10');
    expect(got.warnings).toEqual(collapseIssues(direct.warnings));
    expect(seen.length).toBeGreaterThan(0);
    // In the calling thread (no Worker): the same table.
    const here = await startRebuild(grid, options, { lang: 'ru', makeWorker: null }).result;
    expect(here?.ok && here.value).toEqual(direct.value);
  });

  it('cancel yields null and the worker is stopped', async () => {
    const r = await readForImport(bytes, 'big.csv', 'ru');
    if (r.read.kind !== 'table') throw new Error('not a table');
    const job = startRebuild(r.read.grid, {}, { lang: 'en', makeWorker: fakeWorker() });
    job.cancel();
    expect(await job.result).toBeNull();
  });
});
