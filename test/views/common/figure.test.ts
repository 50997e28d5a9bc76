// @vitest-environment jsdom
/**
 * The one SVG serialiser (views/common/figure.ts): every export is a figure with a title, the
 * method in words, the chart, its legend and a source line in the reader's language.
 */
import { describe, expect, it } from 'vitest';
import { defaultSpec } from '../../../src/core/index.ts';
import {
  elementBody,
  figureOf,
  figureSvg,
  FIGURE_FONT,
  roundAttributeNumbers,
  sourceLine,
  wrapText,
} from '../../../src/views/common/figure.ts';

const meta = (lang: string, spec = defaultSpec()) => ({
  title: 'Dendrogram',
  spec,
  extra: { language: lang },
  created: '2026-01-01T00:00:00.000Z',
});

describe('figure', () => {
  it('roundAttributeNumbers() rounds numbers in attributes to two decimals, text untouched', () => {
    expect(
      roundAttributeNumbers('<path d="M1.23456,-7.891011L3,4"/><text x="0.005">1.23456</text>'),
    ).toBe('<path d="M1.23,-7.89L3,4"/><text x="0.01">1.23456</text>');
    expect(roundAttributeNumbers('<g transform="translate(-0.0001234,2.5)"/>')).toBe(
      '<g transform="translate(0,2.5)"/>',
    );
  });

  it('wrapText() breaks at spaces within the width and keeps every word', () => {
    const text = 'Linkage: Ward (ward.D2); Standardisation: z-scores (sample SD); k = 12';
    const lines = wrapText(text, 200, 12.5);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe(text);
    for (const l of lines) expect(l.length).toBeLessThanOrEqual(Math.floor(200 / (12.5 * 0.56)));
  });

  it("sourceLine() cites the bundled study in the reader's language, and the boundaries on maps", () => {
    expect(sourceLine(meta('en'), 'en', false)).toBe(
      'Data: Kireeva A.A. (n.d.), Tables 4, 5. Made with KZ Cluster Atlas.',
    );
    const ru = sourceLine(meta('ru'), 'ru', true);
    expect(ru).toMatch(/^Данные: Киреева А\.А\./);
    expect(ru).toContain('Границы: Natural Earth');
  });

  it("sourceLine() names the user's file and boundaries, never the paper", () => {
    const spec = defaultSpec();
    spec.data = {
      ...spec.data,
      table: {
        source: 'user',
        fileName: 'регионы 2024.csv',
        sha256: 'ab'.repeat(32),
        rows: 20,
        importedAt: '',
        columns: [],
      },
      boundaries: { source: 'user', fileName: 'kz20.geojson', sha256: 'cd'.repeat(32) },
    };
    const line = sourceLine(meta('kk', spec), 'kk', true);
    expect(line).toBe(
      'Деректер: регионы 2024.csv. Шекаралар: kz20.geojson. KZ Cluster Atlas құралында жасалған.',
    );
    expect(line).not.toMatch(/Киреева|Kireeva|Natural Earth/);
  });

  it('figureSvg() frames the chart: title, subtitle, legend, source, font, spec, white ground', () => {
    const f = figureSvg(
      { markup: '<rect width="10" height="10"/>', width: 600, height: 200 },
      meta('en'),
      {
        subtitle: 'Linkage: Ward',
        legend: [
          { colour: '#E69F00', label: 'Group 1' },
          { colour: '#56B4E9', label: 'Group 2' },
        ],
      },
    );
    expect(f.width).toBe(600);
    expect(f.height).toBeGreaterThan(200 + 60);
    const doc = new DOMParser().parseFromString(f.svg, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).toBeNull();
    const root = doc.documentElement;
    expect(root.getAttribute('font-family')).toBe(FIGURE_FONT);
    const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent);
    expect(texts).toEqual([
      'Dendrogram',
      'Linkage: Ward',
      'Group 1',
      'Group 2',
      'Data: Kireeva A.A. (n.d.), Tables 4, 5. Made with KZ Cluster Atlas.',
    ]);
    expect(doc.querySelector('metadata')?.textContent).toContain('"rating"');
    expect(root.querySelector(':scope > rect')?.getAttribute('fill')).toBe('#ffffff');
  });

  it('figureOf() clones the element on screen without focus and screen-reader attributes', () => {
    document.body.innerHTML =
      '<svg viewBox="0 0 300 120" class="chart" role="img" aria-label="x"><g tabindex="0" role="button" aria-label="leaf"><circle r="3.14159" data-region="KZ-AKM"/></g></svg>';
    const el = document.querySelector('svg') as SVGSVGElement;
    const body = elementBody(el);
    expect(body.width).toBe(300);
    expect(body.height).toBe(120);
    expect(body.markup).not.toMatch(/tabindex|role=|aria-label/);
    const f = figureOf(el, meta('en'));
    expect(f.svg).toContain('<circle r="3.14" data-region="KZ-AKM"');
    expect(f.svg.match(/xmlns="http:\/\/www.w3.org\/2000\/svg"/g)).toHaveLength(1);
    expect(() => figureOf(null, meta('en'))).toThrow();
  });
});
