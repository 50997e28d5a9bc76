/**
 * A table of the user's own units with no boundary file (views/import/ownUnits.ts): 40 firms
 * imported on #/data are read as 40 units, with one notice in the user's language instead of
 * 40 "not a region" warnings, and #/clustering clusters them by their names, as
 * `atlas cluster --input` does with the same file; made the study's table, they are rated,
 * and the map and #/spatial say that a boundary file is needed to draw them; the project file
 * saved from the dashboard gives `atlas cluster --project` the groups #/clustering showed.
 */
import { execFile } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { forbiddenText, openView, sessionPerFile, settle } from './harness.ts';

const s = sessionPerFile();
const run = promisify(execFile);

function table(n: number): Buffer {
  const head = 'firm,x1,x2,x3';
  const rows = Array.from(
    { length: n },
    (_, i) => `Firm ${i + 1},${(i % 7) + 0.5},${(i * 3) % 11},${i % 5}`,
  );
  return Buffer.from([head, ...rows].join('\n') + '\n');
}

/** Imports files on #/data one after another, each once the previous one has been read. */
async function importFiles(
  page: Page,
  files: { name: string; buffer: Buffer; mimeType: string }[],
) {
  await openView(page, s.url, 'data', 'import-file');
  const input = page.getByTestId('import-file');
  await expect.poll(() => input.isEnabled()).toBe(true);
  for (const f of files) {
    await input.setInputFiles(f);
    await expect.poll(() => input.isEnabled(), { timeout: 30000 }).toBe(true);
  }
}

const csv = (name: string) => ({ name, buffer: table(40), mimeType: 'text/csv' });

async function shot(page: Page, name: string) {
  // For a developer's own look; skipped where the folder cannot be made (CI).
  try {
    mkdirSync('/work/notes/shots', { recursive: true });
    await page.screenshot({ path: `/work/notes/shots/own-units-${name}.png` });
  } catch {
    // no folder: no screenshot
  }
}

