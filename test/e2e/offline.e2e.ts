/**
 * Offline after the first visit (issue 4): the service worker precaches the build, so with the
 * network gone a reload still renders the map. 127.0.0.1 is a potentially trustworthy origin,
 * so the worker may register over plain http. With CI=true a worker that never takes control
 * fails the test instead of skipping it.
 */
import { describe, expect, it } from 'vitest';
import { openView, sessionPerFile } from './harness.ts';

const s = sessionPerFile();

describe('offline', () => {
  it('with the service worker in control, #/map renders again after going offline', async (ctx) => {
    const page = await s.newPage({ serviceWorkers: 'allow' });
    await openView(page, s.url, 'map', 'map');
    const controlled = await page.evaluate(async () => {
      if (!('serviceWorker' in navigator)) return 'no serviceWorker in navigator';
      const until = Date.now() + 20000;
      while (Date.now() < until) {
        if (navigator.serviceWorker.controller) return 'ok';
        const reg = await navigator.serviceWorker.getRegistration();
        if (reg?.active && !navigator.serviceWorker.controller) {
          // Activated but not claiming this page: a reload puts it in control.
          return 'active';
        }
        await new Promise((r) => setTimeout(r, 200));
      }
      return 'no service worker registered within 20 s';
    });
    if (controlled === 'active') {
      await page.reload();
      await page.getByTestId('map').waitFor();
    } else if (controlled !== 'ok') {
      // Under CI a worker that never takes control is a failure, never a skip: a broken
      // offline mode must not pass as "skipped". Locally it is skipped with a warning.
      if (process.env.CI === 'true') {
        await page.context().close();
        throw new Error(
          `offline: the service worker never took control (${controlled}) on ${s.url}`,
        );
      }
      console.warn(`SKIPPED offline test: ${controlled} on ${s.url} in this Chromium`);
      await page.context().close();
      ctx.skip();
      return;
    }
    expect(await page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
    // Let the precache finish before the network goes.
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await page.context().setOffline(true);
    await page.reload();
    await page.getByTestId('map').waitFor({ timeout: 15000 });
    await expect.poll(() => page.locator('[data-testid="map"] [data-region]').count()).toBe(16);
    await page.context().close();
  });
});
