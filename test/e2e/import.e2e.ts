/**
 * Issue 5 in the production build: a user's files go in through the one import input, show up
 * by name, feed the map and the rating, survive a reload (IndexedDB), broken files get reports
 * that name rows, columns and features, and script payloads stay text.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  forbiddenText,
  mapFills,
  openView,
  sessionPerFile,
  settle,
  startSession,
  tableOrder,
  type E2eSession,
  chooseLanguage,
} from './harness.ts';

const READERS = 'test/fixtures/readers';
const E2E = 'test/fixtures/e2e';

const s = sessionPerFile();

async function importFile(page: Page, file: string | { name: string; buffer: Buffer }) {
  const input = page.getByTestId('import-file');
  await expect.poll(() => input.isEnabled()).toBe(true);
  if (typeof file === 'string') await input.setInputFiles(file);
  else await input.setInputFiles({ ...file, mimeType: 'application/octet-stream' });
  await expect.poll(() => input.isEnabled(), { timeout: 15000 }).toBe(true);
  await page.getByTestId('import-report').waitFor();
}

const text = (page: Page, testid: string) =>
  page
    .getByTestId(testid)
    .first()
    .evaluate((e) => (e as HTMLElement).innerText);

/** Maps indicators to columns of the (only) imported table by picking options by label. */
async function mapColumns(page: Page, picks: Record<string, RegExp>) {
  const item = page.getByTestId('user-dataset').first();
  const details = item.locator('details.mapping');
  if ((await details.getAttribute('open')) === null) await details.locator('summary').click();
  for (const [ind, re] of Object.entries(picks)) {
    const select = item.locator(`select[id$="-${ind}"]`);
    const options = await select.locator('option').allTextContents();
    const pick = options.find((o) => re.test(o));
    expect(pick, `a column for ${ind} among ${options.join(' | ')}`).toBeDefined();
    await select.selectOption({ label: pick! });
  }
}

