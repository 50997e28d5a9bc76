/**
 * Shared set-up for the browser tests: a static server for dist/ mounted under a sub-path
 * (as GitHub Pages serves a project site), and Debian's Chromium through playwright-core.
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { CSP } from '../../scripts/csp.mjs';

export const SUB_PATH = '/kz-cluster-atlas/';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
  '.woff2': 'font/woff2',
};

/**
 * The strictest policy the built app must run under: no inline script, no eval (issue 5,
 * "Safety"); the same policy the build writes into index.html (scripts/csp.mjs).
 */
export { CSP };

/**
 * `csp`: true (default) sends the policy as a header as well as the build's <meta>; 'meta' serves
 * the files as built (the policy only from the <meta> in index.html); false also strips that
 * <meta>, for tests that must see what would run with no policy at all.
 */
export type CspMode = boolean | 'meta';

const CSP_META = /<meta http-equiv="Content-Security-Policy"[^>]*>/;

export async function serveDist(
  opts: { csp?: CspMode; root?: string } = {},
): Promise<{ url: string; close: () => Promise<void> }> {
  // E2E_DIST lets a run use its own build directory while others rebuild dist/.
  const root = resolve(opts.root ?? process.env.E2E_DIST ?? 'dist');
  const server: Server = createServer(async (req, res) => {
    const path = decodeURIComponent((req.url ?? '/').split('?')[0]);
    if (!path.startsWith(SUB_PATH)) {
      res.writeHead(404).end('not under the sub-path');
      return;
    }
    let file = normalize(join(root, path.slice(SUB_PATH.length)));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      let body: Buffer | string = await readFile(file);
      const headers: Record<string, string> = {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      };
      if (opts.csp === false && file.endsWith('.html'))
        body = body.toString('utf8').replace(CSP_META, '');
      if (opts.csp !== false && opts.csp !== 'meta') headers['content-security-policy'] = CSP;
      res.writeHead(200, headers).end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${SUB_PATH}`,
    close: () => new Promise((r) => server.close(() => r())),
  };
}

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Text that must never reach the screen: broken numbers, missing values, stack traces. */
export const FORBIDDEN_TEXT: readonly RegExp[] = [
  /\bNaN\b/,
  /\bundefined\b/,
  /\bInfinity\b/,
  /\[object Object\]/,
  /\bat \S+ \(\S+:\d+:\d+\)/,
  /\w+Error: /,
];

/** The forbidden fragments found in a page's visible text, with a little context each. */
export async function forbiddenText(page: Page): Promise<string[]> {
  const text = await page.evaluate(() => document.body.innerText);
  const found: string[] = [];
  for (const re of FORBIDDEN_TEXT) {
    const m = re.exec(text);
    if (m) found.push(`${re}: ...${text.slice(Math.max(0, m.index - 60), m.index + 60)}...`);
  }
  return found;
}

/** One browser and one server for a test file, and every console or page error seen. */
export interface E2eSession {
  browser: Browser;
  url: string;
  /** Console errors and uncaught page errors, prefixed with the page's URL hash. */
  errors: string[];
  /** A fresh context (own storage, own service worker) with one watched page. */
  newPage: (opts?: { serviceWorkers?: 'allow' | 'block' }) => Promise<Page>;
  /** Another watched page in an existing context. */
  watch: (page: Page) => Page;
  close: () => Promise<void>;
}

export async function startSession(opts: { csp?: CspMode } = {}): Promise<E2eSession> {
  const server = await serveDist({ csp: opts.csp });
  const browser = await launchChromium();
  const errors: string[] = [];
  const contexts: BrowserContext[] = [];
  const watch = (page: Page) => {
    const where = () => new URL(page.url()).hash.split('?')[0] || '/';
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(`[${where()}] console: ${m.text()}`);
    });
    page.on('pageerror', (e) => errors.push(`[${where()}] page error: ${e.message}`));
    return page;
  };
  return {
    browser,
    url: server.url,
    errors,
    watch,
    newPage: async (o = {}) => {
      const ctx = await browser.newContext({
        acceptDownloads: true,
        viewport: { width: 1280, height: 800 },
        serviceWorkers: o.serviceWorkers ?? 'block',
        locale: 'ru-RU',
      });
      contexts.push(ctx);
      return watch(await ctx.newPage());
    },
    close: async () => {
      for (const c of contexts) await c.close().catch(() => {});
      await browser.close();
      await server.close();
    },
  };
}

/**
 * One session for a whole test file: started before its tests and closed after them; after
 * each test no console or page error may have been seen (`keep` returns false for an error
 * the file provokes on purpose). The object is filled in by beforeAll, so tests use it as
 * `s.url`, `s.newPage()` like the session itself.
 */
export function sessionPerFile(
  opts: { csp?: CspMode; keep?: (error: string) => boolean } = {},
): E2eSession {
  const s = {} as E2eSession;
  beforeAll(async () => {
    Object.assign(s, await startSession({ csp: opts.csp }));
  });
  afterAll(async () => {
    if (s.close) await s.close();
  });
  afterEach(() => {
    const errors = s.errors.splice(0).filter(opts.keep ?? (() => true));
    expect(errors, 'console errors or page errors').toEqual([]);
  });
  return s;
}

/** Each view's route and the element that proves it rendered (null: the view's own heading). */
export const VIEW_ROUTES: readonly [string, string | null][] = [
  ['map', 'map'],
  ['rating', 'rating-table'],
  ['clustering', 'dendrogram'],
  ['factors', 'loadings-heatmap'],
  ['spatial', 'moran-summary'],
  ['specialisation', null],
  ['profile', null],
  ['data', 'import-file'],
];

/** Opens a route (`map`, `rating`, ...) and waits for the element with `testid` to show. */
export async function openRoute(
  page: Page,
  base: string,
  route: string,
  testid?: string,
): Promise<void> {
  await page.goto(`${base}#/${route}`);
  if (testid) await page.getByTestId(testid).first().waitFor({ state: 'visible', timeout: 15000 });
}

/**
 * Opens a route and waits for its view's heading; fails fast (not after a timeout) while the
 * route still shows the "coming soon" placeholder, then waits for `testid` when given.
 */
export async function openView(
  page: Page,
  base: string,
  route: string,
  testid?: string,
): Promise<void> {
  await page.goto(`${base}#/${route}`);
  await page.locator('main section.view h1').first().waitFor({ timeout: 15000 });
  if (testid) await page.getByTestId(testid).first().waitFor({ state: 'visible', timeout: 15000 });
}

/** Settles the page: two animation frames after the network and timers went quiet. */
/**
 * Picks the interface language in the header and waits until the page shows it: the
 * dictionary of a language not used yet is fetched first (src/i18n/dictionaries.ts), and the
 * page's `lang` attribute follows the language on screen (views/layout/AppShell.tsx).
 */
export async function chooseLanguage(page: Page, lang: string): Promise<void> {
  await page.getByTestId('language').selectOption(lang);
  await page.waitForFunction((l) => document.documentElement.lang === l, lang, {
    timeout: 10000,
  });
}

export async function settle(page: Page, ms = 150): Promise<void> {
  await page.waitForTimeout(ms);
  await page.evaluate(
    () => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))),
  );
}

/** The rating table's region order (data-region of each row). */
export function tableOrder(page: Page): Promise<string[]> {
  return page.$$eval('[data-testid="rating-table"] [data-region]', (els) =>
    els.map((e) => e.getAttribute('data-region') ?? ''),
  );
}

/** Region code -> computed fill colour of each map shape. */
export function mapFills(page: Page): Promise<Record<string, string>> {
  return page.$$eval('[data-testid="map"] [data-region]', (els) =>
    Object.fromEntries(
      els.map((e) => [e.getAttribute('data-region') ?? '', getComputedStyle(e).fill]),
    ),
  );
}
