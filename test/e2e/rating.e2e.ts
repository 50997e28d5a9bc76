/**
 * The rating's interaction loop in the production build: a weight change re-ranks the table
 * and recolours the map, the address carries weights and language to a new page, and the
 * exports produce real files that record the spec (issue 4 "Done when").
 */
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  mapFills,
  openRoute,
  sessionPerFile,
  settle,
  tableOrder,
  chooseLanguage,
} from './harness.ts';

const s = sessionPerFile();

const sliderValues = (page: Page) =>
  page.$$eval('[data-testid^="weight-"]', (els) =>
    Object.fromEntries(
      els
        .filter((e): e is HTMLInputElement => e instanceof HTMLInputElement && e.type === 'range')
        .map((e) => [e.dataset.testid!, e.value]),
    ),
  );

/** Pushes S_A to its maximum and S_D to zero with the keyboard, as a user would. */
async function shiftWeights(page: Page) {
  await page.getByTestId('weight-S_A').focus();
  await page.keyboard.press('End');
  await page.getByTestId('weight-S_D').focus();
  await page.keyboard.press('Home');
  await settle(page, 300);
}

async function fullTable(page: Page) {
  await page.locator('[data-testid="rating-table"] [data-region]').nth(15).waitFor();
  return tableOrder(page);
}

describe('rating', () => {
  it('a weight change re-ranks the table and recolours the map', async () => {
    const page = await s.newPage();
    await openRoute(page, s.url, 'map', 'map');
    await page.locator('[data-testid="map"] [data-region]').nth(15).waitFor();
    await settle(page, 300);
    const fillsBefore = await mapFills(page);
    expect(Object.keys(fillsBefore)).toHaveLength(16);
    expect(
      new Set(Object.values(fillsBefore)).size,
      'the map shows several colours',
    ).toBeGreaterThan(1);

    await page.getByTestId('nav-rating').click();
    const before = await fullTable(page);
    const valuesBefore = await sliderValues(page);
    await shiftWeights(page);
    const values = await sliderValues(page);
    expect(values['weight-S_A']).not.toBe(valuesBefore['weight-S_A']);
    expect(Number(values['weight-S_D'])).toBe(0);
    await expect.poll(() => tableOrder(page)).not.toEqual(before);
    expect((await tableOrder(page)).slice().sort()).toEqual(before.slice().sort());

    await page.getByTestId('nav-map').click();
    await page.locator('[data-testid="map"] [data-region]').nth(15).waitFor();
    await settle(page, 300);
    const fillsAfter = await mapFills(page);
    const changed = Object.keys(fillsBefore).filter((k) => fillsBefore[k] !== fillsAfter[k]);
    expect(changed.length, 'regions recoloured').toBeGreaterThan(0);
    await page.context().close();
  });

  it('the address round-trips weights, language and table order into a new page', async () => {
    const page = await s.newPage();
    await openRoute(page, s.url, 'rating', 'rating-table');
    await fullTable(page);
    await shiftWeights(page);
    await chooseLanguage(page, 'en');
    await expect.poll(() => page.getAttribute('html', 'lang')).toBe('en');
    await settle(page, 300);
    const href = page.url();
    const values = await sliderValues(page);
    const order = await tableOrder(page);

    const other = await s.newPage();
    await other.goto(href);
    await other.getByTestId('rating-table').waitFor();
    await fullTable(other);
    expect(await other.getAttribute('html', 'lang')).toBe('en');
    expect(await other.getByTestId('language').inputValue()).toBe('en');
    expect(await sliderValues(other)).toEqual(values);
    expect(await tableOrder(other)).toEqual(order);
    await page.context().close();
    await other.context().close();
  });

  async function download(page: Page, testid: string) {
    const [d] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId(testid).click(),
    ]);
    const path = await d.path();
    return { name: d.suggestedFilename(), bytes: await readFile(path) };
  }

  it('exports a CSV from the rating table and SVG and PNG from the map, each with the spec', async () => {
    const page = await s.newPage();
    await openRoute(page, s.url, 'rating', 'rating-table');
    await fullTable(page);
    const csv = await download(page, 'rating-export-csv');
    expect(csv.name).toMatch(/\.csv$/);
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = csv.bytes.toString('utf8').replace(/^\uFEFF/, '');
    // Russian UI: ';' and the decimal comma, metadata in a trailing block (one quoted JSON cell).
    const lines = text.split('\r\n');
    expect(lines[0].split(';').length).toBeGreaterThan(3);
    expect(lines[1]).toMatch(/;\d+,\d+;/);
    expect(text).toMatch(/^# title;/m);
    expect(text).toMatch(/^# spec;"\{.*""rating""/m);
    await page.getByTestId('rating-export-csv-style').selectOption('plain');
    const plain = (await download(page, 'rating-export-csv')).bytes.toString('utf8');
    expect(
      plain
        .replace(/^\uFEFF/, '')
        .split('\r\n')[0]
        .split(',').length,
    ).toBeGreaterThan(3);
    expect(plain).toMatch(/^# spec,"\{/m);
    for (const code of ['KZ-AKM', 'KZ-ALA']) expect(text).toContain(code);

    await page.getByTestId('nav-map').click();
    await page.locator('[data-testid="map"] [data-region]').nth(15).waitFor();
    const svg = await download(page, 'map-export-svg');
    expect(svg.name).toMatch(/\.svg$/);
    const svgText = svg.bytes.toString('utf8');
    expect(svgText).toMatch(/^(<\?xml[^>]*>\s*)?<svg[\s>]/);
    expect(svgText).toContain('<metadata>');
    expect(svgText).toMatch(/atlas:spec>\{.*rating/);
    expect((svgText.match(/<path/g) ?? []).length).toBeGreaterThanOrEqual(16);
    // A figure (issue 15): its title, the legend's entries as on screen, the source line.
    const legendOnScreen = await page
      .getByTestId('map-legend')
      .locator('li:not(.baikonur-key)')
      .evaluateAll((els) =>
        els.map((e) => [...e.querySelectorAll('span')].map((x) => x.textContent ?? '')),
      );
    expect(legendOnScreen.length).toBeGreaterThan(1);
    const texts = [...svgText.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
    expect(texts[0]).toMatch(/2014$/);
    const esc = (x: string) => x.replace(/&/g, '&amp;').replace(/</g, '&lt;');
    for (const [, range, count] of legendOnScreen)
      expect(texts, `legend entry ${range}`).toContain(esc(`${range} (${count})`));
    expect(svgText).toMatch(/data-role="source">Данные: Киреева А\.А\./);
    expect(svgText).toMatch(/Границы: Natural Earth/);
    // Baikonur's area is explained in the figure as on screen (not a class entry).
    expect(svgText).toContain('Байконур');
    expect(svgText).not.toContain('data-site=');

    // IT-cluster sites switched on go into the file (and so into its PNG).
    await page.getByTestId('overlay-sites').check();
    const withSites = (await download(page, 'map-export-svg')).bytes.toString('utf8');
    expect((withSites.match(/data-site="/g) ?? []).length).toBe(5);
    expect(withSites).toContain('>Предлагаемые площадки IT-кластеров (5');
    await page.getByTestId('overlay-sites').uncheck();

    const png = await download(page, 'map-export-png');
    expect(png.name).toMatch(/\.png$/);
    expect([...png.bytes.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
    expect(png.bytes.includes(Buffer.from('kz-atlas:spec\0'))).toBe(true);
    expect(png.bytes.length).toBeGreaterThan(5000);
    await page.context().close();
  });
});
