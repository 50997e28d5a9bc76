/**
 * Data treatment in the rating (issue 9 item 3) in the production build: a user's table with a
 * gap (Zhambyl's patents) and an outlier (Atyrau's investment) is imported; filling gaps with
 * the mean and COINr's outlier rule, chosen for all indicators, and a per-capita denominator
 * chosen for one, mark exactly the treated cells in the table of scores (sign, tooltip, text
 * for screen readers, legend), change the index, and travel in the exports: the rating CSV's
 * code column, the scores CSV's per-cell codes, the map figure's subtitle. A text column of
 * zones (Север, Юг...) is offered as the group column and fills the gap from its zone.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  forbiddenText,
  openView,
  sessionPerFile,
  settle,
  tableOrder,
  chooseLanguage,
} from './harness.ts';

const FILE = 'test/fixtures/rating/treatment/regions.csv';
const SHOTS = '/work/notes/shots';
const s = sessionPerFile();

async function shot(page: Page, name: string) {
  if (existsSync(SHOTS))
    await page.screenshot({ path: `${SHOTS}/treat-${name}.png`, fullPage: true });
}

async function download(page: Page, testid: string) {
  const [d] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testid).click()]);
  return (await readFile(await d.path())).toString('utf8');
}

const rows = (page: Page) =>
  page.$$eval('[data-testid="rating-table"] tr[data-region]', (els) =>
    els.map((e) => `${e.getAttribute('data-region')} ${(e as HTMLElement).innerText}`),
  );

/** data-treated of every marked cell, as 'region|code'. */
const marked = (page: Page) =>
  page.$$eval('[data-testid="treated-table"] td[data-treated]', (els) =>
    els.map(
      (e) => `${e.closest('tr')?.getAttribute('data-region')}|${e.getAttribute('data-treated')}`,
    ),
  );

