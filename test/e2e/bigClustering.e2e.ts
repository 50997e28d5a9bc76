/**
 * Ward on a large user table in the browser (issue 14): 1,500 units x 10 variables, so the
 * chain runs its searches in the WebAssembly kernel (from 1,000 observations) with the 16-bit
 * filter (from 8 variables) inside the app's worker, under the production CSP. The dendrogram
 * and the cut are drawn, named by the user's units, with no error; the line above the view and
 * its lead name the user's file, not a paper.
 */
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { mulberry32, normal } from '../../src/core/index.ts';
import { forbiddenText, openView, sessionPerFile, settle } from './harness.ts';

const s = sessionPerFile();

function table(n: number, p: number): Buffer {
  const rng = mulberry32(7);
  const centres = Array.from({ length: 6 }, () => Array.from({ length: p }, () => 3 * normal(rng)));
  const head = ['unit', ...Array.from({ length: p }, (_, j) => `x${j + 1}`)].join(',');
  const rows = Array.from({ length: n }, (_, i) => {
    const c = centres[Math.floor(rng() * centres.length)];
    return [`Unit ${i + 1}`, ...c.map((m) => (m + normal(rng)).toFixed(4))].join(',');
  });
  return Buffer.from([head, ...rows].join('\n') + '\n');
}

/** A grid of n square units (a foreign boundary file): code U0001.., name "Unit i". */
function grid(n: number): Buffer {
  const cols = 50;
  const features = Array.from({ length: n }, (_, i) => {
    const x = 50 + (i % cols) * 0.5;
    const y = 42 + Math.floor(i / cols) * 0.4;
    return {
      type: 'Feature',
      properties: { code: `U${String(i + 1).padStart(4, '0')}`, name: `Unit ${i + 1}` },
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [x, y],
            [x + 0.5, y],
            [x + 0.5, y + 0.4],
            [x, y + 0.4],
            [x, y],
          ],
        ],
      },
    };
  });
  return Buffer.from(JSON.stringify({ type: 'FeatureCollection', features }));
}

async function shot(page: Page, name: string) {
  // For a developer's own look; skipped where the folder cannot be made (CI).
  try {
    mkdirSync('/work/notes/shots', { recursive: true });
    await page.screenshot({ path: `/work/notes/shots/big-${name}.png` });
  } catch {
    // no folder: no screenshot
  }
}

describe('Ward clustering of a 1,500 x 10 user table in the browser', () => {
  it('draws the dendrogram and the cut of the user units, with no error', async () => {
    const page = await s.newPage();
    await openView(page, s.url, 'data', 'import-file');
    const input = page.getByTestId('import-file');
    await expect.poll(() => input.isEnabled()).toBe(true);
    // The units' boundaries first (issue 11: the user's own units), then their table.
    await input.setInputFiles({
      name: 'units-1500.geojson',
      buffer: grid(1500),
      mimeType: 'application/geo+json',
    });
    await expect.poll(() => input.isEnabled(), { timeout: 30000 }).toBe(true);
    await expect
      .poll(() => page.getByTestId('user-datasets').innerText(), { timeout: 30000 })
      .toMatch(/units-1500\.geojson/);
    await input.setInputFiles({
      name: 'units-1500.csv',
      buffer: table(1500, 10),
      mimeType: 'text/csv',
    });
    await expect.poll(() => input.isEnabled(), { timeout: 30000 }).toBe(true);
    await page.getByTestId('import-report').waitFor();
    console.log('REPORT', (await page.getByTestId('import-report').innerText()).slice(0, 3000));
    await shot(page, 'import');
    await page.getByTestId('nav-clustering').click();
    const pick = page.getByTestId('cluster-user-dataset');
    const value = await pick.locator('option', { hasText: 'units-1500.csv' }).getAttribute('value');
    await pick.selectOption(value!);
    await settle(page, 3000);
    await shot(page, 'after-pick');
    console.log((await page.locator('main').innerText()).slice(0, 2500));
    await page.getByTestId('dendrogram').waitFor({ timeout: 30000 });
    await expect
      .poll(() => page.locator('[data-testid="dendrogram-leaf"]').count(), { timeout: 30000 })
      .toBeGreaterThan(0);
    await settle(page, 500);
    await shot(page, 'clustering');
    const text = await page.locator('main').innerText();
    expect(text).toMatch(/Unit \d+/);
    // The user's table is named above the view and in its lead, never a paper's citation.
    const line = await page.getByTestId('study-data').innerText();
    expect(line).toContain('units-1500.csv');
    expect(line).not.toMatch(/Киреева|Козлова/);
    const lead = await page.locator('#clustering-title + p').innerText();
    expect(lead).toContain('units-1500.csv');
    expect(lead).not.toMatch(/Турекулов|Козлов/);
    // The units are the user's own: a leaf selects a unit, not a region, on the map.
    expect(text).toMatch(/выделяет единицу на карте/);
    expect(await forbiddenText(page)).toEqual([]);
    await settle(page, 300);
    await shot(page, 'clustering');
  });
});
