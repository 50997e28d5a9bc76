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
});
