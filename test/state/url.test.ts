/**
 * Shareable links (src/state/url.ts): the study survives encodeHash -> decodeHash exactly;
 * a user table travels in the link while the link stays within 32 KB and is named by file and
 * hash beyond that; version-1 links open through the migration; a damaged, invalid or huge
 * link falls back to the defaults and lists each problem.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultSpec, type AnalysisSpec, type UserTable } from '../../src/core/index.ts';
import { decodeHash, encodeHash, MAX_ADDRESS_CHARS, MAX_LINK_CHARS } from '../../src/state/url.ts';
import type { EmbeddedTable } from '../../src/state/study.ts';
import { defaultView } from '../../src/state/viewState.ts';

const ROUTES = ['map', 'rating', 'clustering', 'specialisation', 'profile', 'factors'];

function edited(): AnalysisSpec {
  const spec = defaultSpec(2010);
  spec.rating.normalisation = 'min-max';
  spec.rating.aggregation = 'geometric';
  spec.rating.groups[1].weight = 2.35;
  spec.rating.groups[0].indicators[2] = { id: 'S_E', weight: 0.15, direction: 'lower' };
  spec.rating.groups[1].indicators.splice(2, 1);
  spec.sensitivity = { runs: 500, mode: 'simplex', noise: 0.1, seed: 42 };
  spec.clustering = {
    variables: ['S_A', 'S_D'],
    standardise: 'none',
    linkage: 'average',
    k: 3,
    source: 'industries',
    table: null,
  };
  spec.map = {
    layer: 'ind:S_A',
    classification: { method: 'custom', k: 4, breaks: [12.5, 30, 47.25] },
    palette: 'cividis',
    categorical: 'kelly',
    overlays: { sites: true, groups: true, labels: false, basemap: false },
  };
  spec.view = { route: 'rating', language: 'kk', selected: ['KZ-ALA', 'KZ-AST'] };
  return spec;
}

/** A synthetic user table of `rows` regions x `cols` columns (deterministic values). */
function userTable(rows: number, cols: number): { table: UserTable; embedded: EmbeddedTable } {
  const columns = Array.from({ length: cols }, (_, j) => ({
    id: `Показатель ${j + 1}`,
    unit: '%',
    direction: (j === 2 ? 'lower' : 'higher') as 'higher' | 'lower',
  }));
  const codes = ['KZ-AKM', 'KZ-AKT', 'KZ-ALM', 'KZ-ATY', 'KZ-VOS', 'KZ-ZHA', 'KZ-ZAP', 'KZ-KAR'];
  const embedded: EmbeddedTable = {
    scheme: '2014',
    columns,
    rows: Array.from({ length: rows }, (_, i) => [
      codes[i % codes.length],
      `Регион ${i + 1}`,
      ...columns.map((_, j) => Math.round(((i * 37 + j * 11) % 97) * 1000 + i * 0.37) / 100),
    ]),
  };
  const table: UserTable = {
    source: 'user',
    fileName: 'мои данные.csv',
    sha256: 'c'.repeat(64),
    rows,
    importedAt: '2026-12-01T10:00:00.000Z',
    columns,
  };
  return { table, embedded };
}

function userStudy(table: UserTable): AnalysisSpec {
  const s = defaultSpec();
  s.data = { table, year: 2014, boundaries: { source: 'bundled' } };
  s.rating.groups = [
    {
      id: 'receptivity',
      weight: 1,
      indicators: table.columns.slice(0, 3).map((c) => ({
        id: c.id,
        label: c.id,
        unit: c.unit,
        weight: 1,
        direction: c.direction,
      })),
    },
  ];
  return s;
}

