/**
 * Issue 10 in the production build: boundaries and data imported, #/spatial draws the LISA
 * cluster map and the SCHC map of the imported units, and brushing the Moran scatter plot
 * outlines the brushed units on both maps (and a click on a map brushes its point).
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { forbiddenText, openView, sessionPerFile, settle, chooseLanguage } from './harness.ts';

const s = sessionPerFile();

async function importFile(page: Page, path: string) {
  const input = page.getByTestId('import-file');
  await expect.poll(() => input.isEnabled()).toBe(true);
  await input.setInputFiles(path);
  await expect.poll(() => input.isEnabled(), { timeout: 15000 }).toBe(true);
  await page.getByTestId('import-report').waitFor();
}

/** Screenshots for a person to look at, only when SPATIAL_SHOTS names a folder. */
const shot = async (page: Page, name: string) => {
  const dir = process.env.SPATIAL_SHOTS;
  if (dir) await page.screenshot({ path: `${dir}/spatial-${name}.png`, fullPage: true });
};

const brushedOn = (page: Page, testid: string) =>
  page.$$eval(`[data-testid="${testid}"] path.is-brushed[data-region]`, (els) =>
    els.map((e) => e.getAttribute('data-region') ?? '').sort(),
  );

describe('#/spatial', () => {
  it('imported boundaries and data: LISA and SCHC maps drawn; brushing the Moran scatter outlines the map', async () => {
    const page = await s.newPage();
    await openView(page, s.url, 'data', 'import-file');
    await importFile(page, 'test/fixtures/e2e/grid-current-20.geojson');
    await importFile(page, 'test/fixtures/e2e/study-current-20-cp1251.csv');
    const boundaries = page.getByTestId('user-boundaries').first();
    if (!(await boundaries.evaluate((e) => e.classList.contains('active'))))
      await boundaries.locator('.button-row button').first().click();
    await page.getByTestId('use-dataset').first().click();

    await page.getByTestId('nav-spatial').click();
    await page.getByTestId('moran-summary').waitFor({ timeout: 15000 });
    await settle(page, 300);
    expect(await forbiddenText(page)).toEqual([]);

    // Global Moran's I printed with its tests; weights of a 5 x 4 grid under queen contiguity:
    // 20 units, corners 3 neighbours, inner cells 8.
    const summary = await page.getByTestId('moran-summary').innerText();
    expect(summary).toMatch(/I = -?\d+,\d{3}/);
    expect(summary).toMatch(/Единиц: 20; связей: 110;/);

    // The LISA cluster map and the SCHC map: one shape per imported unit.
    const lisa = page.locator('[data-testid="lisa-map"] path[data-region]');
    await expect.poll(() => lisa.count()).toBe(20);
    const legend = await page.getByTestId('lisa-legend').innerText();
    const counted = [...legend.matchAll(/\((\d+)\)/g)].reduce((a, m) => a + Number(m[1]), 0);
    expect(counted, 'legend counts the 20 units').toBe(20);
    const schc = page.locator('[data-testid="spatial-cluster-map"] path[data-region]');
    await expect.poll(() => schc.count()).toBe(20);
    const groupFills = new Set(
      await schc.evaluateAll((els) => els.map((e) => e.getAttribute('fill'))),
    );
    expect(groupFills.size, 'SCHC k = 4 draws four region colours').toBe(4);
    expect(await page.locator('[data-testid="spatial-table"] tr[data-region]').count()).toBe(20);

    // Brush: a rectangle over the right half of the scatter (positive standardised values).
    const scatter = page.getByTestId('moran-scatter');
    await scatter.scrollIntoViewIfNeeded();
    const box = (await scatter.boundingBox())!;
    // Where z = 0 lies in the chart's viewBox (Plot's x scale, written by MoranScatter.tsx).
    const zeroX = Number(await scatter.getAttribute('data-x0'));
    expect(zeroX).toBeGreaterThan(52);
    const vbWidth = 420;
    const startX = box.x + ((zeroX + 2) / vbWidth) * box.width;
    await page.mouse.move(startX, box.y + 4);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width - 4, box.y + box.height * 0.85, { steps: 6 });
    await page.mouse.up();
    await settle(page, 200);
    const brushedPoints = await page.$$eval(
      '[data-testid="moran-scatter"] circle.is-brushed',
      (els) => els.map((e) => e.getAttribute('data-region') ?? '').sort(),
    );
    expect(brushedPoints.length, 'points above the mean brushed').toBeGreaterThan(0);
    expect(brushedPoints.length).toBeLessThan(20);
    expect(await brushedOn(page, 'lisa-map')).toEqual(brushedPoints);
    expect(await brushedOn(page, 'spatial-cluster-map')).toEqual(brushedPoints);

    // And back: a click on one region of the map brushes it alone, and its point.
    const one = brushedPoints[0];
    await page.locator(`[data-testid="lisa-map"] path[data-region="${one}"]`).first().click();
    await settle(page, 200);
    expect(await brushedOn(page, 'spatial-cluster-map')).toEqual([one]);
    expect(
      await page.$$eval('[data-testid="moran-scatter"] circle.is-brushed', (els) =>
        els.map((e) => e.getAttribute('data-region')),
      ),
    ).toEqual([one]);

    // The SCHC dendrogram: one leaf per unit in the map's four group colours; a click on a
    // leaf brushes its unit on the maps, and the cut line sets k (one step up: 3 groups).
    const dendro = page.getByTestId('schc-dendrogram');
    const leaves = dendro.locator('[data-testid="dendrogram-leaf"]');
    await expect.poll(() => leaves.count()).toBe(20);
    const leafFills = await dendro
      .locator('[data-testid="dendrogram-leaf"] circle')
      .evaluateAll((els) => els.map((e) => e.getAttribute('fill')));
    expect(new Set(leafFills)).toEqual(groupFills);
    const leafOf = (id: string) =>
      dendro.locator(`[data-testid="dendrogram-leaf"][data-region="${id}"]`);
    const fillOnMap = (id: string) =>
      page
        .locator(`[data-testid="spatial-cluster-map"] path[data-region="${id}"]`)
        .getAttribute('fill');
    const other = (
      await leaves.evaluateAll((els) => els.map((e) => e.getAttribute('data-region') ?? ''))
    ).find((id) => id !== one)!;
    expect(await leafOf(one).locator('circle').getAttribute('fill')).toBe(await fillOnMap(one));
    await leafOf(other).click();
    await settle(page, 200);
    expect(await brushedOn(page, 'spatial-cluster-map')).toEqual([one, other].sort());
    expect(await leafOf(other).getAttribute('aria-pressed')).toBe('true');
    await dendro.getByTestId('cut-line').focus();
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => page.getByTestId('spatial-k').inputValue()).toBe('3');
    await expect
      .poll(
        async () =>
          new Set(await schc.evaluateAll((els) => els.map((e) => e.getAttribute('fill')))).size,
        { timeout: 15000 },
      )
      .toBe(3);
    await shot(page, 'ru-dendrogram');
    await page.getByTestId('spatial-k').fill('4');
    await expect
      .poll(
        () =>
          leaves
            .locator('circle')
            .evaluateAll((els) => new Set(els.map((e) => e.getAttribute('fill'))).size),
        { timeout: 15000 },
      )
      .toBe(4);

    // The method is a spec setting: changing it redraws the regions map with SKATER.
    await page.getByTestId('spatial-method').selectOption('skater');
    await settle(page, 300);
    expect(await page.getByTestId('spatial-cluster-map').getAttribute('aria-label')).toMatch(
      /SKATER/,
    );
    await shot(page, 'ru-main');

    // Max-p with a floor on a chosen column: the regions meet it; a floor above the column's
    // total is refused with a message naming the column and the figures.
    await page.getByTestId('spatial-method').selectOption('maxp');
    await page.getByTestId('spatial-floor-variable').selectOption({ index: 2 });
    const floorColumn = await page
      .getByTestId('spatial-floor-variable')
      .evaluate((e: HTMLSelectElement) => e.selectedOptions[0].textContent ?? '');
    await expect
      .poll(() => page.getByTestId('spatial-floor-line').innerText(), { timeout: 15000 })
      .toMatch(/не меньше/);
    expect(await page.getByTestId('spatial-floor-line').innerText()).toContain(floorColumn);
    expect(await page.getByTestId('spatial-cluster-map').getAttribute('aria-label')).toMatch(
      /MAXP/,
    );
    await page.getByTestId('spatial-floor-min').fill('999999999999');
    await expect
      .poll(() => page.getByTestId('spatial-issues').innerText(), { timeout: 15000 })
      .toMatch(/недостижим/);
    expect(await page.getByTestId('spatial-issues').innerText()).toContain(floorColumn);
    expect(await forbiddenText(page)).toEqual([]);
    await shot(page, 'ru-maxp-floor');
    await page.getByTestId('spatial-method').selectOption('schc');
    await expect.poll(() => schc.count(), { timeout: 15000 }).toBe(20);

    // The weights: summary, neighbour counts (corners 3, edges 5, inner cells 8), no island,
    // and the connectivity map draws each of the 55 queen links once.
    const panel = page.getByTestId('weights-panel');
    await panel.waitFor();
    const histogram = await page.$$eval('[data-testid="neighbour-histogram"] tbody tr', (rows) =>
      rows.map((r) => [...r.querySelectorAll('td')].slice(0, 2).map((c) => c.textContent)),
    );
    expect(histogram).toEqual([
      ['3', '4'],
      ['5', '10'],
      ['8', '6'],
    ]);
    expect(await page.getByTestId('weights-islands').innerText()).toMatch(/нет/);
    await expect
      .poll(() => page.locator('[data-testid="connectivity-map-links"] line').count())
      .toBe(55);

    // Export the weights in use as GAL: GeoDa's header, then 20 units.
    const [gal] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('weights-export-gal').click(),
    ]);
    const galText = readFileSync((await gal.path())!, 'utf8').split('\n');
    expect(galText[0]).toMatch(/^0 20 /);
    expect(galText.filter((l) => /^KZ-\d+ \d+$/.test(l))).toHaveLength(20);

    // Import a GAL file (spdep's rook lists of this grid): 31 shared edges, 62 links.
    await page
      .getByTestId('weights-import')
      .setInputFiles('test/fixtures/e2e/grid-current-20-rook.gal');
    await expect
      .poll(() => page.getByTestId('weights-file').innerText())
      .toMatch(/grid-current-20-rook\.gal/);
    await expect
      .poll(() => page.getByTestId('weights-summary').innerText(), { timeout: 15000 })
      .toMatch(/связей: 62;/);
    await expect
      .poll(() => page.locator('[data-testid="connectivity-map-links"] line').count())
      .toBe(31);
    // A file that is not a weights file: one clear message, the weights stay.
    await page.getByTestId('weights-import').setInputFiles({
      name: 'notes.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('hello\nworld\n'),
    });
    await expect
      .poll(() => page.getByTestId('weights-import-issues').innerText())
      .toMatch(/GAL|GWT/);

    // Bivariate Moran against a second variable, and the value map showing the spatial lag,
    // then Gi* z (hot and cold spots named in the legend).
    await page.getByTestId('spatial-second').selectOption({ index: 1 });
    await expect
      .poll(() => page.getByTestId('bivariate-moran').innerText(), { timeout: 15000 })
      .toMatch(/I = -?\d+,\d{3}/);
    const valueMap = page.locator('[data-testid="spatial-value-map"] path[data-region]');
    await expect.poll(() => valueMap.count()).toBe(20);
    expect(await page.getByTestId('spatial-value-map').getAttribute('aria-label')).toMatch(/лаг/i);
    await page.getByTestId('spatial-layer').selectOption('gistar');
    await expect
      .poll(() => page.getByTestId('spatial-value-legend').innerText())
      .toMatch(/горячая точка/);
    await settle(page, 300);
    expect(await forbiddenText(page)).toEqual([]);
    await shot(page, 'ru-weights');

    // Back to weights built from the boundaries.
    await page.getByTestId('weights-file-drop').click();
    await expect
      .poll(() => page.getByTestId('weights-summary').innerText(), { timeout: 15000 })
      .toMatch(/связей: 110;/);

    // The map offers the spatial lag, Gi* z, hot and cold spots and the LISA clusters of this
    // variable as layers, drawn on the imported grid in several colours each.
    await page.getByTestId('nav-map').click();
    const mapFills = () =>
      page.$$eval('[data-testid="map"] path[data-region]', (els) =>
        els.map((e) => e.getAttribute('fill')),
      );
    for (const [layer, least] of [
      ['spatial:lag', 3],
      ['spatial:gistar', 3],
      ['spatial:hotspot', 2],
      ['spatial:lisa', 2],
    ] as const) {
      await page.getByTestId('map-layer').selectOption(layer);
      await expect
        .poll(async () => new Set(await mapFills()).size, { timeout: 15000, message: layer })
        .toBeGreaterThanOrEqual(least);
      const fills = await mapFills();
      expect(fills.length).toBe(20);
      expect(fills, `${layer}: every unit has a value`).not.toContain('#d9dde3');
      await page.getByTestId('map-legend').waitFor();
      await shot(page, `ru-map-${layer.replace('spatial:', '')}`);
    }
    expect(await page.getByTestId('map-legend').innerText()).toMatch(/Не значимо/);
    await page.getByTestId('map-layer').selectOption('spatial:hotspot');
    await expect
      .poll(() => page.getByTestId('map-legend').innerText())
      .toMatch(/точка, p\s<\s0,05/);
    expect(await forbiddenText(page)).toEqual([]);
    await page.getByTestId('nav-spatial').click();
    await page.getByTestId('moran-summary').waitFor({ timeout: 15000 });

    await chooseLanguage(page, 'kk');
    await settle(page, 400);
    expect(await forbiddenText(page)).toEqual([]);
    await shot(page, 'kk');
    await page.context().close();
  });
});
