/**
 * Issue 11, items 4 and 5 (units helper, session 7) in the production build.
 * Baikonur: the hole the bundled Natural Earth polygon of Kyzylorda has around the cosmodrome is
 * drawn as its own hatched area, explained in a tooltip and in the legend, and the exported SVG
 * carries it with a caption.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { forbiddenText, openView, sessionPerFile, settle } from './harness.ts';

const s = sessionPerFile();

async function download(page: Page, testid: string) {
  const [d] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testid).click()]);
  return (await readFile(await d.path())).toString('utf8');
}

const SHOTS = '/work/notes/shots';

async function shot(page: Page, name: string) {
  // Screenshots for the helper's own look; optional where the folder does not exist (CI).
  await page.screenshot({ path: `${SHOTS}/units-${name}.png` }).catch(() => undefined);
}

describe('Baikonur (issue 11, item 5)', () => {
  it('is drawn on the live map as its own hatched area, not a region, explained in the tooltip and the legend, and in the exported SVG', async () => {
    const page = await s.newPage();
    await openView(page, s.url, 'map', 'map');
    const area = page.locator('[data-testid="map"] [data-testid="baikonur"]');
    await area.waitFor({ state: 'attached', timeout: 15000 });
    expect(await area.count()).toBe(1);
    expect(await area.getAttribute('data-region')).toBeNull();
    expect(await area.getAttribute('fill')).toBe('url(#atlas-baikonur-hatch)');
    expect(await area.getAttribute('aria-label')).toMatch(/^Байконур: .*арендован Россией до 2050/);
    // A shape with a real size on screen, inside Kyzylorda's box.
    const box = (await area.boundingBox())!;
    const kzy = (await page.locator('[data-testid="map"] [data-region="KZ-KZY"]').boundingBox())!;
    expect(box.width).toBeGreaterThan(5);
    expect(box.x).toBeGreaterThan(kzy.x);
    expect(box.x + box.width).toBeLessThan(kzy.x + kzy.width);
    // Still 16 regions on the map.
    expect(await page.locator('[data-testid="map"] path[data-region]').count()).toBe(16);
    expect(await page.getByTestId('baikonur-key').innerText()).toMatch(
      /Байконур: Комплекс «Байконур» арендован Россией до 2050 года; его территория не входит в данные Кызылординской области/,
    );
    await area.hover({ force: true });
    await expect
      .poll(() =>
        page
          .locator('.leaflet-tooltip.baikonur-tip')
          .innerText()
          .catch(() => ''),
      )
      .toMatch(/Байконур\s+Комплекс «Байконур» арендован Россией до 2050 года/);
    await settle(page, 300);
    await shot(page, 'baikonur-map');

    const svg = await download(page, 'map-export-svg');
    expect(svg).toMatch(
      /<path d="M[^"]+" fill="url\(#atlas-baikonur-hatch\)"[^>]*data-area="baikonur">/,
    );
    expect(svg).toContain('<pattern id="atlas-baikonur-hatch"');
    expect(svg).toMatch(
      /data-caption="baikonur">Байконур: Комплекс «Байконур» арендован Россией до 2050 года/,
    );

    // In Kazakh and English too.
    await page.getByTestId('language').selectOption('kk');
    await expect
      .poll(() => page.getByTestId('baikonur-key').innerText())
      .toMatch(/^Байқоңыр: «Байқоңыр» кешенін Ресей 2050 жылға дейін/);
    await page.getByTestId('language').selectOption('en');
    await expect
      .poll(() => page.getByTestId('baikonur-key').innerText())
      .toMatch(/^Baikonur: The Baikonur complex is leased to Russia until 2050/);
    expect(await forbiddenText(page)).toEqual([]);
    await page.context().close();
  });
});
