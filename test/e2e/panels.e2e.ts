/**
 * Issue 11, "Done when": a foreign 20-region GeoJSON (numeric ISO codes, Kazakh Latin names)
 * plus a 20-region Windows-1251 panel of three years give a map of 20 regions with today's
 * labels (no South Kazakhstan), the three cities visible at the national view, and the panel's
 * years in the year control; each year shows its own figures, and the year travels in the link.
 *
 * The GeoJSON is made here: SYNTHETIC rectangles (±0.4° lon, ±0.25° lat) around each unit's
 * administrative centre from the registry, not boundaries. The panel is the crosswalk fixture
 * made by test/fixtures/crosswalk/make_fixtures.py (a Bureau-style wide table: two title rows,
 * years as headers, a «Республика Казахстан» total row, `х` for Ulytau 2021, a footnote).
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { foreignGeoJson } from './foreignGeo.ts';
import { forbiddenText, mapFills, openView, sessionPerFile, settle } from './harness.ts';

const s = sessionPerFile();

const PANEL = 'test/fixtures/crosswalk/bns-wide-2021-2023.csv';

async function importBytes(page: Page, name: string, buffer: Buffer, mimeType: string) {
  const input = page.getByTestId('import-file');
  await expect.poll(() => input.isEnabled()).toBe(true);
  await input.setInputFiles({ name, buffer, mimeType });
  await expect.poll(() => input.isEnabled(), { timeout: 30000 }).toBe(true);
  await page.getByTestId('import-report').waitFor();
}

const text = (page: Page, testid: string) =>
  page
    .getByTestId(testid)
    .first()
    .evaluate((e) => (e as HTMLElement).innerText);

const yearButtons = (page: Page) =>
  page
    .locator('[data-testid^="year-"]')
    .evaluateAll((els) =>
      els.map((e) => e.getAttribute('data-testid')!).filter((t) => /^year-\d{4}$/.test(t)),
    );

/** Region code -> index shown in the rating table for the year in view. */
async function ratingIndex(page: Page): Promise<Record<string, string>> {
  return page.$$eval('[data-testid="rating-table"] [data-region]', (rows) =>
    Object.fromEntries(
      rows.map((r) => [
        r.getAttribute('data-region') ?? '',
        (r as HTMLElement).innerText.replace(/\s+/g, ' '),
      ]),
    ),
  );
}

