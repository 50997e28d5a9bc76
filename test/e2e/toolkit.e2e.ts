/**
 * Issue 12 in the production build: the cluster toolkit on #/specialisation with a regions x
 * industries matrix of today's 20 units imported by the user (test/fixtures/e2e, synthetic),
 * a second matrix for the shift-share and a national input-output table. Each result shows a
 * map and a table, exports CSV (and SVG where it draws), carries the user's industry names and
 * none of the paper's, and keeps its settings in the spec (the link).
 * SHOTS_DIR=/some/dir writes a screenshot of each panel there (for a human to look at).
 */
import { readFile } from 'node:fs/promises';
import { inflateSync, strFromU8 } from 'fflate';
import type { Download, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { forbiddenText, openView, sessionPerFile, settle, chooseLanguage } from './harness.ts';

const E2E = 'test/fixtures/e2e';
const READERS = 'test/fixtures/readers';
const INDUSTRIES = ['Агро', 'Руда', 'Плавка', 'Станки', 'Софт', 'Логистика'];
// Industry names of seed 002 (study of East Kazakhstan) that must not dress the user's data.
const PAPER = ['Сельское хозяйство', 'Горнодобывающая', 'Обрабатывающая'];

const s = sessionPerFile();

/** The spec a link (`#/route?z=<base64url deflated JSON>`, src/state/url.ts) carries. */
function specOfLink(url: string): {
  clusters?: {
    io?: { delta?: number };
    discriminant?: { groups: { name: string; industries: string[] }[] | null };
  };
} | null {
  const z = /[?&]z=([^&]+)/.exec(url)?.[1];
  if (!z) return null;
  const bytes = Buffer.from(z.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
  return (JSON.parse(strFromU8(inflateSync(bytes))) as { spec: never }).spec;
}

async function shot(page: Page, testid: string, name: string) {
  const dir = process.env.SHOTS_DIR;
  if (!dir) return;
  await settle(page, 200);
  await page.getByTestId(testid).screenshot({ path: `${dir}/toolkit-${name}.png` });
}

async function download(page: Page, testid: string): Promise<{ name: string; text: string }> {
  const [d]: [Download, void] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId(testid).click(),
  ]);
  const path = await d.path();
  return { name: d.suggestedFilename(), text: (await readFile(path)).toString('utf8') };
}

const shapes = (page: Page, testid: string) =>
  page.locator(`[data-testid="${testid}"] [data-region]`).count();

/** Today's 20 units' boundaries (synthetic, test/fixtures/readers) imported and in use. */
async function useCurrentBoundaries(page: Page) {
  await openView(page, s.url, 'data', 'import-file');
  await page
    .getByTestId('import-file')
    .setInputFiles(READERS + '/regions-current-synthetic.geojson');
  await page.getByTestId('import-report').waitFor();
  const b = page.getByTestId('user-boundaries').first();
  if (!(await b.evaluate((e) => e.classList.contains('active'))))
    await b.locator('.button-row button').first().click();
}

async function loadStart(page: Page) {
  await openView(page, s.url, 'specialisation', 'lq-file');
  await page.getByTestId('lq-file').setInputFiles(`${E2E}/employment-current-20-start.csv`);
  await page.getByTestId('cluster-strength').waitFor({ timeout: 20000 });
}