describe('encodeHash / decodeHash', () => {
  it('gives back the study exactly, its view and route', () => {
    const spec = edited();
    const hash = encodeHash('rating', spec);
    expect(hash).toMatch(/^#\/rating\?z=[A-Za-z0-9_-]+$/);
    const back = decodeHash(hash, ROUTES);
    expect(back.issues).toEqual([]);
    expect(back.hadState).toBe(true);
    expect(back.route).toBe('rating');
    expect(back.spec).toEqual(spec);
    expect(back.view).toEqual({
      ...defaultView(),
      route: 'rating',
      language: 'kk',
      selected: ['KZ-ALA', 'KZ-AST'],
      mapLayer: 'ind:S_A',
      classification: spec.map.classification,
      palette: 'cividis',
      categorical: 'kelly',
      year: 2010,
      overlays: spec.map.overlays,
      clusterSource: 'industries',
    });
  });

  it('keeps non-ASCII text intact', () => {
    const spec = edited();
    spec.rating.groups[0].label = 'Ақтөбе облысы — «данные»';
    const back = decodeHash(encodeHash('map', spec), ROUTES);
    expect(back.spec.rating.groups[0].label).toBe('Ақтөбе облысы — «данные»');
  });

  it('carries a 20 x 10 user table and gives it back exactly', () => {
    const { table, embedded } = userTable(20, 10);
    const hash = encodeHash('rating', userStudy(table), embedded);
    expect(hash.length).toBeLessThan(MAX_LINK_CHARS / 4);
    const back = decodeHash(hash, ROUTES);
    expect(back.issues).toEqual([]);
    expect(back.table).toEqual(embedded);
    expect(back.spec.data.table).toEqual(table);
  });

  it('beyond 32 KB names the file and hash only', () => {
    const { table, embedded } = userTable(3000, 12);
    const hash = encodeHash('rating', userStudy(table), embedded);
    expect(hash.length).toBeLessThanOrEqual(MAX_LINK_CHARS);
    const back = decodeHash(hash, ROUTES);
    expect(back.table).toBe(null);
    expect(back.spec.data.table).toEqual(table);
  });

  it('without state returns the defaults and no issues', () => {
    const back = decodeHash('#/clustering', ROUTES);
    expect(back).toEqual({
      route: 'clustering',
      spec: defaultSpec(),
      view: { ...defaultView(), route: 'clustering' },
      issues: [],
      hadState: false,
      table: null,
    });
  });

  it('of a damaged link falls back to the defaults and says so', () => {
    for (const h of ['#/map?s=%%%not-base64', '#/map?z=AAAA']) {
      const back = decodeHash(h, ROUTES);
      expect(back.spec).toEqual(defaultSpec());
      expect(back.issues.map((i) => i.code)).toEqual(['link-unreadable']);
      expect(back.hadState).toBe(true);
    }
  });

  it('refuses an address over the limit before decoding it (a 1 MB address)', () => {
    const huge = `#/rating?z=${'A'.repeat(1024 * 1024)}`;
    expect(huge.length).toBeGreaterThan(MAX_ADDRESS_CHARS);
    const back = decodeHash(huge, ROUTES);
    expect(back.issues.map((i) => i.code)).toEqual(['link-too-long']);
    expect(back.route).toBe('rating');
    expect(back.spec).toEqual(defaultSpec());
  });

  it('of an invalid study lists every problem with its field', () => {
    const bad = JSON.parse(JSON.stringify(edited()));
    bad.rating.normalisation = 'cube-root';
    bad.data.year = 2012;
    const s = Buffer.from(JSON.stringify({ spec: bad }), 'utf8').toString('base64url');
    const back = decodeHash(`#/nowhere?s=${s}`, ROUTES);
    expect(back.route).toBe('map');
    expect(back.spec).toEqual(defaultSpec());
    const fields = back.issues.map((i) => i.where?.field);
    expect(fields).toEqual(expect.arrayContaining(['route', 'rating.normalisation', 'data.year']));
  });
});

describe('version-1 links (test/fixtures/spec-v1/links.json)', () => {
  const links = JSON.parse(readFileSync('test/fixtures/spec-v1/links.json', 'utf8')) as {
    name: string;
    hash: string;
  }[];
  it('every link of the corpus opens without an error, on the route it named', () => {
    for (const l of links) {
      const back = decodeHash(l.hash, ROUTES);
      expect(
        back.issues.filter((i) => i.severity === 'error'),
        l.name,
      ).toEqual([]);
      expect(back.route).toBe(l.hash.slice(2).split('?')[0]);
    }
  });
  it('the view of an old link comes back (year, language, selection, map)', () => {
    const back = decodeHash(links.find((l) => l.name === 'rating custom weights 2010')!.hash);
    expect([back.view.year, back.view.language, back.view.selected]).toEqual([
      2010,
      'en',
      ['KZ-AKM', 'KZ-ALA'],
    ]);
    const map = decodeHash(links.find((l) => l.name.startsWith('map custom'))!.hash);
    expect(map.view.palette).toBe('cividis');
    expect(map.view.classification.breaks).toEqual([20, 40, 60]);
  });
});
