/**
 * Issue 8 in the production build: the user's study travels whole.
 * (a) A Windows-1251 table of today's 20 units with the user's own indicator names and a
 *     "lower is better" column, imported and used, is rated with the user's names and
 *     directions and no published column; its CSV export names the file and its SHA-256.
 * (b) The project file saved from the dashboard, replayed by `atlas rate --project`, gives the
 *     same index for every region.
 * (c) The address, opened in a fresh browser (own storage), shows the same study.
 * (d) Every link of the version-1 corpus (test/fixtures/spec-v1/links.json) opens.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { forbiddenText, openView, sessionPerFile, settle, tableOrder } from './harness.ts';

const run = promisify(execFile);
const FILE = 'test/fixtures/e2e/study-current-20-cp1251.csv';
const NAME = 'study-current-20-cp1251.csv';

const s = sessionPerFile();

async function importFile(page: Page, path: string) {
  const input = page.getByTestId('import-file');
  await expect.poll(() => input.isEnabled()).toBe(true);
  await input.setInputFiles(path);
  await expect.poll(() => input.isEnabled(), { timeout: 15000 }).toBe(true);
  await page.getByTestId('import-report').waitFor();
}

async function download(page: Page, testid: string) {
  const [d] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testid).click()]);
  const path = await d.path();
  return { name: d.suggestedFilename(), bytes: await readFile(path) };
}

/** Region code -> the index the rating table shows (ru number format: decimal comma). */
async function shownIndex(page: Page): Promise<Record<string, number>> {
  const cells = await page.$$eval('[data-testid="rating-table"] tr[data-region]', (rows) =>
    rows.map((r) => [
      r.getAttribute('data-region') ?? '',
      (r.querySelector('td.num-strong') as HTMLElement | null)?.innerText ?? '',
    ]),
  );
  return Object.fromEntries(
    cells.map(([code, text]) => [code, Number(text.replace(/\s/g, '').replace(',', '.'))]),
  );
}

/** Imports the study table on #/data and puts it in use; the page is left on #/rating. */
async function useStudy(page: Page) {
  await openView(page, s.url, 'data', 'import-file');
  await importFile(page, FILE);
  await page.getByTestId('use-dataset').first().click();
  await page.getByTestId('nav-rating').click();
  await page.locator('[data-testid="rating-table"] tr[data-region]').nth(19).waitFor();
  await settle(page, 300);
}

describe('the study travels whole', () => {
  it("(a) the user's table is rated with their names and directions, no published column; the CSV names the file and hash", async () => {
    const page = await s.newPage();
    await useStudy(page);
    const order = await tableOrder(page);
    expect(order).toHaveLength(20);

    // The user's own names in the weight tree; none of the paper's clothes anywhere.
    const body = await page.locator('main').innerText();
    expect(body).toContain('Уровень безработицы');
    expect(body).toContain('Инвестиции в основной капитал');
    for (const paper of ['Опубликован', 'Разница', 'Как в статье', 'таблица 6', 'seed 004'])
      expect(body, paper).not.toContain(paper);
    expect(
      await page.locator('[data-testid="rating-table"] thead th').allInnerTexts(),
    ).not.toContain('Опубликовано');
    expect(await forbiddenText(page)).toEqual([]);
    // The data-in-use bar names the file.
    expect(await page.getByTestId('study-data').innerText()).toContain(NAME);

    // Direction kept: Atyrau has the most investment but by far the highest unemployment
    // (31.5 % against 4-6 %), so it falls to the bottom; with the direction dropped it led.
    const atyrau = order.findIndex((c) => c === 'KZ-23' || c === 'KZ-ATY');
    expect(atyrau, 'Atyrau in the table').toBeGreaterThanOrEqual(0);
    expect(atyrau, 'rank of Atyrau (0-based)').toBeGreaterThanOrEqual(15);

    // The CSV export names the file and its SHA-256, and carries no published column.
    const csv = await download(page, 'rating-export-csv');
    expect(csv.name).toContain('study-current-20-cp1251');
    const text = csv.bytes.toString('utf8').replace(/^\uFEFF/, '');
    const sha = createHash('sha256')
      .update(await readFile(FILE))
      .digest('hex');
    expect(text).toMatch(new RegExp(`^# data;${NAME.replace(/\./g, '\\.')}\\r?$`, 'm'));
    expect(text).toMatch(new RegExp(`^# sha256;${sha}\\r?$`, 'm'));
    expect(text).toMatch(/^# rows;20\r?$/m);
    const header = text.split('\r\n')[0];
    expect(header).not.toMatch(/Опубликован|Разница/);
    expect(text).not.toMatch(/innovation-20|seed 004|Table 6/);
    await page.context().close();
  });

  it('(b) the project file saved from the dashboard gives the same index for every region in `atlas rate --project`', async () => {
    const page = await s.newPage();
    await useStudy(page);
    const shown = await shownIndex(page);
    expect(Object.keys(shown)).toHaveLength(20);
    await page.getByTestId('nav-data').click();
    const project = await download(page, 'project-export');
    expect(project.name).toMatch(/\.json$/);
    const dir = await mkdtemp(join(tmpdir(), 'atlas-study-'));
    const path = join(dir, project.name);
    await writeFile(path, project.bytes);
    const { stdout } = await run(
      process.execPath,
      ['--max-semi-space-size=1', 'scripts/atlas.cjs', 'rate', '--project', path],
      { maxBuffer: 1 << 24 },
    );
    const out = JSON.parse(stdout) as { regions: { code: string; index: number }[] };
    expect(out.regions).toHaveLength(20);
    for (const r of out.regions) {
      expect(shown[r.code], `shown index of ${r.code}`).toBeDefined();
      // The table prints two decimals: the CLI's figure rounds to the printed one.
      expect(Math.abs(r.index - shown[r.code]), r.code).toBeLessThanOrEqual(0.005 + 1e-9);
    }
    await page.context().close();
  });

  it('(c) the address opened in a fresh browser shows the same study', async () => {
    const page = await s.newPage();
    await useStudy(page);
    await settle(page, 500);
    const href = page.url();
    const order = await tableOrder(page);
    const shown = await shownIndex(page);

    const other = await s.newPage(); // a new context: no IndexedDB, no imported file
    await other.goto(href);
    await other.locator('[data-testid="rating-table"] tr[data-region]').nth(19).waitFor();
    await settle(other, 300);
    expect(await tableOrder(other)).toEqual(order);
    expect(await shownIndex(other)).toEqual(shown);
    expect(await other.getByTestId('study-data').innerText()).toContain(NAME);
    expect(await other.locator('main').innerText()).toContain('Уровень безработицы');
    await page.context().close();
    await other.context().close();
  });

  it('(d) every link of the version-1 corpus opens without an error screen', async () => {
    const links = JSON.parse(await readFile('test/fixtures/spec-v1/links.json', 'utf8')) as {
      name: string;
      hash: string;
    }[];
    expect(links.length).toBeGreaterThanOrEqual(8);
    const page = await s.newPage();
    for (const link of links) {
      await page.goto('about:blank');
      await page.goto(`${s.url}${link.hash}`);
      await page.locator('main section.view h1').first().waitFor({ timeout: 15000 });
      await settle(page, 300);
      expect(await page.getByTestId('view-error').count(), link.name).toBe(0);
      expect(await forbiddenText(page), link.name).toEqual([]);
    }
    await page.context().close();
  });
});
