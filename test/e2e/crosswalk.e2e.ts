/**
 * Issue 11, item 2 in the UI: the crosswalk offered on import. A table in today's 20 units
 * imported while the bundled 2014 boundaries are in use is carried to 2014's 16 regions
 * (populations summed, unemployment weighted by population); a 2014 table imported while a
 * 20-region boundary file is in use is refused without an allocation key (with a message naming
 * what is missing) and carried with one. Figures: test/fixtures/crosswalk (independent Python).
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { foreignGeoJson } from './foreignGeo.ts';
import { forbiddenText, openView, sessionPerFile, settle } from './harness.ts';

const s = sessionPerFile();
const DIR = 'test/fixtures/crosswalk/';

async function importBytes(page: Page, name: string, buffer: Buffer, mimeType: string) {
  const input = page.getByTestId('import-file');
  await expect.poll(() => input.isEnabled()).toBe(true);
  await input.setInputFiles({ name, buffer, mimeType });
  await expect.poll(() => input.isEnabled(), { timeout: 30000 }).toBe(true);
  await page.getByTestId('import-report').waitFor();
}

const text = (page: Page, testid: string) =>
  page
    .getByTestId(testid)
    .first()
    .evaluate((e) => (e as HTMLElement).innerText);

describe('crosswalk on import (issue 11)', () => {
  it('today’s panel on the bundled 2014 map: offered, carried to 16 regions, recorded on the dataset and in the study', async () => {
    const page = await s.newPage();
    await openView(page, s.url, 'data', 'import-file');
    await importBytes(page, 'long-panel.csv', readFileSync(`${DIR}long-panel.csv`), 'text/csv');
    const offer = page.getByTestId('crosswalk-offer');
    await offer.waitFor();
    expect(await offer.innerText()).toContain('20 регионов');
    await page.getByTestId('crosswalk-kind-0').selectOption('additive');
    await page.getByTestId('crosswalk-kind-1').selectOption('weighted');
    await page.getByTestId('crosswalk-weight').selectOption('Население');
    await page.screenshot({ path: '/work/notes/shots/today-crosswalk-offer.png', fullPage: true });
    await page.getByTestId('crosswalk-apply').click();
    await page.getByTestId('crosswalk-done').waitFor();
    expect(await offer.count()).toBe(0);
    const done = await text(page, 'crosswalk-done');
    expect(done).toContain('Суммированы: Население');
    expect(done).toContain('Усреднены с весом «Население»: Уровень безработицы %');
    expect(await text(page, 'user-dataset')).toContain('16 регионов');
    expect(await forbiddenText(page)).toEqual([]);
    await page.screenshot({ path: '/work/notes/shots/today-crosswalk-done.png', fullPage: true });

    // Rate the carried population: South Kazakhstan 2021 = Turkistan + Shymkent (Python).
    const ref = JSON.parse(readFileSync(`${DIR}expected-to-2014.json`, 'utf8')) as {
      code: string;
      year: number;
      population: number;
    }[];
    const y2021 = ref.filter((e) => e.year === 2021);
    const max = Math.max(...y2021.map((e) => e.population));
    const yuz = y2021.find((e) => e.code === 'KZ-YUZ')!.population;
    const item = page.getByTestId('user-dataset').first();
    await item.locator('details.mapping summary').click();
    await item.locator('select[id$="-S_D"]').selectOption({ label: 'Население' });
    await page.getByTestId('use-dataset').first().click();
    await page.getByTestId('nav-rating').click();
    await page.getByTestId('rating-table').waitFor();
    await page.getByTestId('year-2021').click();
    await expect
      .poll(() =>
        page.$$eval('[data-testid="rating-table"] [data-region]', (r) =>
          r.map((x) => x.getAttribute('data-region')),
        ),
      )
      .toContain('KZ-YUZ');
    const codes = await page.$$eval('[data-testid="rating-table"] [data-region]', (r) =>
      r.map((x) => x.getAttribute('data-region')),
    );
    expect(codes).toHaveLength(16);
    expect(codes).not.toContain('KZ-61');
    const yuzRow = await page
      .locator('[data-testid="rating-table"] [data-region="KZ-YUZ"]')
      .first()
      .innerText();
    expect(yuzRow.replace(/\s+/g, ' ')).toContain(((yuz / max) * 100).toFixed(1).replace('.', ','));
    await page.getByTestId('nav-map').click();
    const paths = page.locator('[data-testid="map"] [data-region]');
    await expect.poll(() => paths.count(), { timeout: 15000 }).toBe(16);
    await settle(page, 400);
    await page.screenshot({ path: '/work/notes/shots/today-crosswalk-map-2021.png' });
    await page.context().close();
  });

  it('a 2014 table on a 20-region map: without an allocation key a message names what is missing; with one, 20 units', async () => {
    const page = await s.newPage();
    await openView(page, s.url, 'data', 'import-file');
    await importBytes(
      page,
      'kz-20-foreign.geojson',
      Buffer.from(foreignGeoJson()),
      'application/geo+json',
    );
    await importBytes(
      page,
      'long-2014-2017.csv',
      readFileSync(`${DIR}long-2014-2017.csv`),
      'text/csv',
    );
    const offer = page.getByTestId('crosswalk-offer');
    await offer.waitFor();
    await page.getByTestId('crosswalk-kind-0').selectOption('additive');
    await expect.poll(() => page.getByTestId('crosswalk-needs-key').count()).toBe(1);
    await page.getByTestId('crosswalk-apply').click();
    const issues = page.getByTestId('crosswalk-issues');
    await issues.waitFor();
    const msg = await issues.innerText();
    expect(msg).toContain('ключ распределения');
    expect(msg).toContain('Абай');
    expect(msg).toContain('Шымкент');
    await page.screenshot({
      path: '/work/notes/shots/today-crosswalk-needs-key.png',
      fullPage: true,
    });

    await page.getByTestId('crosswalk-shares').setInputFiles({
      name: 'shares.csv',
      buffer: readFileSync(`${DIR}shares.csv`),
      mimeType: 'text/csv',
    });
    await page.getByTestId('crosswalk-shares-read').waitFor();
    await page.getByTestId('crosswalk-apply').click();
    await page.getByTestId('crosswalk-done').waitFor();
    expect(await text(page, 'crosswalk-done')).toContain('shares.csv');
    expect(await text(page, 'user-dataset')).toContain('20 регионов');
    expect(await forbiddenText(page)).toEqual([]);
    await page.context().close();
  });
});
