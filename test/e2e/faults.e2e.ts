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
  chooseLanguage,
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

const READERS = 'test/fixtures/readers';

async function importPath(page: Page, path: string, name: string) {
  const input = page.getByTestId('import-file');
  await expect.poll(() => input.isEnabled()).toBe(true);
  await input.setInputFiles({ name, buffer: readFileSync(path), mimeType: 'text/csv' });
  await expect.poll(() => input.isEnabled(), { timeout: 30000 }).toBe(true);
  await page.getByTestId('import-report').waitFor();
}

const listText = (page: Page) =>
  page.getByTestId('user-datasets').evaluate((e) => (e as HTMLElement).innerText);
const storageText = (page: Page) =>
  page
    .getByTestId('storage-messages')
    .evaluate((e) => (e as HTMLElement).innerText)
    .catch(() => '');

describe('two tabs of the app', () => {
  it('imports made at the same time in two tabs both survive; a delete in one never removes the other tab’s item; each tab sees the other’s change without a reload', async () => {
    const one = await s.newPage();
    const two = s.watch(await one.context().newPage());
    await Promise.all([
      openView(one, s.url, 'data', 'import-file'),
      openView(two, s.url, 'data', 'import-file'),
    ]);
    // Both tabs have read the (empty) storage before either imports.
    await Promise.all([
      importPath(one, `${READERS}/kireeva-2010-table2-cp1251.csv`, 'tab-one.csv'),
      importPath(two, `${READERS}/kireeva-2010-table2-utf8bom.csv`, 'tab-two.csv'),
    ]);
    for (const p of [one, two]) {
      await expect.poll(() => listText(p), { timeout: 15000 }).toContain('tab-one.csv');
      await expect.poll(() => listText(p), { timeout: 15000 }).toContain('tab-two.csv');
    }
    expect(await storageText(one)).toContain('В другой вкладке добавлено: «tab-two.csv»');
    expect(await storageText(two)).toContain('В другой вкладке добавлено: «tab-one.csv»');
    // Two records, two different ids, in the one database.
    const keys = await one.evaluate(
      () =>
        new Promise<string[]>((resolve, reject) => {
          const req = indexedDB.open('kz-cluster-atlas');
          req.onerror = () => reject(req.error);
          req.onsuccess = () => {
            const all = req.result.transaction('datasets').objectStore('datasets').getAllKeys();
            all.onsuccess = () => resolve(all.result.map(String));
          };
        }),
    );
    expect(keys).toHaveLength(2);
    expect(new Set(keys).size).toBe(2);

    // Tab one removes its own table: gone in both tabs, tab two's table stays in both.
    await one.getByRole('button', { name: 'Удалить «tab-one.csv»' }).click();
    await expect.poll(() => listText(two), { timeout: 15000 }).not.toContain('tab-one.csv');
    expect(await listText(two)).toContain('tab-two.csv');
    expect(await listText(one)).toContain('tab-two.csv');
    expect(await storageText(two)).toContain('В другой вкладке удалено: «tab-one.csv»');

    // And after a reload of both, tab two's table is still the one stored.
    await Promise.all([one.reload(), two.reload()]);
    for (const p of [one, two]) {
      await p.getByTestId('user-datasets').waitFor();
      await expect.poll(() => listText(p)).toContain('tab-two.csv');
      expect(await listText(p)).not.toContain('tab-one.csv');
      expect(await forbiddenText(p)).toEqual([]);
    }
    await one.context().close();
  });
});

/**
 * Records planted in IndexedDB as an old version or a crafted project could have left them:
 * a boundary set with non-numeric coordinates (and marked active), one in which no feature
 * matches a region, a saved analysis whose spec is malformed.
 */
