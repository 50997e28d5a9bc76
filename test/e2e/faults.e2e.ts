/**
 * Issue 16 in the production build: hostile workbooks are refused without crashing the tab,
 * the benchmark link does nothing in the shipped app (no synthetic grid, no __atlasBench, no
 * benchmark code in dist/), and the Content-Security-Policy ships in index.html and holds with
 * no header (inline script refused, the XLSX reader and the compute workers still run).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  bombPackage,
  GOOD_CELLS,
  LAST_CELL,
  sheetXml,
  xlsxPackage,
} from '../data/readers/hostileXlsx.ts';
import {
  forbiddenText,
  openView,
  sessionPerFile,
  startSession,
  type E2eSession,
} from './harness.ts';
import { CSP } from '../../scripts/csp.mjs';

const s = sessionPerFile();

async function importBytes(page: Page, name: string, bytes: Uint8Array) {
  const input = page.getByTestId('import-file');
  await expect.poll(() => input.isEnabled()).toBe(true);
  await input.setInputFiles({
    name,
    buffer: Buffer.from(bytes),
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  });
  await expect.poll(() => input.isEnabled(), { timeout: 30000 }).toBe(true);
  await page.getByTestId('import-report').waitFor();
}

const report = (page: Page) =>
  page
    .getByTestId('import-report')
    .first()
    .evaluate((e) => (e as HTMLElement).innerText);

describe('hostile workbooks', () => {
  it('a 2 KB XLSX with a cell at XFD1048576 in an unused sheet and a 300 KB XLSX unpacking to 300 MB are refused; the tab lives', async () => {
    const page = await s.newPage();
    await openView(page, s.url, 'data', 'import-file');
    const far = xlsxPackage([
      ['Data', sheetXml(GOOD_CELLS)],
      ['Unused', sheetXml(LAST_CELL)],
    ]);
    const t0 = Date.now();
    await importBytes(page, 'far-cell.xlsx', far);
    await expect.poll(() => report(page)).toContain('far-cell.xlsx');
    expect(await report(page)).toContain('Лист «Unused» доходит до ячейки XFD1048576');

    await importBytes(page, 'bomb.xlsx', bombPackage(300));
    await expect.poll(() => report(page)).toContain('bomb.xlsx');
    expect(await report(page)).toContain('Файл Excel распаковывается более чем в 30 МБ данных');
    // Both refused well within the minute the bomb used to take (generous for a loaded machine).
    expect(Date.now() - t0).toBeLessThan(45000);
    expect(await forbiddenText(page)).toEqual([]);

    // The tab still works: a sound workbook imports after them.
    await importBytes(page, 'good.xlsx', xlsxPackage([['Data', sheetXml(GOOD_CELLS)]]));
    await expect.poll(() => page.getByTestId('user-datasets').innerText()).toContain('good.xlsx');
    await page.context().close();
  });
});

describe('the benchmark link in the shipped app', () => {
  it('#/map?bench=hex&n=20000 keeps the bundled 16 regions and exposes no store', async () => {
    const page = await s.newPage();
    await page.goto(`${s.url}#/map?bench=hex&n=20000`);
    await page.locator('[data-testid="map"] [data-region]').nth(15).waitFor({ timeout: 20000 });
    await page.waitForTimeout(1500);
    expect(await page.locator('[data-testid="map"] [data-region]').count()).toBe(16);
    expect(await page.evaluate(() => '__atlasBench' in window)).toBe(false);
    await page.goto(`${s.url}#/rating?bench=store`);
    await page.getByTestId('rating-table').waitFor();
    expect(await page.evaluate(() => '__atlasBench' in window)).toBe(false);
    await page.context().close();
  });

  it('dist/ carries no benchmark code and the service worker precaches none', () => {
    const root = process.env.E2E_DIST ?? 'dist';
    const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) =>
      /\.(js|html)$/.test(f),
    );
    const hits = files.filter((f) => {
      const text = readFileSync(join(root, f), 'utf8');
      return /__atlasBench|applyBenchLink|bench-hex|hexGrid/.test(text);
    });
    expect(hits).toEqual([]);
    const sw = readFileSync(join(root, 'sw.js'), 'utf8');
    expect(sw).not.toMatch(/hexGrid|bench/i);
  });
});

describe('Content-Security-Policy from the <meta> alone (no header)', () => {
  let open: E2eSession;
  beforeAll(async () => {
    open = await startSession({ csp: 'meta' });
  });
  afterAll(async () => {
    await open?.close();
  });

  it('index.html carries the policy; inline script is refused; workers and XLSX still run', async () => {
    const html = readFileSync(join(process.env.E2E_DIST ?? 'dist', 'index.html'), 'utf8');
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html);
    expect(meta?.[1].replace(/&#39;/g, "'")).toBe(CSP);
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script'));

    const page = await open.newPage();
    const violations: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' && /Content Security Policy/.test(m.text()))
        violations.push(m.text());
    });
    await openView(page, open.url, 'rating', 'rating-table');
    await expect
      .poll(() => page.locator('[data-testid="rating-table"] [data-region]').count())
      .toBe(16);
    const inline = await page.evaluate(
      () =>
        new Promise<string>((resolve) => {
          document.addEventListener('securitypolicyviolation', (e) =>
            resolve(`blocked: ${e.violatedDirective}`),
          );
          const el = document.createElement('script');
          el.textContent = 'window.__inlineRan = true';
          document.head.append(el);
          setTimeout(
            () => resolve((window as { __inlineRan?: boolean }).__inlineRan ? 'ran' : 'no event'),
            2000,
          );
        }),
    );
    expect(inline).toMatch(/^blocked: script-src/);

    await page.getByTestId('nav-data').click();
    await page.getByTestId('import-file').waitFor();
    await importBytes(page, 'good.xlsx', xlsxPackage([['Data', sheetXml(GOOD_CELLS)]]));
    await expect.poll(() => page.getByTestId('user-datasets').innerText()).toContain('good.xlsx');
    // Only the violation provoked above.
    expect(violations.length).toBe(1);
    open.errors.splice(0);
    await page.context().close();
  });
});
