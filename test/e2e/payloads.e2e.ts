/**
 * Issue 13, item 7, in the production build: the bad-payload corpus (test/i18n/badPayloads.
 * corpus.ts) through the page's real entry points (the import input for files and project
 * files, the address for links), then through the exports (CSV, SVG, PNG) of a table whose
 * headers, a row label and a cell carry markup. No script may run: the corpus's flag payloads
 * set `window.__pwned` if they ever become markup, the `alert(1)` ones would open a dialog, and
 * the page may hold no element the payloads would create. Exported SVG files escape the user's
 * text, and opened as documents in the browser they run nothing either. Served without the CSP,
 * so that an escaping bug would really run instead of being blocked by the policy.
 */
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FLAG_PAYLOADS, FLAG_TABLE, PAYLOADS } from '../i18n/badPayloads.corpus.ts';
import { forbiddenText, openView, settle, startSession, type E2eSession } from './harness.ts';

let s: E2eSession;
beforeAll(async () => {
  s = await startSession({ csp: false });
});
afterAll(async () => {
  await s?.close();
});

/** Dialogs the page opened (an `alert(1)` payload that ran). */
const dialogs: string[] = [];

async function freshPage(): Promise<Page> {
  const page = await s.newPage();
  page.on('dialog', (d) => {
    dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss();
  });
  return page;
}

/** Everything that would show that a payload became markup or ran. */
async function ran(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const w = window as { __pwned?: unknown };
    if (w.__pwned !== undefined) out.push(`window.__pwned = ${String(w.__pwned)}`);
    const hostile = document.querySelectorAll(
      'img[src="x"], script:not([src]), [onerror], [onload], [onmouseover], b[onmouseover]',
    );
    for (const e of hostile) out.push(`element <${e.tagName.toLowerCase()}> in the page`);
    return out;
  });
}

/** Files go in from disk (a 25 MB buffer through the protocol is too slow on a busy machine). */
let fileDir: string | null = null;

async function importBytes(page: Page, name: string, bytes: Uint8Array) {
  const input = page.getByTestId('import-file');
  await expect.poll(() => input.isEnabled(), { timeout: 15000 }).toBe(true);
  fileDir ??= await mkdtemp(join(tmpdir(), 'atlas-payloads-'));
  const dir = await mkdtemp(join(fileDir, 'f-'));
  const path = join(dir, name);
  await writeFile(path, bytes);
  await input.setInputFiles(path);
  await expect.poll(() => input.isEnabled(), { timeout: 30000 }).toBe(true);
  await settle(page, 200);
}

async function download(page: Page, testid: string) {
  const [d] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testid).click()]);
  return { name: d.suggestedFilename(), bytes: await readFile(await d.path()) };
}

/**
 * An SVG file's problems, parsed as the browser parses it: an element that runs or loads
 * something (script, img, foreignObject, iframe), an `on…` attribute, a javascript: link, and a
 * payload that is not there as text (the user's text must survive, escaped).
 */
async function svgProblems(page: Page, name: string, svg: string): Promise<string[]> {
  const found = await page.evaluate(
    ([text, payloads]) => {
      const out: string[] = [];
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      if (doc.querySelector('parsererror')) out.push('not well-formed');
      for (const e of doc.querySelectorAll('*')) {
        if (/^(script|img|foreignObject|iframe|object|embed)$/i.test(e.localName))
          out.push(`element <${e.localName}>`);
        for (const a of e.attributes) {
          if (/^on/i.test(a.name)) out.push(`attribute ${a.name} on <${e.localName}>`);
          if (/^\s*javascript:/i.test(a.value)) out.push(`javascript: in ${a.name}`);
        }
      }
      const shown = doc.documentElement.textContent ?? '';
      for (const p of payloads) if (!shown.includes(p)) out.push(`payload ${p} not in its text`);
      return out;
    },
    [svg, [FLAG_PAYLOADS[0], FLAG_PAYLOADS[1]]] as const,
  );
  return found.map((f) => `${name}.svg: ${f}`);
}

/** Opens an exported SVG file as a document in the browser; what ran, if anything. */
async function openSvg(svg: string): Promise<string[]> {
  const dir = await mkdtemp(join(tmpdir(), 'atlas-svg-'));
  const path = join(dir, 'export.svg');
  await writeFile(path, svg);
  const page = await freshPage();
  await page.goto(pathToFileURL(path).href);
  await settle(page, 200);
  const found = await page.evaluate(() => {
    const w = window as { __pwned?: unknown };
    return w.__pwned === undefined ? [] : [`window.__pwned = ${String(w.__pwned)}`];
  });
  await page.context().close();
  return found;
}

