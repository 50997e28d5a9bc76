/**
 * Figures fit to publish (issue 15) in the production build: the group palette recorded in the
 * spec (links and exports carry it), the dendrogram's export as a figure.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openView, sessionPerFile, settle } from './harness.ts';

const s = sessionPerFile();

async function download(page: Page, testid: string) {
  const [d] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testid).click()]);
  return (await readFile(await d.path())).toString('utf8');
}

const leafFills = (page: Page) =>
  page.locator('[data-testid="dendrogram"] [data-testid="dendrogram-leaf"]').evaluateAll((els) => {
    const byGroup: Record<string, string> = {};
    for (const e of els)
      byGroup[e.getAttribute('data-group') ?? ''] =
        e.querySelector('circle')?.getAttribute('fill') ?? '';
    return byGroup;
  });

// Kelly (1965), the first four of views/clustering/clusterColours.ts KELLY_20.
const KELLY_4 = ['#F3C300', '#875692', '#F38400', '#A1CAF1'];

describe('charts', () => {
  it("the group palette is the study's: Kelly's colours on the leaves, in the export's spec and in the link", async () => {
    const page = await s.newPage();
    await openView(page, s.url, 'clustering', 'dendrogram');
    await expect.poll(async () => Object.keys(await leafFills(page)).length).toBe(4);
    const before = await leafFills(page);
    expect(Object.values(before)).not.toContain(KELLY_4[0]);

    await page.getByTestId('cluster-palette').selectOption('kelly');
    await expect
      .poll(async () => {
        const f = await leafFills(page);
        return ['1', '2', '3', '4'].map((g) => f[g]);
      })
      .toEqual(KELLY_4);

    const svg = await download(page, 'dendrogram-export-svg');
    expect(svg).toMatch(/atlas:spec>\{.*&quot;categorical&quot;:&quot;kelly&quot;/);
    // The figure: title, method in words, one legend entry per group, the source line.
    expect(svg).toContain('>Дендрограмма</text>');
    expect(svg).toMatch(/>Метод объединения: [^<]*k = 4</);
    for (const g of [1, 2, 3, 4]) expect(svg).toContain(`>Группа ${g}</text>`);
    expect(svg).toMatch(/data-role="source">Данные: Киреева/);

    await settle(page, 400);
    const other = await s.newPage();
    await other.goto(page.url());
    await other.getByTestId('dendrogram').waitFor();
    expect(await other.getByTestId('cluster-palette').inputValue()).toBe('kelly');
    await page.context().close();
    await other.context().close();
  });

  it('printing #/map gives a report: a PDF, no form control or hint, the map with its legend, the source', async () => {
    const page = await s.newPage();
    await openView(page, s.url, 'map', 'map');
    await page.locator('[data-testid="map"] [data-region]').nth(15).waitFor();
    await page.emulateMedia({ media: 'print' });
    await settle(page, 300);
    const controls = await page.evaluate(() =>
      [...document.querySelectorAll('input, select, textarea, button')]
        .filter((e) => {
          const r = e.getBoundingClientRect();
          return r.width > 0 && r.height > 0 && getComputedStyle(e).visibility !== 'hidden';
        })
        .map((e) => e.outerHTML.slice(0, 80)),
    );
    expect(controls).toEqual([]);
    // The map is fitted anew to the printed frame: the country's shapes centred in the map's box
    // (before the re-fit it kept the screen's fit and sat to the left).
    await expect
      .poll(
        () =>
          page.evaluate(() => {
            const m = document.querySelector('[data-testid="map"]')!.getBoundingClientRect();
            let l = Infinity;
            let r = -Infinity;
            for (const e of document.querySelectorAll('[data-testid="map"] [data-region]')) {
              const b = e.getBoundingClientRect();
              l = Math.min(l, b.left);
              r = Math.max(r, b.right);
            }
            // Centred between the fit's paddings (ChoroplethMap FIT: 12 px left, 150 px right).
            return Math.abs((l + r) / 2 - (m.left + 12 + m.right - 150) / 2) / m.width;
          }),
        { timeout: 5000 },
      )
      .toBeLessThan(0.02);
    await expect
      .poll(() =>
        page.getByText('Щёлкните регион, чтобы выбрать его', { exact: false }).isVisible(),
      )
      .toBe(false);
    expect(await page.getByTestId('map-legend').isVisible()).toBe(true);
    expect(await page.locator('[data-testid="map"] [data-region]').count()).toBeGreaterThanOrEqual(
      16,
    );
    const foot = page.getByTestId('print-source');
    // A lazy component (layout/PrintSource.tsx): wait for it rather than read it at once.
    await foot.waitFor({ state: 'visible' });
    expect(await foot.textContent()).toMatch(/^Данные: Киреева.*Границы: Natural Earth/);
    const pdf = await page.pdf({ format: 'A4', landscape: true, printBackground: true });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(20000);
    await page.context().close();
  });

  it('presentation mode at 1280 x 800: no controls, the map fills the screen, its legend inside it', async () => {
    const page = await s.newPage();
    await page.setViewportSize({ width: 1280, height: 800 });
    await openView(page, s.url, 'map', 'map');
    await page.locator('[data-testid="map"] [data-region]').nth(15).waitFor();
    await page.getByTestId('presentation').click();
    await expect
      .poll(() => page.evaluate(() => document.documentElement.className))
      .toContain('presentation');
    await settle(page, 500);
    expect(await page.getByTestId('map-controls').isVisible()).toBe(false);
    expect(await page.getByTestId('map-export').isVisible()).toBe(false);
    expect(await page.locator('.leaflet-control-zoom').isVisible()).toBe(false);
    const map = await page.getByTestId('map').boundingBox();
    const legend = await page.getByTestId('map-legend').boundingBox();
    expect(map && legend).toBeTruthy();
    // The map takes the width and most of the height; the legend lies wholly inside it.
    expect(map!.width).toBeGreaterThan(1200);
    expect(map!.y + map!.height).toBeLessThanOrEqual(800);
    expect(map!.height).toBeGreaterThan(600);
    expect(legend!.x).toBeGreaterThanOrEqual(map!.x);
    expect(legend!.y).toBeGreaterThanOrEqual(map!.y);
    expect(legend!.x + legend!.width).toBeLessThanOrEqual(map!.x + map!.width);
    expect(legend!.y + legend!.height).toBeLessThanOrEqual(map!.y + map!.height);
    await page.context().close();
  });
});