describe('import', () => {
  it('a Russian-locale Excel CSV (Windows-1251, ;, decimal commas) imports, maps, rates and survives a reload', async () => {
    const page = await s.newPage();
    await openView(page, s.url, 'data', 'import-file');
    const name = 'kireeva-2010-table2-cp1251.csv';
    await importFile(page, `${READERS}/${name}`);
    await expect.poll(() => text(page, 'user-datasets')).toContain(name);
    expect(await forbiddenText(page)).toEqual([]);

    await mapColumns(page, { S_D: /Валовой/, S_F: /Основные/, S_E: /Занятое/ });
    await page.getByTestId('use-dataset').first().click();

    await page.getByTestId('nav-rating').click();
    await page.getByTestId('rating-table').waitFor();
    await expect.poll(async () => (await tableOrder(page)).length).toBe(16);
    expect(await forbiddenText(page)).toEqual([]);

    await page.getByTestId('nav-map').click();
    await page.locator('[data-testid="map"] [data-region]').nth(15).waitFor();
    await settle(page, 300);
    expect(new Set(Object.values(await mapFills(page))).size).toBeGreaterThan(1);

    await page.getByTestId('nav-data').click();
    await page.reload();
    await page.getByTestId('user-datasets').waitFor();
    await expect.poll(() => text(page, 'user-datasets')).toContain(name);
    await page.context().close();
  });

  it("a 20-region GeoJSON of today's units with a CSV keyed by today's names puts all 20 on the map", async () => {
    const page = await s.newPage();
    await openView(page, s.url, 'data', 'import-file');
    await importFile(page, `${READERS}/regions-current-synthetic.geojson`);
    await expect
      .poll(() => text(page, 'user-datasets'))
      .toContain('regions-current-synthetic.geojson');
    await importFile(page, `${E2E}/indicators-current-20.csv`);
    await expect.poll(() => text(page, 'user-datasets')).toContain('indicators-current-20.csv');

    const boundaries = page.getByTestId('user-boundaries').first();
    if (!(await boundaries.evaluate((e) => e.classList.contains('active'))))
      await boundaries.locator('.button-row button').first().click();
    const use = page.getByTestId('use-dataset');
    if ((await use.count()) > 0) await use.first().click();

    await page.getByTestId('nav-map').click();
    await page.getByTestId('map').waitFor();
    const paths = page.locator('[data-testid="map"] [data-region]');
    await expect.poll(() => paths.count(), { timeout: 10000 }).toBe(20);
    const fills = await mapFills(page);
    expect(Object.keys(fills)).toHaveLength(20);
    expect(Object.keys(fills)).toEqual(expect.arrayContaining(['KZ-10', 'KZ-62', 'KZ-79']));
    expect(
      new Set(Object.values(fills)).size,
      'the 20 regions show several colours',
    ).toBeGreaterThan(1);
    // Today's labels at today's places, and the three cities drawn as symbols in their colour.
    const labels = await page.locator('[data-testid="map"] .region-label').allTextContents();
    expect(labels).toEqual(expect.arrayContaining(['Шымкент', 'Абай', 'Жетісу', 'Ұлытау']));
    expect(labels).not.toContain('Южно-Казахстанская');
    expect(labels).toHaveLength(20);
    const cities = page.locator('[data-testid="map"] [data-city]');
    expect(
      (await cities.evaluateAll((els) => els.map((e) => e.getAttribute('data-city')))).sort(),
    ).toEqual(['KZ-71', 'KZ-75', 'KZ-79']);
    const cityFill = await cities.first().evaluate((e) => getComputedStyle(e).fill);
    expect(cityFill).toBe(fills[(await cities.first().getAttribute('data-city'))!]);
    await page.context().close();
  });

  // File -> what its report must name (interface in English).
  const BROKEN: [string, RegExp[]][] = [
    ['broken-delimiters.csv', [/row 3/i, /row 4/i]],
    ['broken-text-in-numbers.csv', [/row \d/i, /column B/i, /about a million/]],
    ['broken-unknown-regions.csv', [/Atlantis/, /Ust-Kamenogorsk/]],
    ['broken-unclosed-ring.geojson', [/feature 2/i, /feature 3/i]],
    ['broken-projected.geojson', [/feature 1/i, /feature 2/i]],
  ];

  it('broken files get reports naming their rows, columns and features', async () => {
    const page = await s.newPage();
    await openView(page, s.url, 'data', 'import-file');
    await chooseLanguage(page, 'en');
    const misses: string[] = [];
    for (const [file, expected] of BROKEN) {
      await importFile(page, `${READERS}/${file}`);
      await expect.poll(() => text(page, 'import-report')).toContain(file);
      const report = await text(page, 'import-report');
      for (const re of expected)
        if (!re.test(report)) misses.push(`${file}: ${re} not in «${report}»`);
      expect(await forbiddenText(page)).toEqual([]);
    }
    expect(misses).toEqual([]);
    await page.context().close();
  });
});

// Without the CSP, so that an escaping bug would really run the payload instead of being
// blocked by the policy: this checks the rendering, not the policy.
describe('import with script payloads (served without CSP)', () => {
  let open: E2eSession;
  beforeAll(async () => {
    open = await startSession({ csp: false });
  });
  afterAll(async () => {
    await open?.close();
  });

  const PAYLOAD_NAME = '<img src=x onerror="window.__pwned=1">.csv';

  it('payloads in file names, headers, labels and GeoJSON properties never execute and show as text', async () => {
    const page = await open.newPage();
    await openView(page, open.url, 'data', 'import-file');
    await importFile(page, `${E2E}/payload-table.csv`);
    await importFile(page, `${E2E}/payload-boundaries.geojson`);
    await importFile(page, {
      name: PAYLOAD_NAME,
      buffer: await readFile(`${READERS}/kireeva-2010-table2-utf8bom.csv`),
    });
    await expect.poll(() => text(page, 'user-datasets')).toContain(PAYLOAD_NAME);
    for (const route of ['map', 'rating', 'data']) {
      await page.getByTestId(`nav-${route}`).click();
      await settle(page, 400);
      expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
      expect(await page.locator('img[src="x"], script:not([src]), svg[onload]').count()).toBe(0);
    }
    const body = await page.evaluate(() => document.body.innerText);
    expect(body).toContain(PAYLOAD_NAME);
    expect(open.errors.filter((e) => !/Failed to load resource/.test(e))).toEqual([]);
    await page.context().close();
  });
});