describe('the bad-payload corpus through the page and its exports (no CSP)', () => {
  it('has file, project and link payloads with their bytes or address', () => {
    const files = PAYLOADS.filter((p) => p.via !== 'link');
    const links = PAYLOADS.filter((p) => p.via === 'link');
    expect(files.length).toBeGreaterThanOrEqual(20);
    expect(links.length).toBeGreaterThanOrEqual(5);
    for (const p of files) expect(p.bytes, p.name).toBeDefined();
    for (const p of links) expect(p.hash, p.name).toBeDefined();
  });

  it(
    'every file and project payload through the import input: nothing runs, nothing broken shows',
    { timeout: 420_000 },
    async () => {
      dialogs.length = 0;
      const page = await freshPage();
      await openView(page, s.url, 'data', 'import-file');
      const found: string[] = [];
      const reports: string[] = [];
      for (const p of PAYLOADS.filter((x) => x.via !== 'link')) {
        const name = p.via === 'project' ? `${p.name}.json` : p.name;
        const t0 = Date.now();
        await importBytes(page, name, p.bytes!());
        console.log(`${name}: ${Date.now() - t0} ms`);
        const report = page.getByTestId('import-report');
        if ((await report.count()) > 0) reports.push(await report.first().innerText());
        found.push(...(await ran(page)).map((f) => `${name}: ${f}`));
        found.push(...(await forbiddenText(page)).map((f) => `${name}: ${f}`));
      }
      // The payloads went in: the markup is on the page as text.
      const body = await page.evaluate(() => document.body.innerText);
      expect(body).toContain(FLAG_PAYLOADS[0]);
      expect(reports.join('\n')).toContain('<script>alert(1)</script>');
      expect(reports.join('\n')).toContain('<img src=x onerror=alert(1)>');
      for (const route of ['map', 'rating', 'clustering', 'data']) {
        await page.getByTestId(`nav-${route}`).click();
        await settle(page, 500);
        found.push(...(await ran(page)).map((f) => `#/${route}: ${f}`));
      }
      expect(found).toEqual([]);
      expect(dialogs).toEqual([]);
      await page.context().close();
    },
  );

  it(
    'every link payload through the address: a notice, nothing runs',
    { timeout: 300_000 },
    async () => {
      dialogs.length = 0;
      const found: string[] = [];
      for (const p of PAYLOADS.filter((x) => x.via === 'link')) {
        const t0 = Date.now();
        const page = await freshPage();
        await page.goto(`${s.url}${p.hash}`);
        console.log(`${p.name}: opened in ${Date.now() - t0} ms`);
        await page.locator('main').first().waitFor({ timeout: 15000 });
        await settle(page, 400);
        found.push(...(await ran(page)).map((f) => `${p.name}: ${f}`));
        found.push(...(await forbiddenText(page)).map((f) => `${p.name}: ${f}`));
        if (p.codes.some((c) => c.startsWith('link-'))) {
          await expect
            .poll(() => page.getByTestId('notice').count(), { message: p.name })
            .toBeGreaterThan(0);
        }
        await page.context().close();
      }
      expect(found).toEqual([]);
      expect(dialogs).toEqual([]);
    },
  );

  it(
    'a table with markup in headers, a label and a cell: the views and the CSV, SVG and PNG exports run nothing and escape it',
    { timeout: 240_000 },
    async () => {
      dialogs.length = 0;
      const page = await freshPage();
      await openView(page, s.url, 'data', 'import-file');
      await importBytes(page, 'flag-table.csv', new TextEncoder().encode(FLAG_TABLE));
      await page.getByTestId('use-dataset').first().click();
      const found: string[] = [];

      await page.getByTestId('nav-rating').click();
      await page.locator('[data-testid="rating-table"] tr[data-region]').nth(15).waitFor();
      const csv = (await download(page, 'rating-export-csv')).bytes.toString('utf8');
      expect(csv).toContain('KZ-AKM');

      await page.getByTestId('nav-map').click();
      await page.locator('[data-testid="map"] [data-region]').nth(15).waitFor();
      await settle(page, 400);
      const svgs: [string, string][] = [
        ['map', (await download(page, 'map-export-svg')).bytes.toString('utf8')],
      ];
      const png = await download(page, 'map-export-png');
      expect([...png.bytes.subarray(0, 4)]).toEqual([137, 80, 78, 71]);

      // Factors on the user's four columns: the loadings carry the payload headers.
      await page.getByTestId('nav-factors').click();
      await page.getByTestId('loadings-heatmap').first().waitFor({ timeout: 30000 });
      await settle(page, 400);
      const heat = await page
        .getByTestId('loadings-heatmap')
        .first()
        .evaluate((e) => e.textContent ?? '');
      expect(heat).toContain(FLAG_PAYLOADS[0]);
      const loadingsSvg = (await download(page, 'loadings-export-svg')).bytes.toString('utf8');
      svgs.push(['loadings', loadingsSvg]);
      // The header is in the SVG, escaped (as text, not as an element).
      expect(loadingsSvg).toContain('&lt;img src=x onerror=window.__pwned=1&gt;');
      const loadingsCsv = (await download(page, 'loadings-export-csv')).bytes.toString('utf8');
      expect(loadingsCsv).toContain(FLAG_PAYLOADS[0]);
      const heatPng = await download(page, 'loadings-export-png');
      expect([...heatPng.bytes.subarray(0, 4)]).toEqual([137, 80, 78, 71]);

      for (const [name, svg] of svgs) {
        found.push(...(await svgProblems(page, name, svg)));
        found.push(...(await openSvg(svg)).map((f) => `${name}.svg opened: ${f}`));
      }
      found.push(...(await ran(page)));
      expect(found).toEqual([]);
      expect(dialogs).toEqual([]);
      await page.context().close();
    },
  );
});
