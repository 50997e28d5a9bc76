/**
 * Every view renders in the production build under the strict CSP, with no broken text;
 * the language switch; the dendrogram and the loadings heatmap (issue 4 "Done when").
 */
import { describe, expect, it } from 'vitest';
import {
  forbiddenText,
  openRoute,
  openView,
  sessionPerFile,
  VIEW_ROUTES,
  settle,
  chooseLanguage,
} from './harness.ts';

const s = sessionPerFile();

describe('views', () => {
  for (const [route, testid] of VIEW_ROUTES) {
    it(`#/${route} renders its main element with no NaN, undefined, Infinity or stack trace`, async () => {
      const page = await s.newPage();
      await openView(page, s.url, route, testid ?? undefined);
      await settle(page, 300);
      expect(await forbiddenText(page)).toEqual([]);
      await page.context().close();
    });
  }

  it('the map draws the 16 regions of 2014 with data-region codes', async () => {
    const page = await s.newPage();
    await openRoute(page, s.url, 'map', 'map');
    await page.locator('[data-testid="map"] [data-region]').nth(15).waitFor();
    const codes = await page.$$eval('[data-testid="map"] [data-region]', (els) =>
      els.map((e) => e.getAttribute('data-region')),
    );
    expect(new Set(codes).size).toBe(16);
    expect(codes).toContain('KZ-AKM');
    await page.context().close();
  });

  it('the language switches ru -> kk -> en; <html lang> and the map title follow', async () => {
    const page = await s.newPage();
    await openRoute(page, s.url, 'map', 'map');
    const title = page.locator('main h1').first();
    expect(await page.getAttribute('html', 'lang')).toBe('ru');
    await expect.poll(() => title.textContent()).toBe('Карта регионов');
    for (const [lang, text] of [
      ['kk', 'Өңірлер картасы'],
      ['en', 'Map of the regions'],
    ]) {
      await chooseLanguage(page, lang);
      await expect.poll(() => page.getAttribute('html', 'lang')).toBe(lang);
      await expect.poll(() => title.textContent()).toBe(text);
      expect(await forbiddenText(page)).toEqual([]);
    }
    await page.context().close();
  });

  it('the dendrogram of the 16 regions has 16 leaves', async () => {
    const page = await s.newPage();
    await openView(page, s.url, 'clustering', 'dendrogram');
    const leaves = page.locator('[data-testid="dendrogram"] [data-testid="dendrogram-leaf"]');
    await expect.poll(() => leaves.count()).toBe(16);
    await page.context().close();
  });

  it('at k = 12 the dendrogram leaves carry 12 different colours, as the map does', async () => {
    const page = await s.newPage();
    await openView(page, s.url, 'clustering', 'dendrogram');
    await page.getByTestId('cluster-k').fill('12');
    await page.getByTestId('cluster-k').press('Enter');
    const leaves = page.locator('[data-testid="dendrogram"] [data-testid="dendrogram-leaf"]');
    const colours = () =>
      leaves.evaluateAll((els) => {
        const byGroup = new Map<string, string>();
        for (const e of els) {
          const fill = e.querySelector('[fill]')?.getAttribute('fill') ?? '';
          byGroup.set(e.getAttribute('data-group') ?? '', fill);
        }
        return { groups: byGroup.size, colours: new Set(byGroup.values()).size };
      });
    await expect.poll(colours).toEqual({ groups: 12, colours: 12 });
    await page.context().close();
  });

  it('the loadings heatmap marks exactly one cell in each row', async () => {
    const page = await s.newPage();
    await openView(page, s.url, 'factors', 'loadings-heatmap');
    await page
      .locator('[data-testid="loadings-heatmap"] [data-testid="heatmap-cell"]')
      .first()
      .waitFor();
    const rows = await page.$eval('[data-testid="loadings-heatmap"]', (root) => {
      const byRow = new Map<Element, number>();
      for (const c of root.querySelectorAll('[data-testid="heatmap-cell"]')) {
        const row = c.parentElement!;
        byRow.set(row, (byRow.get(row) ?? 0) + (c.getAttribute('data-marked') === 'true' ? 1 : 0));
      }
      return [...byRow.values()];
    });
    expect(rows.length).toBeGreaterThan(1);
    expect(
      rows.every((n) => n === 1),
      `marked cells per row: ${rows.join(',')}`,
    ).toBe(true);
    await page.context().close();
  });
});
