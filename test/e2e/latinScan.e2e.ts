/**
 * Issue 13, item 1, in the production build: every view, in Russian and in Kazakh, with the
 * bundled data and with a user's table in use, carries no English sentence in what a user can
 * read: the page's text with every <details> opened and every tab of a view shown, SVG text,
 * tooltips (title), accessible names (aria-label), placeholders and the options of every list.
 * The detector is the unit tests' (test/i18n/latinSentence.ts): a run of three or more Latin
 * words of which two or more are lower-case; proper names, codes and units pass. Two things are
 * left out on purpose: the paper's English quoted "as printed" (marked data-as-printed, lang="en")
 * and the user's own words (a header of the imported table is an English phrase, and passes).
 */
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { latinSentence } from '../i18n/latinSentence.ts';
import {
  forbiddenText,
  openView,
  sessionPerFile,
  settle,
  VIEW_ROUTES,
  chooseLanguage,
} from './harness.ts';

const s = sessionPerFile();

/** The user's table: issue 8's study (today's 20 units), one header renamed to English. */
const USER_HEADER = 'Number of patents granted';
const USER_FILE = 'my-study.csv';

async function userTable(): Promise<Buffer> {
  const text = new TextDecoder('windows-1251').decode(
    await readFile('test/fixtures/e2e/study-current-20-cp1251.csv'),
  );
  const renamed = text.replace('Число патентов (ед.)', USER_HEADER);
  expect(renamed).toContain(USER_HEADER);
  return Buffer.from(renamed, 'utf8');
}

/** Everything a user can read on the page now, as lines (see the file comment). */
async function readableText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const style = document.createElement('style');
    style.textContent = '[data-as-printed] { display: none !important; }';
    document.head.append(style);
    const out = [document.body.innerText];
    style.remove();
    const quoted = (e: Element) => e.closest('[data-as-printed]') !== null;
    for (const e of document.querySelectorAll('svg text, svg title, option')) {
      if (!quoted(e)) out.push(e.textContent ?? '');
    }
    for (const e of document.querySelectorAll('[title], [aria-label], [placeholder], [alt]')) {
      if (quoted(e)) continue;
      for (const a of ['title', 'aria-label', 'placeholder', 'alt']) {
        const v = e.getAttribute(a);
        if (v) out.push(v);
      }
    }
    return out.flatMap((t) => t.split('\n'));
  });
}

/** The English sentences among the page's readable text, the user's own words removed. */
async function englishOn(page: Page, where: string, own: readonly string[]): Promise<string[]> {
  const found = new Set<string>();
  for (const line of await readableText(page)) {
    let plain = line;
    for (const w of own) plain = plain.split(w).join(' ');
    const hit = latinSentence(plain);
    if (hit) found.add(`${where}: “${hit}” in “${line.trim().slice(0, 200)}”`);
  }
  return [...found];
}

/** Opens every closed <details> but the "as printed" ones. */
async function openAllDetails(page: Page): Promise<void> {
  await page.evaluate(() => {
    for (const d of document.querySelectorAll('details')) {
      if (!d.matches('.as-printed')) d.open = true;
    }
  });
  await settle(page, 200);
}

/** Scans the current view: as it opens, then with each of its tabs shown. */
async function scanView(page: Page, where: string, own: readonly string[]): Promise<string[]> {
  await openAllDetails(page);
  const found = await englishOn(page, where, own);
  const tabs = page.locator('main [role="tab"]');
  for (let i = 0; i < (await tabs.count()); i++) {
    const tab = tabs.nth(i);
    if (!(await tab.isEnabled())) continue;
    const name = (await tab.innerText()).trim();
    await tab.click();
    await settle(page, 400);
    await openAllDetails(page);
    found.push(...(await englishOn(page, `${where} [${name}]`, own)));
  }
  return found;
}

/** A path prefix for a screenshot of every scanned view (e.g. /tmp/shots/scan-), if set. */
const SHOTS = process.env.ATLAS_SHOTS;

/** Visits every route through the navigation and scans it; fills `found`. */
async function scanAll(
  page: Page,
  lang: string,
  label: string,
  own: readonly string[],
  waitForTestid: boolean,
): Promise<string[]> {
  const found: string[] = [];
  for (const [route, testid] of VIEW_ROUTES) {
    await page.getByTestId(`nav-${route}`).click();
    await page.locator('main section.view h1').first().waitFor({ timeout: 15000 });
    if (waitForTestid && testid)
      await page.getByTestId(testid).first().waitFor({ state: 'visible', timeout: 15000 });
    await settle(page, 600);
    expect(await page.getAttribute('html', 'lang')).toBe(lang);
    found.push(...(await scanView(page, `${lang} ${label} #/${route}`, own)));
    expect(await forbiddenText(page), `${lang} #/${route}`).toEqual([]);
    if (SHOTS)
      await page.screenshot({ path: `${SHOTS}${lang}-${label}-${route}.png`, fullPage: true });
  }
  return found;
}

describe('no English sentence on any view in Russian or Kazakh', () => {
  it('the detector sees English text in the page and lets the quoted and the user’s own pass', async () => {
    const page = await s.newPage();
    await openView(page, s.url, 'data', 'import-file');
    await page.evaluate(() => {
      const main = document.querySelector('main')!;
      const probe = document.createElement('div');
      probe.id = 'probe';
      probe.innerHTML =
        '<p>пересчитано 6 035,08 — value belongs to row 14</p>' +
        '<ul data-as-printed lang="en"><li>created industrial zone universities</li></ul>' +
        '<p>Number of patents granted</p><svg><text>the map is empty</text></svg>' +
        '<span title="click here to open">?</span>';
      main.append(probe);
    });
    const found = (await englishOn(page, 'probe', [USER_HEADER])).map((f) => f.split('”')[0]);
    expect(found).toEqual(
      expect.arrayContaining([
        'probe: “value belongs to row',
        'probe: “the map is empty',
        'probe: “click here to open',
      ]),
    );
    expect(found.join(' ')).not.toMatch(/created industrial|patents granted/);
    await page.context().close();
  });

  for (const lang of ['ru', 'kk'] as const) {
    it(`${lang}: every view with the bundled data`, { timeout: 300_000 }, async () => {
      const page = await s.newPage();
      await openView(page, s.url, 'map', 'map');
      await chooseLanguage(page, lang);
      const found = await scanAll(page, lang, 'bundled', [], true);
      expect(found).toEqual([]);
      await page.context().close();
    });

    it(`${lang}: every view with a user's table in use`, { timeout: 300_000 }, async () => {
      const page = await s.newPage();
      await openView(page, s.url, 'data', 'import-file');
      await chooseLanguage(page, lang);
      const input = page.getByTestId('import-file');
      await expect.poll(() => input.isEnabled()).toBe(true);
      await input.setInputFiles({
        name: USER_FILE,
        mimeType: 'text/csv',
        buffer: await userTable(),
      });
      await expect.poll(() => input.isEnabled(), { timeout: 15000 }).toBe(true);
      await page.getByTestId('import-report').waitFor();
      await page.getByTestId('use-dataset').first().click();
      await settle(page, 300);
      const found = await scanAll(page, lang, 'user', [USER_HEADER, USER_FILE], false);
      // The user's header is on screen (so its pass above is a real pass, not an absence).
      await page.getByTestId('nav-rating').click();
      await expect.poll(() => page.locator('main').innerText()).toContain(USER_HEADER);
      expect(found).toEqual([]);
      await page.context().close();
    });
  }
});
