/**
 * The rating's scales and the PCA preset (issue 9 items 1 and 4) in the production build:
 * z-scores and a moved min-max range class the regions by quintiles of rank (К1..К5 in
 * Russian, with a note saying why); goalposts typed in the editor re-score the table; "PCA
 * weights per group" sets the weights from the first component and names the indicators it
 * sets to 0; Copeland at the index level re-ranks; the choices travel in the address.
 */
import { describe, expect, it } from 'vitest';
import { openRoute, sessionPerFile, settle, tableOrder } from './harness.ts';

const s = sessionPerFile();

const badges = (page: Awaited<ReturnType<typeof s.newPage>>) =>
  page.$$eval('[data-testid="rating-table"] [data-region] .badge', (els) =>
    els.map((e) => e.textContent ?? ''),
  );

describe('rating scales', () => {
  it('classes follow the scale; goalposts and the PCA preset re-rank; the link keeps them', async () => {
    const page = await s.newPage();
    await openRoute(page, s.url, 'rating', 'rating-table');
    await page.locator('[data-testid="rating-table"] [data-region]').nth(15).waitFor();
    await settle(page, 300);
    expect((await badges(page)).some((b) => b.startsWith('B') || b.startsWith('C'))).toBe(true);

    // z-scores: the paper's 0-100 bands do not apply; five quintiles of rank instead.
    await page.getByTestId('normalisation').selectOption('z-score');
    await expect
      .poll(async () => new Set(await badges(page)))
      .toEqual(new Set(['К1', 'К2', 'К3', 'К4', 'К5']));
    await expect
      .poll(() => page.locator('body').textContent())
      .toContain('поэтому классы статьи, заданные на шкале 0–100, к нему неприменимы');

    // Goalposts to 1-100: typed with a decimal comma; the scores change, quintiles stay.
    await page.getByTestId('normalisation').selectOption('goalposts');
    const before = await tableOrder(page);
    for (const [id, lo, hi] of [
      ['S_D', '1000', '6000'],
      ['S_F', '0,5', '1,1'],
      ['S_E', '4000', '30000'],
      ['S_A', '300', '14000'],
      ['S_B', '50', '60000'],
      ['S_C', '250', '15000'],
    ]) {
      await page.getByTestId(`goal-low-${id}`).fill(lo);
      await page.getByTestId(`goal-high-${id}`).fill(hi);
    }
    await page.getByTestId('range-low').fill('1');
    await settle(page, 300);
    await expect.poll(() => tableOrder(page)).not.toEqual(before);
    expect(new Set(await badges(page)).has('К1')).toBe(true);
    const url = page.url();
    expect(decodeURIComponent(url).length).toBeGreaterThan(0);

    // The address restores goalposts and range in a fresh page.
    const fresh = await s.newPage();
    await fresh.goto(url);
    await fresh.locator('[data-testid="rating-table"] [data-region]').nth(15).waitFor();
    await settle(fresh, 300);
    expect(await fresh.getByTestId('normalisation').inputValue()).toBe('goalposts');
    expect(await fresh.getByTestId('goal-low-S_F').inputValue()).toBe('0,5');
    expect(await fresh.getByTestId('range-low').inputValue()).toBe('1');
    expect(await tableOrder(fresh)).toEqual(await tableOrder(page));

    // PCA weights per group (back on the paper's scale): weights move, notes name the zeros.
    await page.getByTestId('reset').click();
    await settle(page, 300);
    const paper = await tableOrder(page);
    await page.getByTestId('preset').selectOption('pca');
    await expect.poll(() => tableOrder(page)).not.toEqual(paper);
    expect(await page.getByTestId('preset').inputValue()).toBe('pca');
    const notes = await page.getByTestId('pca-notes').innerText();
    expect(notes).toContain('первую главную компоненту');
    expect(await page.getByTestId('weight-input-S_C').inputValue()).not.toBe('1');

    // A different method per level: Copeland at the index re-ranks and leaves the 0-100 scale.
    const pca = await tableOrder(page);
    await page.locator('[data-testid="rating-levels"] summary').click();
    await page.getByTestId('aggregation-level-0').selectOption('copeland');
    await expect.poll(() => tableOrder(page)).not.toEqual(pca);
    await expect.poll(async () => (await badges(page)).every((b) => /^К[1-5]$/.test(b))).toBe(true);
  });
});
