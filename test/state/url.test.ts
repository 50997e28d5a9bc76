/**
 * Shareable links (src/state/url.ts): the spec and the linked view survive encodeHash ->
 * decodeHash exactly; a damaged or invalid link falls back to the defaults and lists each
 * problem with its field.
 */
import { describe, expect, it } from 'vitest';
import { defaultSpec, type AnalysisSpec } from '../../src/core/spec.ts';
import { decodeHash, encodeHash } from '../../src/state/url.ts';
import { defaultView, type ViewState } from '../../src/state/viewState.ts';

const ROUTES = ['map', 'rating', 'clustering'];

function edited(): { spec: AnalysisSpec; view: ViewState } {
  const spec = defaultSpec();
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
    source: 'regions',
    table: null,
  };
  spec.factors = {
    variables: [],
    nfactors: 2,
    rotation: 'none',
    convention: 'spss',
    source: 'regions',
  };
  const view: ViewState = {
    ...defaultView(),
    route: 'rating',
    language: 'kk',
    selected: ['KZ-ALA', 'KZ-AST'],
    mapLayer: 'ind:S_A',
    classification: { method: 'custom', k: 4, breaks: [12.5, 30, 47.25] },
    palette: 'cividis',
    year: 2010,
    overlays: { sites: true, groups: true, labels: false, basemap: false },
  };
  return { spec, view };
}

describe('encodeHash / decodeHash', () => {
  it('encodeHash() then decodeHash() gives back the spec and the linked view exactly', () => {
    const { spec, view } = edited();
    const hash = encodeHash('rating', spec, view);
    expect(hash).toMatch(/^#\/rating\?s=[A-Za-z0-9_-]+$/);
    const back = decodeHash(hash, ROUTES);
    expect(back.issues).toEqual([]);
    expect(back.hadState).toBe(true);
    expect(back.route).toBe('rating');
    expect(back.spec).toEqual(spec);
    expect(back.view).toEqual({ ...view, presentation: false });
  });

  it('decodeHash() keeps non-ASCII text intact (UTF-8 through base64url)', () => {
    const { spec, view } = edited();
    spec.rating.groups[0].label = 'Ақтөбе облысы — «данные»';
    const back = decodeHash(encodeHash('map', spec, view), ROUTES);
    expect(back.spec.rating.groups[0].label).toBe('Ақтөбе облысы — «данные»');
  });

  it('decodeHash() without state returns the defaults and no issues', () => {
    const back = decodeHash('#/clustering', ROUTES);
    expect(back).toEqual({
      route: 'clustering',
      spec: defaultSpec(),
      view: { ...defaultView(), route: 'clustering' },
      issues: [],
      hadState: false,
    });
  });

  it('decodeHash() of a damaged link falls back to the defaults and says so', () => {
    const back = decodeHash('#/map?s=%%%not-base64', ROUTES);
    expect(back.spec).toEqual(defaultSpec());
    expect(back.view).toEqual({ ...defaultView(), route: 'map' });
    expect(back.issues.map((i) => i.code)).toEqual(['link-unreadable']);
    expect(back.hadState).toBe(true);
  });

  it('decodeHash() of an invalid spec and view lists every problem with its field', () => {
    const { spec, view } = edited();
    const bad = JSON.parse(JSON.stringify({ spec, view })) as Record<
      string,
      Record<string, unknown>
    >;
    (bad.spec.rating as Record<string, unknown>).normalisation = 'cube-root';
    bad.view.year = 2012;
    bad.view.selected = ['<script>'];
    bad.view.palette = 'rainbow';
    const s = Buffer.from(JSON.stringify(bad), 'utf8').toString('base64url');
    const back = decodeHash(`#/nowhere?s=${s}`, ROUTES);
    expect(back.route).toBe('map');
    expect(back.spec).toEqual(defaultSpec());
    const fields = back.issues.map((i) => i.where?.field);
    expect(fields).toEqual(
      expect.arrayContaining(['route', 'view.year', 'view.selected', 'view.palette']),
    );
    expect(fields.some((f) => f?.includes('normalisation'))).toBe(true);
    // Valid view fields of the same link are kept.
    expect(back.view.language).toBe('kk');
    expect(back.view.mapLayer).toBe('ind:S_A');
    expect(back.view.year).toBe(defaultView().year);
    for (const i of back.issues) expect(i.message.length).toBeGreaterThan(10);
  });
});