describe('a table of firms, with no boundary file', () => {
  it('is read as the firms and clustered by their names', async () => {
    const page = await s.newPage();
    await importFiles(page, [csv('firms.csv')]);
    const report = await page.getByTestId('import-report').innerText();
    expect(report).toMatch(/собственных единиц \(40\)/);
    expect(report).toMatch(/нераспознанных названий: 0/);
    expect(report).not.toMatch(/не регион/);
    expect(await page.getByTestId('import-preview').innerText()).toMatch(/Единиц: 40/);
    expect(await page.getByTestId('user-datasets').innerText()).toMatch(
      /собственные единицы таблицы/,
    );
    await shot(page, 'import');
    await page.getByTestId('nav-clustering').click();
    const pick = page.getByTestId('cluster-user-dataset');
    const value = await pick.locator('option', { hasText: 'firms.csv' }).getAttribute('value');
    await pick.selectOption(value!);
    await page.getByTestId('dendrogram').waitFor({ timeout: 30000 });
    await expect
      .poll(() => page.locator('[data-testid="dendrogram-leaf"]').count(), { timeout: 30000 })
      .toBe(40);
    await settle(page, 300);
    const main = await page.locator('main').innerText();
    expect(main).toMatch(/Firm 17/);
    expect(main).not.toMatch(/мало наблюдений/);
    expect(await page.getByTestId('study-data').innerText()).toContain('firms.csv');
    expect(await forbiddenText(page)).toEqual([]);
    await shot(page, 'clustering');

    // As the study's table: rated by the firms' names; the map and #/spatial say why they
    // have nothing to draw and what to import.
    await page.getByTestId('nav-data').click();
    await page.getByTestId('use-dataset').first().click();
    await page.getByTestId('nav-rating').click();
    await expect
      .poll(() => page.locator('main').innerText(), { timeout: 30000 })
      .toMatch(/Firm 12/);
    // Named as units, not regions.
    expect(await page.locator('#rating-title').innerText()).toBe('Сводный индекс');
    expect(await page.locator('main').innerText()).not.toMatch(/регион/i);
    for (const route of ['map', 'spatial']) {
      await page.getByTestId(`nav-${route}`).click();
      const notice = page.getByTestId('own-units-unmapped');
      await notice.waitFor({ timeout: 30000 });
      expect(await notice.innerText()).toMatch(/«firms\.csv».*файл границ/s);
      expect(await forbiddenText(page)).toEqual([]);
    }
    await shot(page, 'spatial');
    // The profile names a unit, and says nothing of the papers' grouping of the 16 regions.
    await page.getByTestId('nav-profile').click();
    await expect
      .poll(() => page.locator('#profile-title').textContent(), { timeout: 30000 })
      .toBe('Профиль единицы');
    await settle(page, 500);
    expect(await page.locator('main').innerText()).not.toMatch(/Турекулов|регион|Опубликовано/i);
    expect(await forbiddenText(page)).toEqual([]);
    await shot(page, 'profile');
  });

  it('is drawn once a boundary file of the firms is imported before it', async () => {
    const page = await s.newPage();
    const features = Array.from({ length: 40 }, (_, i) => {
      const x = 60 + (i % 8) * 0.5;
      const y = 45 + Math.floor(i / 8) * 0.5;
      return {
        type: 'Feature',
        properties: { name: `Firm ${i + 1}` },
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [x, y],
              [x + 0.5, y],
              [x + 0.5, y + 0.5],
              [x, y + 0.5],
              [x, y],
            ],
          ],
        },
      };
    });
    await importFiles(page, [
      {
        name: 'firms.geojson',
        buffer: Buffer.from(JSON.stringify({ type: 'FeatureCollection', features })),
        mimeType: 'application/geo+json',
      },
      csv('firms.csv'),
    ]);
    const report = await page.getByTestId('import-report').innerText();
    expect(report).not.toMatch(/собственных единиц/);
    await page.getByTestId('use-dataset').first().click();
    await page.getByTestId('nav-map').click();
    await page.getByTestId('map').waitFor({ timeout: 30000 });
    await settle(page, 1000);
    expect(await page.getByTestId('own-units-unmapped').count()).toBe(0);
    expect(await page.locator('#map-title').innerText()).toBe('Карта');
    expect(await page.getByTestId('map-legend').innerText()).toMatch(/\d+ ед\./);
    expect(await page.getByTestId('map-legend').innerText()).not.toMatch(/рег\./);
    // The papers' region layers are not offered over the firms.
    expect(await page.getByTestId('overlay-sites').count()).toBe(0);
    expect(await page.getByTestId('overlay-groups').count()).toBe(0);
    expect(await forbiddenText(page)).toEqual([]);
    await shot(page, 'mapped');
  });

  it('travels in the project file: `atlas cluster --project` gives the groups #/clustering shows', async () => {
    const page = await s.newPage();
    await importFiles(page, [csv('firms-p.csv')]);
    await page.getByTestId('nav-clustering').click();
    const pick = page.getByTestId('cluster-user-dataset');
    const value = await pick.locator('option', { hasText: 'firms-p.csv' }).getAttribute('value');
    await pick.selectOption(value!);
    const ss = page.getByTestId('sums-of-squares');
    await ss.waitFor({ timeout: 30000 });
    await settle(page, 500);
    // Group sizes as the sums-of-squares table shows them (row "Группа n", size).
    const sizes = (await ss.locator('tbody tr').allInnerTexts())
      .map((r) => /^\s*Группа \d+\s+(\d+)/.exec(r)?.[1])
      .filter((x): x is string => x !== undefined)
      .map(Number)
      .sort((a, b) => a - b);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(40);
    await page.getByTestId('nav-data').click();
    const [d] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('project-export').click(),
    ]);
    const dir = await mkdtemp(join(tmpdir(), 'atlas-own-'));
    const path = join(dir, d.suggestedFilename());
    await writeFile(path, await readFile((await d.path())!));
    const { stdout } = await run(
      process.execPath,
      ['--max-semi-space-size=1', 'scripts/atlas.cjs', 'cluster', '--project', path],
      { maxBuffer: 1 << 24 },
    );
    const out = JSON.parse(stdout) as { labels: string[]; cut: number[] };
    expect([...out.labels].sort()).toEqual(
      Array.from({ length: 40 }, (_, i) => `Firm ${i + 1}`).sort(),
    );
    const counts = new Map<number, number>();
    for (const g of out.cut) counts.set(g, (counts.get(g) ?? 0) + 1);
    expect([...counts.values()].sort((a, b) => a - b)).toEqual(sizes);
    await page.context().close();
  });
});
