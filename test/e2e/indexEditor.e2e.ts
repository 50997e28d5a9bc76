/**
 * The index editor (issue 9) in the production build: a three-level tree built by hand
 * (a sub-group, indicators moved into it, a name typed, a weight typed with a decimal comma)
 * re-ranks the table, puts the new group on the map's layer list with several colours, keeps
 * a mistyped weight unapplied with a message in Russian, and travels in the address.
 */
import { describe, expect, it } from 'vitest';
import { mapFills, openRoute, sessionPerFile, settle, tableOrder } from './harness.ts';

const s = sessionPerFile();

describe('index editor', () => {
  it('builds a three-level index by hand; table, map and link follow', async () => {
    const page = await s.newPage();
    await openRoute(page, s.url, 'rating', 'rating-table');
    await page.locator('[data-testid="rating-table"] [data-region]').nth(15).waitFor();
    await settle(page, 300);
    const before = await tableOrder(page);

    await page.getByTestId('add-subgroup-receptivity').click();
    await page.getByTestId('add-subgroup-group-1').click();
    await page.getByTestId('move-S_F').selectOption('group-1');
    await page.getByTestId('move-S_E').selectOption('group-2');
    await page.getByTestId('group-name-group-1').fill('Эффективность ресурсов');
    await page.getByTestId('weight-input-group-1').fill('2,5');
    await page.getByTestId('weight-input-S_E').fill('3');
    await settle(page, 300);
    // Three levels: receptivity > group-1 > group-2 (with S_E).
    await expect
      .poll(() =>
        page
          .locator(
            '[data-testid="group-receptivity"] [data-testid="group-group-1"] [data-testid="group-group-2"] [data-testid="indicator-S_E"]',
          )
          .count(),
      )
      .toBe(1);
    expect(await page.getByTestId('weight-group-1').inputValue()).toBe('2.5');
    await expect.poll(() => tableOrder(page)).not.toEqual(before);

    // A mistyped weight is not applied and is named next to the field, in Russian.
    const order = await tableOrder(page);
    await page.getByTestId('weight-input-S_A').fill('abc');
    await expect
      .poll(() => page.getByTestId('weight-input-S_A-issue').textContent())
      .toBe('«abc» — не число');
    await settle(page, 300);
    expect(await tableOrder(page)).toEqual(order);
    expect(await page.getByTestId('weight-S_A').inputValue()).toBe('1');

    // The new group is a map layer, named as typed, with more than one colour.
    await page.getByTestId('nav-map').click();
    const layer = page.getByTestId('map-layer');
    await layer.waitFor();
    const options = await layer.locator('option').allTextContents();
    expect(options.some((o) => o.includes('Эффективность ресурсов'))).toBe(true);
    await layer.selectOption('sub:group-1');
    await page.locator('[data-testid="map"] [data-region]').nth(15).waitFor();
    await settle(page, 300);
    expect(new Set(Object.values(await mapFills(page))).size).toBeGreaterThan(2);

    // The address carries the tree to a fresh page, with a group still empty.
    await page.getByTestId('nav-rating').click();
    await page.getByTestId('add-group').click();
    await page.getByTestId('group-name-group-3').waitFor();
    await settle(page, 300);
    const href = page.url();
    const other = await s.newPage();
    await other.goto(href);
    await other.locator('[data-testid="rating-table"] [data-region]').nth(15).waitFor();
    await settle(other, 300);
    expect(await other.getByTestId('group-name-group-1').inputValue()).toBe(
      'Эффективность ресурсов',
    );
    expect(
      await other.locator('[data-testid="group-group-2"] [data-testid="indicator-S_E"]').count(),
    ).toBe(1);
    expect(await tableOrder(other)).toEqual(order);
    await page.context().close();
    await other.context().close();
  });
});
