/**
 * A table of the user's own units with no boundary file (views/import/ownUnits.ts): 40 firms
 * imported on #/data are read as 40 units, with one notice in the user's language instead of
 * 40 "not a region" warnings, and #/clustering clusters them by their names, as
 * `atlas cluster --input` does with the same file.
 */
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { forbiddenText, openView, sessionPerFile, settle } from './harness.ts';

const s = sessionPerFile();

function table(n: number): Buffer {
  const head = 'firm,x1,x2,x3';
  const rows = Array.from(
    { length: n },
    (_, i) => `Firm ${i + 1},${(i % 7) + 0.5},${(i * 3) % 11},${i % 5}`,
  );
  return Buffer.from([head, ...rows].join('\n') + '\n');
}

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
    await openView(page, s.url, 'data', 'import-file');
    const input = page.getByTestId('import-file');
    await expect.poll(() => input.isEnabled()).toBe(true);
    await input.setInputFiles({ name: 'firms.csv', buffer: table(40), mimeType: 'text/csv' });
    await expect.poll(() => input.isEnabled(), { timeout: 30000 }).toBe(true);
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
  });
});