describe('data treatment in the rating', () => {
  it('marks every treated cell, changes the index and carries the marks into the exports', async () => {
    const page = await s.newPage();
    await openView(page, s.url, 'data', 'import-file');
    const input = page.getByTestId('import-file');
    await expect.poll(() => input.isEnabled()).toBe(true);
    await input.setInputFiles(FILE);
    await page.getByTestId('import-report').waitFor();
    const use = page.getByTestId('use-dataset');
    if ((await use.count()) > 0) await use.first().click();

    await page.getByTestId('nav-rating').click();
    await page.getByTestId('rating-table').waitFor();
    await expect.poll(async () => (await tableOrder(page)).length).toBe(16);
    // The population is a denominator, not an indicator of the index.
    await page.getByTestId('include-Население').click();
    await page.getByTestId('excluded-indicators').waitFor();
    await settle(page, 300);
    const before = await rows(page);
    expect(await page.getByTestId('treated-table').count(), 'no scores table open yet').toBe(0);

    // For all indicators: gaps filled with the mean, outliers by COINr's rule.
    await page.getByTestId('treat-default').locator('summary').click();
    await page.getByTestId('treat-impute-all').selectOption('mean');
    await page.getByTestId('treat-outliers-all').selectOption('coinr');
    await page.getByTestId('treated-table').waitFor();
    await settle(page, 300);
    await expect
      .poll(async () => (await marked(page)).sort())
      .toEqual(['KZ-ATY|win:high', 'KZ-ZHA|imp:mean']);
    const gap = page.locator(
      '[data-testid="treated-table"] tr[data-region="KZ-ZHA"] td[data-treated="imp:mean"]',
    );
    expect(await gap.locator('sup').textContent()).toBe('*');
    expect(await gap.getAttribute('title')).toMatch(
      /^пропуск заполнен: среднее по регионам; значение после обработки: \d/,
    );
    expect(await gap.locator('.visually-hidden').textContent()).toContain('пропуск заполнен');
    const spike = page.locator(
      '[data-testid="treated-table"] tr[data-region="KZ-ATY"] td[data-treated="win:high"]',
    );
    expect(await spike.locator('sup').textContent()).toBe('↓');
    expect(await spike.getAttribute('title')).toContain('винзоризован');
    await expect.poll(() => page.getByTestId('treat-legend').isVisible()).toBe(true);
    // Zhambyl was rated on one indicator before; now on two: the index changed.
    const treated = await rows(page);
    expect(treated).not.toEqual(before);
    expect(treated.find((r) => r.startsWith('KZ-ZHA'))).not.toEqual(
      before.find((r) => r.startsWith('KZ-ZHA')),
    );
    await shot(page, 'default-ru');

    // One indicator's own choice: investment per person.
    const ind = page.getByTestId('treat-Инвестиции');
    await ind.locator('summary').click();
    await page.getByTestId('treat-denominator-Инвестиции').selectOption('Население');
    await expect
      .poll(async () => (await marked(page)).filter((m) => m.includes('div:Население')).length)
      .toBe(16);
    expect(await ind.locator('summary').textContent()).toContain('÷ Население');
    const perCapita = await rows(page);
    expect(perCapita).not.toEqual(treated);
    expect(await forbiddenText(page)).toEqual([]);
    await shot(page, 'per-capita-ru');

    // The rating CSV: a code column naming each region's treated cells, documented.
    const csv = await download(page, 'rating-export-csv');
    expect(csv).toContain('обработка (коды)');
    expect(csv).toMatch(/Жамбылская[^\n]*Патенты=imp:mean/);
    expect(csv).toContain('Инвестиции=div:Население');
    expect(csv).toContain('treatment_codes');
    // The scores CSV: per indicator a score and its code.
    const scores = await download(page, 'treated-export-csv');
    expect(scores).toContain('Патенты: обработка (коды)');
    expect(scores).toMatch(/Жамбылская[^\n]*imp:mean/);
    // The map figure says treatment was applied.
    await page.getByTestId('nav-map').click();
    await page.locator('[data-testid="map"] [data-region]').nth(15).waitFor();
    await settle(page, 300);
    const svg = await download(page, 'map-export-svg');
    expect(svg).toContain('обработка данных:');
    expect(svg).toContain('÷ Население [Инвестиции]');

    // Kazakh and English read the same marks in their language.
    await page.getByTestId('nav-rating').click();
    await page.getByTestId('treated-table').waitFor();
    await chooseLanguage(page, 'kk');
    await page.waitForFunction(() => document.documentElement.lang === 'kk');
    await settle(page, 300);
    expect(await gap.getAttribute('title')).toContain('бос орын толтырылды');
    expect(await forbiddenText(page)).toEqual([]);
    await shot(page, 'kk');
    await chooseLanguage(page, 'en');
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    await settle(page, 300);
    expect(await gap.getAttribute('title')).toContain('gap filled: mean of the units');
    await shot(page, 'en');
    await page.context().close();
  });

  it('group means by a text column of zones: offered as the group column, fills the gap', async () => {
    // The same table with a zone per region (text), Zhambyl (the gap) in 'Юг'.
    const lines = readFileSync(FILE, 'utf8').trim().split('\n');
    const zones = ['Север', 'Запад', 'Юг', 'Запад', 'Восток', 'Юг', 'Запад', 'Центр'];
    const file = join(mkdtempSync(join(tmpdir(), 'atlas-zones-')), 'zones.csv');
    writeFileSync(
      file,
      [
        `${lines[0].split(';')[0]};Зона;${lines[0].split(';').slice(1).join(';')}`,
        ...lines.slice(1).map((l, i) => {
          const [name, ...rest] = l.split(';');
          return [name, zones[i % zones.length], ...rest].join(';');
        }),
      ].join('\n'),
    );
    const page = await s.newPage();
    await openView(page, s.url, 'data', 'import-file');
    const input = page.getByTestId('import-file');
    await expect.poll(() => input.isEnabled()).toBe(true);
    await input.setInputFiles(file);
    await page.getByTestId('import-report').waitFor();
    const use = page.getByTestId('use-dataset');
    if ((await use.count()) > 0) await use.first().click();
    await page.getByTestId('nav-rating').click();
    await page.getByTestId('rating-table').waitFor();
    await expect.poll(async () => (await tableOrder(page)).length).toBe(16);
    // The zones are not an indicator of the index.
    expect(await page.getByTestId('include-Зона').count()).toBe(0);
    await page.getByTestId('treat-default').locator('summary').click();
    await page.getByTestId('treat-impute-all').selectOption('group-mean');
    const group = page.getByTestId('treat-group-all');
    expect(await group.locator('option').allTextContents()).toContain('Зона');
    await group.selectOption('Зона');
    await page.getByTestId('treated-table').waitFor();
    await settle(page, 300);
    await expect.poll(async () => await marked(page)).toEqual(['KZ-ZHA|imp:group-mean']);
    expect(await forbiddenText(page)).toEqual([]);
    await shot(page, 'group-text-ru');
    await page.context().close();
  });
});