describe("today's Kazakhstan over time (issue 11)", () => {
  it('a foreign 20-region GeoJSON and a Windows-1251 panel of 2021-2023: 20 regions with today’s labels, the three cities, the panel’s years in the year control, each year its own figures', async () => {
    const page = await s.newPage();
    await openView(page, s.url, 'data', 'import-file');
    await importBytes(
      page,
      'kz-20-foreign.geojson',
      Buffer.from(foreignGeoJson()),
      'application/geo+json',
    );
    await expect.poll(() => text(page, 'user-datasets')).toContain('kz-20-foreign.geojson');
    expect(await text(page, 'user-datasets')).toMatch(/20/);

    await importBytes(page, 'bns-population-2021-2023.csv', readFileSync(PANEL), 'text/csv');
    await expect.poll(() => text(page, 'user-datasets')).toContain('bns-population-2021-2023.csv');
    expect(await text(page, 'panel-years')).toContain('2021, 2022, 2023');
    expect(await forbiddenText(page)).toEqual([]);

    // Feed the panel's one variable to the rating and use it.
    const item = page.getByTestId('user-dataset').first();
    await item.locator('details.mapping summary').click();
    await item
      .locator('select[id$="-S_D"]')
      .selectOption({ label: 'Численность населения по регионам' });
    await page.getByTestId('use-dataset').first().click();

    await page.getByTestId('nav-map').click();
    await page.getByTestId('map').waitFor();
    const paths = page.locator('[data-testid="map"] [data-region]');
    await expect.poll(() => paths.count(), { timeout: 15000 }).toBe(20);
    // The year control lists the panel's years, and only them; the latest is in view.
    await expect.poll(() => yearButtons(page)).toEqual(['year-2021', 'year-2022', 'year-2023']);
    expect(await page.getByTestId('year-2023').getAttribute('aria-pressed')).toBe('true');

    const labels = await page.locator('[data-testid="map"] .region-label').allTextContents();
    expect(labels).toEqual(expect.arrayContaining(['Шымкент', 'Абай', 'Жетісу', 'Ұлытау']));
    expect(labels).not.toContain('Южно-Казахстанская');
    expect(labels).toHaveLength(20);
    const cities = page.locator('[data-testid="map"] [data-city]');
    expect(
      (await cities.evaluateAll((els) => els.map((e) => e.getAttribute('data-city')))).sort(),
    ).toEqual(['KZ-71', 'KZ-75', 'KZ-79']);
    for (const c of await cities.all()) expect(await c.isVisible()).toBe(true);
    await settle(page, 400);
    const fills2023 = await mapFills(page);
    expect(new Set(Object.values(fills2023)).size).toBeGreaterThan(1);
    await page.screenshot({ path: '/work/notes/shots/faults-panel-map-2023.png' });

    await page.getByTestId('year-2021').click();
    await expect
      .poll(() => page.getByTestId('year-2021').getAttribute('aria-pressed'))
      .toBe('true');
    await settle(page, 400);
    const fills2021 = await mapFills(page);
    // Ulytau's 2021 figure is suppressed ('х'): no value that year; it has one in 2023.
    expect(fills2021['KZ-62']).not.toBe(fills2023['KZ-62']);
    expect(
      Object.keys(fills2021).filter((k) => fills2021[k] !== fills2023[k]).length,
    ).toBeGreaterThan(3);
    await page.screenshot({ path: '/work/notes/shots/faults-panel-map-2021.png' });

    // The change map: the later year’s index minus the earlier one’s, diverging, classes
    // centred on zero.
    await page.getByTestId('map-layer').selectOption('change');
    await page.getByTestId('year-2022').click();
    await settle(page, 400);
    const change2022 = await mapFills(page);

    await page.getByTestId('year-2023').click();
    await settle(page, 400);
    const change2023 = await mapFills(page);

    // (Ulytau's suppressed 2021 figure does not make its 2021 index missing: the rating's
    // missing-value rule gives it one, so both changes are drawn.) Each period its own map:
    expect(
      Object.keys(change2023).filter((k) => change2022[k] !== change2023[k]).length,
    ).toBeGreaterThan(3);
    expect(new Set(Object.values(change2023)).size).toBeGreaterThan(2);
    // Classes centred on zero: the legend's ranges meet at 0, none runs from below 0 to above.
    const legendRanges = await page.locator('[data-testid="map"] .map-legend li').allTextContents();
    expect(legendRanges.join(' ')).toMatch(/(^|\s|–\s)0,0/);
    for (const r of legendRanges) expect(r).not.toMatch(/−[\d,\s]+ – \+/);
    expect(await page.getByTestId('map-centred-hint').count()).toBe(1);
    // No small multiples of a change: it compares two years already.
    expect(await page.getByTestId('small-multiples').count()).toBe(0);
    await page.screenshot({ path: '/work/notes/shots/faults-panel-change-2022-2023.png' });
    await page.getByTestId('map-layer').selectOption('index');
    await page.getByTestId('year-2021').click();

    // Small multiples of the index over the panel's years: three maps of 20 units and three
    // city symbols each, one shared set of classes, exported as one figure.
    const sm = page.getByTestId('small-multiples');
    await sm.waitFor();
    expect(
      await sm.locator('[data-year]').evaluateAll((g) => g.map((e) => e.getAttribute('data-year'))),
    ).toEqual(['2021', '2022', '2023']);
    for (const y of ['2021', '2022', '2023']) {
      expect(await sm.locator(`[data-year="${y}"] path[data-region]`).count()).toBe(20);
      expect(await sm.locator(`[data-year="${y}"] [data-city]`).count()).toBe(3);
    }
    const smFill = (y: string, code: string) =>
      sm.locator(`[data-year="${y}"] path[data-region="${code}"]`).getAttribute('fill');
    // Ulytau 2021 suppressed: the no-data grey; it has a figure in 2023.
    expect(await smFill('2021', 'KZ-62')).not.toBe(await smFill('2023', 'KZ-62'));
    await sm.scrollIntoViewIfNeeded();
    await page.screenshot({ path: '/work/notes/shots/today-small-multiples.png', fullPage: true });
    const [dl] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('multiples-export-svg').click(),
    ]);
    const fig = readFileSync(await dl.path()).toString('utf8');
    expect(fig.match(/data-year="\d{4}"/g)).toHaveLength(3);
    expect(fig).toContain('2021–2023');
    expect(fig).toContain('data-role="source"');

    // The rating of 2021: Turkistan (1 931,9 thousand) leads; index = value / max * 100 with
    // one indicator, so Abai = 1864,7 / 1931,9 * 100 = 96,5 (figures from the fixture file).
    await page.getByTestId('nav-rating').click();
    await page.getByTestId('rating-table').waitFor();
    await expect.poll(() => yearButtons(page)).toEqual(['year-2021', 'year-2022', 'year-2023']);
    await expect
      .poll(
        async () =>
          await page.$$eval('[data-testid="rating-table"] [data-region]', (r) => r.length),
      )
      .toBeGreaterThan(18);
    const r2021 = await ratingIndex(page);
    const order = await page.$$eval('[data-testid="rating-table"] [data-region]', (rows) =>
      rows.map((r) => r.getAttribute('data-region')),
    );
    expect(order[0]).toBe('KZ-61');
    expect(r2021['KZ-10']).toContain('96,5');
    // Rank trajectories (bump chart) over the panel's three years: one line per unit, the
    // axis with the three years, Turkistan ranked 1 at the 2021 end.
    const traj = page.getByTestId('rank-trajectories');
    await expect
      .poll(async () => traj.locator('path[data-line]').count(), { timeout: 15000 })
      .toBe(order.length);
    const trajText = await traj.innerText();
    for (const y of ['2021', '2022', '2023']) expect(trajText).toContain(y);
    const trajLabels = await traj.locator('svg text').allTextContents();
    expect(trajLabels).toContain('Туркестанская 1');
    await page.screenshot({ path: '/work/notes/shots/faults-panel-rating-2021.png' });

    // 2023: Almaty city (2 187,5) leads; Abai = 1278,1 / 2187,5 * 100 = 58,4.
    await page.getByTestId('year-2023').click();
    await expect
      .poll(async () =>
        page.$$eval('[data-testid="rating-table"] [data-region]', (rows) =>
          rows[0]?.getAttribute('data-region'),
        ),
      )
      .toBe('KZ-75');
    expect((await ratingIndex(page))['KZ-10']).toContain('58,4');

    // The year is in the study the link carries: a reload keeps 2021.
    await page.getByTestId('year-2021').click();
    await expect
      .poll(() => page.getByTestId('year-2021').getAttribute('aria-pressed'))
      .toBe('true');
    await page.waitForTimeout(500);
    await page.reload();
    await page.getByTestId('rating-table').waitFor();
    await expect
      .poll(() => page.getByTestId('year-2021').getAttribute('aria-pressed'), { timeout: 15000 })
      .toBe('true');
    await expect
      .poll(async () =>
        page.$$eval('[data-testid="rating-table"] [data-region]', (rows) =>
          rows[0]?.getAttribute('data-region'),
        ),
      )
      .toBe('KZ-61');
    expect(await forbiddenText(page)).toEqual([]);
    await page.context().close();
  });
});
