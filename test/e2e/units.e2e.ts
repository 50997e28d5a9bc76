/**
 * Issue 11, items 4 and 5 (units helper, session 7) in the production build.
 * Units below regions: a district-level boundary file (test/fixtures/units, synthetic shapes,
 * real district names, KATO-shaped codes) and a Windows-1251 table of those districts: the join
 * report, the rating's rows and the map's shapes keyed by the districts' codes with their own
 * names, the spatial view on them, and a link opened in a fresh browser showing the same.
 * Issue 8, item 3: with a boundary file too large for the link (denseDistricts.ts), the link
 * names it and the table by file and hash, and a fresh browser says which files to import
 * (ru, kk, en), the import button beside each, until both are imported.
 * Baikonur: the hole the bundled Natural Earth polygon of Kyzylorda has around the cosmodrome is
 * drawn as its own hatched area, explained in a tooltip and in the legend, and the exported SVG
 * carries it with a caption.
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { denseDistricts } from '../fixtures/units/denseDistricts.ts';
import { forbiddenText, openView, sessionPerFile, settle, chooseLanguage } from './harness.ts';

const s = sessionPerFile();

async function download(page: Page, testid: string) {
  const [d] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testid).click()]);
  return (await readFile(await d.path())).toString('utf8');
}

const SHOTS = '/work/notes/shots';

async function shot(page: Page, name: string) {
  // Screenshots for the helper's own look; optional where the folder does not exist (CI).
  await page.screenshot({ path: `${SHOTS}/units-${name}.png` }).catch(() => undefined);
}

async function importFile(page: Page, path: string | Buffer, name: string, mimeType: string) {
  const input = page.getByTestId('import-file');
  await expect.poll(() => input.isEnabled()).toBe(true);
  const buffer = typeof path === 'string' ? readFileSync(path) : path;
  await input.setInputFiles({ name, buffer, mimeType });
  await expect.poll(() => input.isEnabled(), { timeout: 30000 }).toBe(true);
  await page.getByTestId('import-report').waitFor();
}

const CODES = [
  '431010000',
  '431020000',
  '431030000',
  '431040000',
  '431050000',
  '431060000',
  '431070000',
  '431080000',
  '611010000',
  '611020000',
  '611030000',
];

const ratingRows = (page: Page) =>
  page.$$eval('[data-testid="rating-table"] [data-region]', (rows) =>
    rows.map((r) => [r.getAttribute('data-region') ?? '', (r as HTMLElement).innerText] as const),
  );

const mapShapes = (page: Page) =>
  page.$$eval('[data-testid="map"] path[data-region]', (els) =>
    els.map((e) => [e.getAttribute('data-region') ?? '', getComputedStyle(e).fill] as const),
  );

describe('units below regions (issue 11, item 4)', () => {
  it('a district boundary file and a Windows-1251 district table: join report, rating rows and map shapes of the districts, the spatial view, and a link in a fresh browser', async () => {
    const page = await s.newPage();
    await openView(page, s.url, 'data', 'import-file');
    await importFile(
      page,
      'test/fixtures/units/districts.geojson',
      'districts.geojson',
      'application/geo+json',
    );
    const report = () => page.getByTestId('import-report').innerText();
    await expect
      .poll(report)
      .toMatch(/собственных единиц \(12\): код — «KATO», название — «name_ru»/);
    await expect
      .poll(() => page.getByTestId('user-datasets').innerText())
      .toMatch(/districts\.geojson[\s\S]*12 собственных единиц \(не регионы\), код — «KATO»/);

    await importFile(
      page,
      'test/fixtures/units/districts-cp1251.csv',
      'districts-cp1251.csv',
      'text/csv',
    );
    // The join report: joined by code and name, the row naming no unit with its spreadsheet row,
    // the district without data with its feature number and name.
    const join = page.getByTestId('join-report');
    await expect
      .poll(() => join.innerText())
      .toMatch(
        /Сопоставлено строк: 11 из 12; единиц в файле границ: 12; совпадение по коду \(«KATO»\) и названию \(«name_ru»\)/,
      );
    expect(await page.getByTestId('unit-join-no-unit').innerText()).toMatch(
      /Строка 13: «Неизвестный район»/,
    );
    expect(await page.getByTestId('unit-join-no-data').innerText()).toMatch(
      /Объект 12: 611040000 «Ордабасинский район»/,
    );
    // The import report says the same, in Russian, each problem where it is.
    await expect.poll(report).toMatch(/«Неизвестный район» — не код и не название единицы/);
    expect(await report()).not.toMatch(/не регион|16 регионов/);
    expect(await forbiddenText(page)).toEqual([]);
    await settle(page, 200);
    await shot(page, 'join-report');

    await page.getByTestId('use-dataset').first().click();
    await page.getByTestId('nav-rating').click();
    await page.getByTestId('rating-table').waitFor();
    await expect.poll(async () => (await ratingRows(page)).length).toBe(11);
    const rows = await ratingRows(page);
    expect(rows.map(([c]) => c).sort()).toEqual([...CODES].sort());
    // Each row shows the district's own name, never its code.
    const byCode = Object.fromEntries(rows);
    expect(byCode['431080000']).toMatch(/город Кызылорда/);
    expect(byCode['611020000']).toMatch(/Сузакский район/);
    for (const [code, text] of rows) expect(text).not.toContain(code);
    expect(await forbiddenText(page)).toEqual([]);
    await shot(page, 'rating');

    await page.getByTestId('nav-map').click();
    await page.getByTestId('map').waitFor();
    await expect.poll(async () => (await mapShapes(page)).length).toBe(12);
    const shapes = Object.fromEntries(await mapShapes(page));
    expect(Object.keys(shapes).sort()).toEqual([...CODES, '611040000'].sort());
    // Districts with data are coloured by class; the one without data is the no-data grey.
    const grey = shapes['611040000'];
    for (const c of CODES) expect(shapes[c]).not.toBe(grey);
    await settle(page, 400);
    const labels = await page.locator('.region-label').allInnerTexts();
    // Each label sits on the map (not at its antipode).
    const stage = (await page.getByTestId('map').boundingBox())!;
    const lb = (await page.locator('.region-label', { hasText: 'город Кызылорда' }).boundingBox())!;
    expect(lb.x).toBeGreaterThan(stage.x);
    expect(lb.x + lb.width).toBeLessThan(stage.x + stage.width);
    expect(lb.y).toBeGreaterThan(stage.y);
    expect(lb.y + lb.height).toBeLessThan(stage.y + stage.height);
    expect(labels).toContain('город Кызылорда');
    expect(labels).toContain('Ордабасинский район');
    expect(await forbiddenText(page)).toEqual([]);
    await settle(page, 300);
    await shot(page, 'map');

    // Clustering runs on the districts: one leaf per district, named by its own name.
    await page.getByTestId('nav-clustering').click();
    await page.getByTestId('dendrogram').waitFor({ timeout: 20000 });
    await expect
      .poll(() => page.locator('[data-testid="dendrogram-leaf"]').count(), { timeout: 20000 })
      .toBe(11);
    const leaves = await page.locator('[data-testid="dendrogram-leaf"]').allTextContents();
    expect(leaves.join(' ')).toMatch(/город Кызылорда/);
    // Rows joined by code are named from the boundary file too.
    expect(leaves.join(' ')).toMatch(/Сузакский район/);
    expect(leaves.join(' ')).not.toMatch(/\d{9}/);
    expect(await forbiddenText(page)).toEqual([]);
    await settle(page, 300);
    await shot(page, 'clustering');

    // The spatial statistics run on the districts (contiguity of the grid).
    await page.getByTestId('nav-spatial').click();
    await page.getByTestId('moran-summary').waitFor({ timeout: 20000 });
    expect(await page.getByTestId('moran-summary').innerText()).toMatch(/\d/);
    // The districts are the user's units, not regions (state/unitKind.ts).
    expect(await page.locator('[data-testid="spatial-table"] thead th').first().innerText()).toBe(
      'Единица',
    );
    expect(await forbiddenText(page)).toEqual([]);
    await shot(page, 'spatial');

    // A link opened in a fresh browser (no stored data) shows the same districts.
    await page.getByTestId('nav-rating').click();
    await page.getByTestId('rating-table').waitFor();
    await settle(page, 500);
    const link = page.url();
    const other = await s.newPage();
    await other.goto(link);
    await other.getByTestId('rating-table').waitFor({ timeout: 20000 });
    await expect.poll(async () => (await ratingRows(other)).length).toBe(11);
    expect(Object.fromEntries(await ratingRows(other))).toEqual(byCode);
    await other.getByTestId('nav-map').click();
    await other.getByTestId('map').waitFor();
    await expect.poll(async () => (await mapShapes(other)).length).toBe(12);
    expect(Object.fromEntries(await mapShapes(other))).toEqual(shapes);
    expect(await forbiddenText(other)).toEqual([]);
    await settle(other, 600);
    await shot(other, 'link-map');
    await page.context().close();
    await other.context().close();
  });
});

describe('a boundary file too large for the link (issue 8, item 3)', () => {
  it('the link names the boundary file and the table; a fresh browser says which files to import, in ru, kk and en, with the import button beside each, and shows the same districts once both are imported', async () => {
    const dense = Buffer.from(denseDistricts(), 'utf8');
    const page = await s.newPage();
    await openView(page, s.url, 'data', 'import-file');
    await importFile(page, dense, 'districts-dense.geojson', 'application/geo+json');
    await expect
      .poll(() => page.getByTestId('import-report').innerText())
      .toMatch(/собственных единиц \(12\)/);
    const table = 'test/fixtures/units/districts-cp1251.csv';
    await importFile(page, table, 'districts-cp1251.csv', 'text/csv');
    await page.getByTestId('join-report').waitFor();
    await page.getByTestId('use-dataset').first().click();
    await page.getByTestId('nav-rating').click();
    await page.getByTestId('rating-table').waitFor();
    await expect.poll(async () => (await ratingRows(page)).length).toBe(11);
    const byCode = Object.fromEntries(await ratingRows(page));
    await settle(page, 500);
    // The boundary file cannot travel: the link carries the study only (file names and hashes).
    const link = page.url();
    expect(link.length).toBeLessThan(32 * 1024);
    expect(dense.length).toBeGreaterThan(100 * 1024);

    const other = await s.newPage(); // a new context: no IndexedDB, no imported file
    await other.goto(link);
    const bounds = other.getByTestId('study-missing-boundaries');
    const missing = other.getByTestId('study-missing');
    await bounds.waitFor({ timeout: 20000 });
    expect(await bounds.innerText()).toMatch(
      /^Единицы исследования по ссылке заданы файлом границ «districts-dense\.geojson» \(SHA-256 [0-9a-f]{12}\)\. Импортируйте этот файл раньше таблицы по этим единицам/,
    );
    expect(await bounds.getByRole('button').innerText()).toBe('Импортировать файл');
    expect(await missing.innerText()).toMatch(/«districts-cp1251\.csv» \(SHA-256 [0-9a-f]{12}\)/);
    expect(await forbiddenText(other)).toEqual([]);
    await shot(other, 'link-missing-boundaries');
    await chooseLanguage(other, 'kk');
    await expect
      .poll(() => bounds.innerText())
      .toMatch(/«districts-dense\.geojson» шекаралар файлынан алынған \(SHA-256 [0-9a-f]{12}\)/);
    expect(await bounds.getByRole('button').innerText()).toBe('Файлды импорттау');
    await chooseLanguage(other, 'en');
    await expect
      .poll(() => bounds.innerText())
      .toMatch(
        /^The study in this link draws its units from the boundary file “districts-dense\.geojson” \(SHA-256 [0-9a-f]{12}\)\. Import that file, before the table of those units/,
      );
    expect(await bounds.getByRole('button').innerText()).toBe('Import the file');
    expect(await forbiddenText(other)).toEqual([]);
    await chooseLanguage(other, 'ru');

    // The button beside the notice leads to the import; the same file ends the notice.
    await bounds.getByRole('button').click();
    await other.getByTestId('import-file').waitFor();
    await importFile(other, dense, 'districts-dense.geojson', 'application/geo+json');
    await expect.poll(() => bounds.count()).toBe(0);
    expect(await missing.count()).toBe(1);
    await importFile(other, table, 'districts-cp1251.csv', 'text/csv');
    await expect.poll(() => missing.count()).toBe(0);
    await other.getByTestId('nav-rating').click();
    await other.getByTestId('rating-table').waitFor({ timeout: 20000 });
    await expect.poll(async () => (await ratingRows(other)).length).toBe(11);
    expect(Object.fromEntries(await ratingRows(other))).toEqual(byCode);
    expect(await forbiddenText(other)).toEqual([]);
    await page.context().close();
    await other.context().close();
  });
});

describe('Baikonur (issue 11, item 5)', () => {
  it('is drawn on the live map as its own hatched area, not a region, explained in the tooltip and the legend, and in the exported SVG', async () => {
    const page = await s.newPage();
    await openView(page, s.url, 'map', 'map');
    const area = page.locator('[data-testid="map"] [data-testid="baikonur"]');
    await area.waitFor({ state: 'attached', timeout: 15000 });
    expect(await area.count()).toBe(1);
    expect(await area.getAttribute('data-region')).toBeNull();
    expect(await area.getAttribute('fill')).toBe('url(#atlas-baikonur-hatch)');
    expect(await area.getAttribute('aria-label')).toMatch(/^Байконур: .*арендован Россией до 2050/);
    // A shape with a real size on screen, inside Kyzylorda's box.
    const box = (await area.boundingBox())!;
    const kzy = (await page.locator('[data-testid="map"] [data-region="KZ-KZY"]').boundingBox())!;
    expect(box.width).toBeGreaterThan(5);
    expect(box.x).toBeGreaterThan(kzy.x);
    expect(box.x + box.width).toBeLessThan(kzy.x + kzy.width);
    // Still 16 regions on the map.
    expect(await page.locator('[data-testid="map"] path[data-region]').count()).toBe(16);
    expect(await page.getByTestId('baikonur-key').innerText()).toMatch(
      /Байконур: Комплекс «Байконур» арендован Россией до 2050 года; его территория не входит в данные Кызылординской области/,
    );
    await area.hover({ force: true });
    await expect
      .poll(() =>
        page
          .locator('.leaflet-tooltip.baikonur-tip')
          .innerText()
          .catch(() => ''),
      )
      .toMatch(/Байконур\s+Комплекс «Байконур» арендован Россией до 2050 года/);
    await settle(page, 300);
    await shot(page, 'baikonur-map');

    const svg = await download(page, 'map-export-svg');
    expect(svg).toMatch(
      /<path d="M[^"]+" fill="url\(#atlas-baikonur-hatch\)"[^>]*data-area="baikonur">/,
    );
    expect(svg).toContain('<pattern id="atlas-baikonur-hatch"');
    expect(svg).toMatch(
      /data-caption="baikonur">Байконур: Комплекс «Байконур» арендован Россией до 2050 года/,
    );

    // In Kazakh and English too.
    await chooseLanguage(page, 'kk');
    await expect
      .poll(() => page.getByTestId('baikonur-key').innerText())
      .toMatch(/^Байқоңыр: «Байқоңыр» кешенін Ресей 2050 жылға дейін/);
    await chooseLanguage(page, 'en');
    await expect
      .poll(() => page.getByTestId('baikonur-key').innerText())
      .toMatch(/^Baikonur: The Baikonur complex is leased to Russia until 2050/);
    expect(await forbiddenText(page)).toEqual([]);
    await page.context().close();
  });
});
