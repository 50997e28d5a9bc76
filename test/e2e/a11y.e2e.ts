/**
 * Accessibility scan of every view with axe-core in the production build, under the CSP. A
 * `<script>` tag that Playwright's addScriptTag would insert is inline and the policy blocks it
 * (as it should); axe is therefore evaluated through the DevTools protocol (page.evaluate),
 * which the page's CSP does not govern, so the app itself still runs under the strict policy.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { openView, sessionPerFile, settle, VIEW_ROUTES } from './harness.ts';

const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
let axeSource = '';
// The blocked addScriptTag probe logs a CSP violation on purpose; nothing else may.
const s = sessionPerFile({
  // The probe's own CSP report: with the policy in a <meta> (issue 16) Chromium reports the
  // blocked inline script without its sourceURL. Other views' tests still fail on any CSP error.
  keep: (e) => !/Content Security Policy/.test(e) || !/axe-probe|Executing inline script/.test(e),
});
beforeAll(async () => {
  axeSource = await readFile(AXE_PATH, 'utf8');
});

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

async function axe(page: Page): Promise<Violation[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const w = window as unknown as {
      axe: { run: (ctx: Document, o: object) => Promise<{ violations: Violation[] }> };
    };
    const r = await w.axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target })),
    }));
  });
}

describe('accessibility (axe-core)', () => {
  it('page.addScriptTag is blocked by the CSP, as the policy intends', async () => {
    const page = await s.newPage();
    await openView(page, s.url, 'map', 'map');
    const blocked = await page
      .addScriptTag({ content: 'window.__axeProbe = 1; //# sourceURL=axe-probe' })
      .then(() => page.evaluate(() => (window as { __axeProbe?: number }).__axeProbe !== 1))
      .catch(() => true);
    expect(blocked).toBe(true);
    s.errors.splice(0);
    await page.context().close();
  });

  it('#/clustering with the industries (dendrogram and discriminant tables shown) has no serious or critical axe violations', async () => {
    const page = await s.newPage();
    await openView(page, s.url, 'clustering', 'dendrogram');
    await page.getByTestId('cluster-source-industries').click();
    await page.getByTestId('discriminant-correct').waitFor();
    await settle(page, 400);
    const bad = (await axe(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(
      bad
        .map((v) => `${v.impact} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)
        .join('\n'),
    ).toBe('');
    await page.context().close();
  });

  for (const [route, testid] of VIEW_ROUTES) {
    it(`#/${route} has no serious or critical axe violations`, async () => {
      const page = await s.newPage();
      await openView(page, s.url, route, testid ?? undefined);
      await settle(page, 400);
      const violations = await axe(page);
      const bad = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      const lines = bad.map(
        (v) =>
          `${v.impact} ${v.id} (${v.help}): ${v.nodes
            .map((n) => n.target.join(' '))
            .slice(0, 6)
            .join(' | ')}`,
      );
      const minor = violations.filter((v) => !bad.includes(v)).map((v) => `${v.impact} ${v.id}`);
      if (minor.length) console.log(`#/${route} minor axe findings: ${minor.join(', ')}`);
      if (lines.length) console.log(`#/${route} axe violations:\n  ${lines.join('\n  ')}`);
      expect(lines.join('\n'), `#/${route} axe violations`).toBe('');
      await page.context().close();
    });
  }
});