function plantPoison(): Promise<void> {
  const env = (kind: string, item: unknown) => ({
    format: 'kz-atlas-item',
    version: 1,
    kind,
    savedAt: '2025-01-01T00:00:00.000Z',
    item,
  });
  const square = [
    [70, 50],
    [71, 50],
    [71, 51],
    [70, 51],
    [70, 50],
  ];
  const bounds = (id: string, fileName: string, features: unknown[]) => ({
    id,
    fileName,
    importedAt: '2025-01-01T00:00:00.000Z',
    scheme: '2014',
    features: { type: 'FeatureCollection', features },
    report: { matched: 1, unmatched: [], missing: [] },
  });
  const records: [string, string, unknown][] = [
    [
      'boundaries',
      'bounds-poisoned',
      env(
        'boundaries',
        bounds('bounds-poisoned', 'poisoned-coordinates.geojson', [
          {
            type: 'Feature',
            id: 'KZ-AKM',
            properties: {},
            geometry: {
              type: 'Polygon',
              coordinates: [
                [
                  ['abc', 'x'],
                  [71, 50],
                  [71, 51],
                  ['abc', 'x'],
                ],
              ],
            },
          },
        ]),
      ),
    ],
    [
      'boundaries',
      'bounds-nomatch',
      env(
        'boundaries',
        bounds('bounds-nomatch', 'no-region-matched.geojson', [
          {
            type: 'Feature',
            properties: { name: 'Atlantis' },
            geometry: { type: 'Polygon', coordinates: [square] },
          },
        ]),
      ),
    ],
    [
      'analyses',
      'analysis-broken',
      env('analysis', {
        id: 'analysis-broken',
        name: 'Сломанный проект',
        savedAt: '2025-01-01T00:00:00.000Z',
        spec: { version: 2, rating: 'not a rating', data: 7 },
      }),
    ],
    ['meta', 'active', env('active', { activeDataset: null, activeBoundaries: 'bounds-poisoned' })],
  ];
  return new Promise((resolve, reject) => {
    const req = indexedDB.open('kz-cluster-atlas');
    req.onerror = () => reject(req.error);
    req.onsuccess = () => {
      const tx = req.result.transaction(['boundaries', 'analyses', 'meta'], 'readwrite');
      for (const [store, key, value] of records) tx.objectStore(store).put(value, key);
      tx.oncomplete = () => {
        req.result.close();
        resolve();
      };
      tx.onerror = () => reject(tx.error);
    };
  });
}

describe('poisoned saved items at start-up', () => {
  it('a stored boundary set with non-numeric coordinates (active), one matching no region and a malformed saved analysis: #/map and #/clustering render, the user is told in Russian what was set aside, nothing else is lost', async () => {
    const page = await s.newPage();
    await openView(page, s.url, 'data', 'import-file');
    // The user's sound items, imported as usual.
    await importPath(page, `${READERS}/kireeva-2010-table2-cp1251.csv`, 'good-table.csv');
    const geo = `${READERS}/regions-current-synthetic.geojson`;
    const input = page.getByTestId('import-file');
    await input.setInputFiles({
      name: 'good-boundaries.geojson',
      buffer: readFileSync(geo),
      mimeType: 'application/geo+json',
    });
    await expect.poll(() => listText(page)).toContain('good-boundaries.geojson');
    await expect.poll(() => listText(page)).toContain('good-table.csv');
    await page.waitForTimeout(500);
    await page.evaluate(plantPoison);

    for (const [route, testid] of [
      ['map', 'map'],
      ['clustering', 'dendrogram'],
    ] as const) {
      await page.goto(`${s.url}#/${route}`);
      await page.reload();
      await page.getByTestId(testid).first().waitFor({ timeout: 20000 });
      if (route === 'map')
        await page.locator('[data-testid="map"] [data-region]').nth(15).waitFor();
      expect(await page.getByTestId('view-error').count()).toBe(0);
      await expect.poll(() => storageText(page)).toContain('poisoned-coordinates.geojson');
      const said = await storageText(page);
      expect(said).toContain('Сохранённые границы «poisoned-coordinates.geojson» отложены');
      expect(said).toContain('Сохранённые границы «no-region-matched.geojson» отложены');
      expect(said).toContain('Сохранённый анализ «Сломанный проект» отложен');
      expect(said).not.toMatch(/could not be read|saved item/);
      expect(await forbiddenText(page)).toEqual([]);
      await page.screenshot({ path: `/work/notes/shots/faults-poisoned-${route}.png` });
    }
    // The map draws the bundled 16 regions (the poisoned set was the active one).
    await page.goto(`${s.url}#/map`);
    await page.locator('[data-testid="map"] [data-region]').nth(15).waitFor();
    expect(await page.locator('[data-testid="map"] [data-region]').count()).toBe(16);

    // Nothing else lost: the sound table and boundary set are listed.
    await page.getByTestId('nav-data').click();
    await expect.poll(() => listText(page)).toContain('good-table.csv');
    expect(await listText(page)).toContain('good-boundaries.geojson');
    expect(await listText(page)).not.toContain('poisoned-coordinates');

    // In Kazakh too.
    await chooseLanguage(page, 'kk');
    await expect
      .poll(() => storageText(page))
      .toContain('Сақталған «poisoned-coordinates.geojson» шекаралары шетке қойылды');
    await page.context().close();
  });
});
