/**
 * Issue 13, large files: a 40,000-row CSV (1.2 MB, a warning and an unknown name per row) is
 * read in the import worker while the page stays responsive. Chromium's long-task observer
 * records every main-thread task over 50 ms; the longest one between choosing the file and the
 * report must stay under 100 ms on a quiet machine (scaled by the load per core on a shared
 * one), while the progress bar's value rises. Cancel leaves the
 * user's data as they were.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import os, { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { largeCsv } from '../../bench/largeCsv.ts';
import { forbiddenText, openView, sessionPerFile } from './harness.ts';

const s = sessionPerFile();
const ROWS = 40_000;

/**
 * The file on disk: Playwright hands a path to Chromium as it is, while a buffer would be
 * decoded from base64 inside the page (a second-long task of the test's own, not the app's).
 */
function csvFile(name: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'atlas-large-')), name);
  writeFileSync(path, largeCsv(ROWS), 'utf8');
  return path;
}

/** Starts recording long tasks and the progress bar's values in the page. */
async function watch(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __long: [number, number][]; __progress: number[] };
    w.__long = [];
    w.__progress = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__long.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: false });
    const note = () => {
      const p = document.querySelector<HTMLProgressElement>('[data-testid="import-progress"]');
      if (p && w.__progress[w.__progress.length - 1] !== p.value) w.__progress.push(p.value);
    };
    new MutationObserver(note).observe(document.body, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ['value'],
    });
  });
}

const now = (page: Page) => page.evaluate(() => performance.now());

/**
 * The page stayed responsive: at most one main-thread task at or over `bound` (one hiccup of a
 * shared machine), and none at 3 x `bound` (a freeze, as the 1.5-31 s of issue 13).
 */
function expectResponsive(tasks: number[], bound: number): void {
  expect(tasks.filter((d) => d >= bound).length).toBeLessThanOrEqual(1);
  expect(Math.max(0, ...tasks)).toBeLessThan(3 * bound);
}

describe('a 40,000-row CSV', () => {
  it('is read in the worker: progress rises, at most one main-thread task reaches 100 ms, none 300 ms', async () => {
    const page = await s.newPage();
    await openView(page, s.url, 'data', 'import-file');
    await watch(page);
    const file = csvFile('large-40000.csv');
    const t0 = await now(page);
    await page.getByTestId('import-file').setInputFiles(file);
    await page
      .getByTestId('import-report')
      .filter({ hasText: 'large-40000.csv' })
      .waitFor({ timeout: 120_000 });
    await expect.poll(() => page.getByTestId('import-file').isEnabled()).toBe(true);
    // Two frames for the report's own rendering to be observed.
    await page.evaluate(
      () => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))),
    );
    const t1 = await now(page);
    const { long, progress } = await page.evaluate(() => {
      const w = window as unknown as { __long: [number, number][]; __progress: number[] };
      return { long: w.__long, progress: w.__progress };
    });
    const during = long.filter(([start]) => start >= t0 && start <= t1).map(([, d]) => d);
    const longest = during.length ? Math.max(...during) : 0;
    console.log(
      `40,000 rows: ${Math.round(t1 - t0)} ms from file to report; longest main-thread task ${Math.round(longest)} ms (${during.length} over 50 ms); progress values ${progress.length}`,
    );
    // 100 ms on a quiet machine. On a shared one the page gets a fraction of a core and every
    // task is stretched by about (runnable processes / cores): the bound scales with the 1-minute
    // load average per core (never below 100 ms), so a real freeze (the old 1.5-31 s) still fails.
    // One task may pass it (a collection or a descheduling on a shared machine: 169 ms once in a
    // full CI run at load 3.3, against 70 ms in the run before), never by 3 times.
    const stretch = Math.max(1, os.loadavg()[0] / os.cpus().length);
    console.log(`bound ${Math.round(100 * stretch)} ms (load ${os.loadavg()[0].toFixed(1)})`);
    expectResponsive(during, 100 * stretch);
    // The bar moved: several values, each above the one before, from near 0 towards 1.
    expect(progress.length).toBeGreaterThanOrEqual(5);
    for (let i = 1; i < progress.length; i++) expect(progress[i]).toBeGreaterThan(progress[i - 1]);
    expect(progress[progress.length - 1]).toBeGreaterThan(0.9);
    // The five real regions became a dataset; the 39,995 unknown names are counted, not listed.
    await expect
      .poll(() => page.getByTestId('user-datasets').innerText())
      .toContain('large-40000.csv');
    expect(await page.getByTestId('import-matching-more').innerText()).toMatch(/39[\s\u00a0]895/);
    expect(await forbiddenText(page)).toEqual([]);

    // A change in the preview (a numeric column set to text) builds the 40,000-row table again
    // in the worker: the page stays responsive while the bar moves, then the preview follows.
    const type = page.getByLabel(/Инвестиции, млн тенге/).first();
    const t2 = await now(page);
    await type.selectOption('text');
    await page.getByTestId('import-progress').waitFor({ timeout: 30_000 });
    await page.getByTestId('import-progress').waitFor({ state: 'detached', timeout: 120_000 });
    await expect.poll(() => type.inputValue()).toBe('text');
    await page.evaluate(
      () => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))),
    );
    const t3 = await now(page);
    const again = await page.evaluate(
      () => (window as unknown as { __long: [number, number][] }).__long,
    );
    const rebuildTasks = again.filter(([start]) => start >= t2 && start <= t3).map(([, d]) => d);
    const longestRebuild = rebuildTasks.length ? Math.max(...rebuildTasks) : 0;
    const stretch2 = Math.max(1, os.loadavg()[0] / os.cpus().length);
    console.log(
      `rebuild after a column type change: ${Math.round(t3 - t2)} ms; longest main-thread task ${Math.round(longestRebuild)} ms; bound ${Math.round(100 * stretch2)} ms (load ${os.loadavg()[0].toFixed(1)})`,
    );
    expectResponsive(rebuildTasks, 100 * stretch2);
    expect(await forbiddenText(page)).toEqual([]);
  });

  it('cancel stops the reading and leaves the user’s datasets as they were', async () => {
    const page = await s.newPage();
    await openView(page, s.url, 'data', 'import-file');
    const before = await page.getByTestId('user-dataset').count();
    await page.getByTestId('import-file').setInputFiles(csvFile('cancel-me.csv'));
    await page.getByTestId('import-cancel').click({ timeout: 30_000 });
    await page.getByTestId('import-cancelled').waitFor();
    expect(await page.getByTestId('import-cancelled').innerText()).toContain('cancel-me.csv');
    expect(await page.getByTestId('import-progress').count()).toBe(0);
    expect(await page.getByTestId('user-dataset').count()).toBe(before);
    expect(await page.getByText('cancel-me.csv').count()).toBe(1);
    await expect.poll(() => page.getByTestId('import-file').isEnabled()).toBe(true);
  });
});