describe('cluster toolkit', () => {
  it('strength, relatedness, shift-share and input-output each show a map, a table and export', async () => {
    const page = await s.newPage();
    await useCurrentBoundaries(page);
    await loadStart(page);
    expect(await page.getByTestId('star-map-absent').count()).toBe(0);

    // Strength: star map of 20 shapes, a 20-row heatmap with the user's industry names.
    await expect.poll(() => shapes(page, 'star-map')).toBe(20);
    await expect.poll(() => page.locator('[data-testid="star-heatmap"] tbody tr').count()).toBe(20);
    const heatHead = await page.getByTestId('star-heatmap').locator('thead').innerText();
    for (const name of INDUSTRIES) expect(heatHead).toContain(name);
    await shot(page, 'cluster-strength', 'strength');
    const strengthCsv = await download(page, 'strength-export-csv');
    expect(strengthCsv.text).toContain('Логистика');
    expect(strengthCsv.text.split('\n').length).toBeGreaterThan(120);
    const strengthSvg = await download(page, 'strength-export-svg');
    expect(strengthSvg.text).toContain('<svg');

    // Relatedness: ECI map and the "next industries" table.
    await expect.poll(() => shapes(page, 'eci-map')).toBe(20);
    await expect
      .poll(() => page.locator('[data-testid="next-industries"] tbody tr').count())
      .toBe(20);
    await shot(page, 'relatedness', 'relatedness');
    const relCsv = await download(page, 'relatedness-export-csv');
    expect(relCsv.text).toContain('ECI');
    expect((await download(page, 'relatedness-export-svg')).text).toContain('<svg');

    // Shift-share: load the end matrix; waterfall, map and table.
    await page
      .getByTestId('shift-share-file')
      .setInputFiles(`${E2E}/employment-current-20-end.csv`);
    await page.getByTestId('shift-share-table').waitFor({ timeout: 15000 });
    await page.getByTestId('shift-share-waterfall').waitFor();
    await expect.poll(() => shapes(page, 'shift-share-map')).toBe(20);
    await shot(page, 'shift-share', 'shift-share');
    const ssCsv = await download(page, 'shift-share-export-csv');
    expect(ssCsv.text.split('\n').length).toBeGreaterThan(120);
    expect((await download(page, 'shift-share-export-svg')).text).toContain('<svg');

    // Input-output: load the table; FLQ by default, the delta slider changes lambda.
    await page.getByTestId('io-file').setInputFiles(`${E2E}/io-6.csv`);
    await page.getByTestId('io-multipliers').waitFor({ timeout: 15000 });
    await expect.poll(() => shapes(page, 'io-map')).toBe(20);
    const lambda0 = await page.getByTestId('io-lambda').innerText();
    await page.getByTestId('io-delta').fill('0.1');
    await expect.poll(() => page.getByTestId('io-lambda').innerText()).not.toBe(lambda0);
    await shot(page, 'io-panel', 'io');
    const ioCsv = await download(page, 'io-export-csv');
    expect(ioCsv.text).toContain('Софт');
    expect((await download(page, 'io-export-svg')).text).toContain('<svg');
    // The delta sits in the spec, so the link carries it.
    await expect.poll(() => specOfLink(page.url())?.clusters?.io?.delta).toBe(0.1);

    const text = await page.evaluate(() => document.body.innerText);
    for (const p of PAPER) expect(text).not.toContain(p);
    expect(await forbiddenText(page)).toEqual([]);
    await page.context().close();
  });

  it('an input-output table imported on Data opens on #/specialisation, national until a matrix comes', async () => {
    const page = await s.newPage();
    await openView(page, s.url, 'data', 'import-file');
    await page.getByTestId('import-file').setInputFiles(E2E + '/io-6.csv');
    await page.getByTestId('io-moved').waitFor();
    expect(await page.getByTestId('io-moved').innerText()).toContain('io-6.csv');
    await page.getByTestId('io-open').click();
    await page.getByTestId('io-multipliers').waitFor({ timeout: 15000 });
    await page.getByTestId('io-need-matrix').waitFor();
    expect(await page.getByTestId('io-map').count()).toBe(0);
    const csv = await download(page, 'io-export-csv');
    expect(csv.text).toContain('Логистика');
    expect(csv.text).toMatch(/method[^\n]*national/);
    // With the matrix the table is regionalised (FLQ by default) and drawn by region.
    await page.getByTestId('lq-file').setInputFiles(E2E + '/employment-current-20-start.csv');
    await page.getByTestId('io-lambda').waitFor({ timeout: 20000 });
    expect(await page.getByTestId('io-need-matrix').count()).toBe(0);
    await page.getByTestId('io-map').waitFor();
    expect(await forbiddenText(page)).toEqual([]);
    await page.context().close();
  });

  it('speaks kk and en; without their boundaries the maps name the regions they cannot draw', async () => {
    const page = await s.newPage();
    await loadStart(page);
    // The bundled 2014 boundaries carry 2014's codes, none of today's: said, not dropped silently.
    await expect
      .poll(() => page.getByTestId('star-map-absent').innerText())
      .toMatch(/^20 из 20 .*область Абай/);
    for (const lang of ['kk', 'en'] as const) {
      await chooseLanguage(page, lang);
      await page.getByTestId('star-heatmap').waitFor();
      const head = await page.getByTestId('cluster-strength').locator('h2').innerText();
      expect(head).toBe(lang === 'en' ? 'Cluster strength: strong clusters and stars' : head);
      expect(await forbiddenText(page)).toEqual([]);
      if (lang === 'kk') await shot(page, 'cluster-strength', 'strength-kk');
    }
    await page.context().close();
  });

  it('discriminant analysis of industries grouped by hand: message, tables, exports, the link', async () => {
    const page = await s.newPage();
    await loadStart(page);
    const panel = page.getByTestId('industry-groups');
    await panel.waitFor({ timeout: 20000 });
    // Ward proposes 3 groups of 1, 4 and 1 industries: LDA cannot run, said in Russian.
    await page
      .locator('[data-testid="lda-issues"] li[data-code="group-too-small"]')
      .first()
      .waitFor();
    // The messages' texts arrive with their lazily loaded dictionary ("Загрузка…" until then).
    await expect
      .poll(() => page.getByTestId('lda-issues').innerText())
      .toContain('меньше двух членов');
    await page.getByTestId('lda-fix-hint').waitFor();
    expect(await forbiddenText(page)).toEqual([]);

    // Grouped by hand as the reference (test/fixtures/discriminant/industry, e2e case).
    const plan: Record<string, string> = {
      Агро: '0',
      Руда: '0',
      Плавка: '1',
      Станки: '1',
      Софт: '2',
      Логистика: '2',
    };
    const assign = (ind: string) =>
      page.locator(
        `[data-testid="lda-industries"] tr[data-industry="${ind}"] [data-testid="lda-assign"]`,
      );
    for (const [ind, g] of Object.entries(plan)) await assign(ind).selectOption(g);
    await page.getByTestId('lda-group-name-0').fill('Неосновные');
    await page.getByTestId('lda-group-name-2').fill('Ядро кластера');
    await page.getByTestId('lda-functions').waitFor({ timeout: 10000 });
    expect(await page.getByTestId('lda-origin').innerText()).toContain('вручную');
    // scikit-learn: every industry back in its group; SciPy: first eigenvalue 209.412.
    expect(await page.getByTestId('lda-hit-rate').innerText()).toMatch(
      /6 отраслей из 6 \(100,0 %\)/,
    );
    const diag = await page
      .locator('[data-testid="lda-classification"] td[data-diagonal="true"]')
      .allInnerTexts();
    expect(diag).toEqual(['2', '2', '2']);
    expect(await page.getByTestId('lda-functions').innerText()).toContain('209,412');
    await page.getByTestId('lda-scatter').waitFor();
    expect(await page.locator('[data-testid="lda-scatter"] circle').count()).toBeGreaterThanOrEqual(
      6,
    );
    await shot(page, 'industry-groups', 'lda-e2e-ru');

    const csv = await download(page, 'lda-export-csv');
    expect(csv.name).toMatch(/^industry-groups/);
    expect(csv.text).toContain('Ядро кластера');
    expect(csv.text).toContain('Логистика');
    expect(csv.text).toContain('employment-current-20-start.csv');
    expect((await download(page, 'lda-export-svg')).text).toContain('<svg');
    const fnCsv = await download(page, 'lda-functions-export-csv');
    expect(fnCsv.text.split('\n').filter((l) => /^2[;,]/.test(l))).toHaveLength(1);

    // The grouping is in the spec: the link carries it, and opening the link restores it.
    await expect
      .poll(() => specOfLink(page.url())?.clusters?.discriminant?.groups?.[2]?.name)
      .toBe('Ядро кластера');
    const link = page.url();
    const again = await s.newPage();
    await again.goto(link);
    await again.getByTestId('lq-file').waitFor({ state: 'attached', timeout: 20000 });
    await again.getByTestId('lq-file').setInputFiles(`${E2E}/employment-current-20-start.csv`);
    await again.getByTestId('lda-functions').waitFor({ timeout: 20000 });
    expect(await again.getByTestId('lda-group-name-2').inputValue()).toBe('Ядро кластера');
    expect(await again.getByTestId('lda-hit-rate').innerText()).toContain('100,0');
    await again.context().close();

    // A group left with one industry: named, in the user's language, no numbers.
    await assign('Агро').selectOption('1');
    await page.locator('[data-testid="lda-issues"] li[data-code="group-too-small"]').waitFor();
    await expect.poll(() => page.getByTestId('lda-issues').innerText()).toContain('«Неосновные»');
    expect(await page.getByTestId('lda-functions').count()).toBe(0);
    await chooseLanguage(page, 'kk');
    await page.locator('[data-testid="lda-issues"] li[data-code="group-too-small"]').waitFor();
    await expect
      .poll(() => page.getByTestId('lda-issues').innerText())
      .toContain('«Неосновные» тобында');
    expect(await panel.locator('h2').innerText()).toBe(
      'Салалар топтарының дискриминанттық талдауы',
    );
    await assign('Агро').selectOption('0');
    await page.getByTestId('lda-functions').waitFor();
    await shot(page, 'industry-groups', 'lda-e2e-kk');
    expect(await forbiddenText(page)).toEqual([]);
    await page.context().close();
  });
});
