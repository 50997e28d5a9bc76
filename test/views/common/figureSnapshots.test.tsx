// @vitest-environment jsdom
/**
 * Snapshot tests of exported figures (issue 15 item 5), kept as SVG files the way Plot's own
 * test suite keeps its outputs (test/output/*.svg there): the export is stabilised (a fixed
 * creation time, the app's font stack written in, attribute numbers rounded by the serialiser,
 * the spec's metadata block left out as it is tested elsewhere) and compared with the file
 * committed under test/views/common/snapshots/. A change to a figure shows as a diff of that file;
 * to accept one, run vitest with -u and look at the new file before committing it.
 */
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultSpec } from '../../../src/core/index.ts';
import { KZ_2014 } from '../../../src/data/boundaries/index.ts';
import { figureOf } from '../../../src/views/common/figure.ts';
import ClusteringView from '../../../src/views/clustering/ClusteringView.tsx';
import { mapSvg } from '../../../src/views/map/mapSvg.ts';
import { renderAnalysisView } from '../clustering/analysisHarness.tsx';

afterEach(cleanup);

const meta = (title: string) => ({
  title,
  spec: defaultSpec(),
  extra: { language: 'en' },
  created: '2026-01-01T00:00:00.000Z',
});

/** The file without its metadata block, one element per line (diffs a reader can follow). */
const stabilise = (svg: string) =>
  svg
    .replace(/<metadata>.*?<\/metadata>/s, '')
    .replace(/></g, '>\n<')
    .concat('\n');

describe('exported figures (snapshots)', () => {
  it('the map figure: 16 regions, legend, IT sites and one group outline, source line', async () => {
    const { svg } = mapSvg({
      features: KZ_2014,
      fill: (id) => (id < 'KZ-K' ? '#6baed6' : '#c6dbef'),
      noData: '#d9dde3',
      width: 820,
      height: 520,
      title: 'Innovation-development index, 2014',
      subtitle: 'Normalisation: Ratio to maximum (paper); Classification: The paper’s class scale',
      legendTitle: 'Legend',
      legend: [
        { colour: '#6baed6', label: 'B 40.0 – 50.0 (8 reg.)' },
        { colour: '#c6dbef', label: 'C+ 20.0 – 30.0 (8 reg.)' },
      ],
      labels: [{ id: 'KZ-KAR', text: 'Karaganda', lon: 73.1, lat: 49.8 }],
      sites: [{ key: 'astana', lon: 71.43, lat: 51.13 }],
      siteLegend: 'Proposed IT-cluster sites (1)',
      outlines: [
        {
          id: 1,
          colour: '#E69F00',
          lines: [
            [
              [76, 52],
              [80, 50],
              [82, 47],
            ],
          ],
          badges: [{ lon: 77, lat: 52.3 }],
        },
      ],
      outlineLegend: (n) => `Group ${n}`,
      meta: meta('Innovation-development index, 2014'),
    });
    await expect(stabilise(svg)).toMatchFileSnapshot('./snapshots/map-index-2014.svg');
  });

  it('the dendrogram figure of the 16 regions at k = 4, as #/clustering exports it', async () => {
    await renderAnalysisView(ClusteringView, 'clustering', 'en');
    const el = screen.getByTestId('dendrogram') as unknown as SVGSVGElement;
    const { svg } = figureOf(el, meta('Dendrogram'), {
      subtitle: 'Linkage: Ward (ward.D2); Standardisation: z-scores (sample SD); k = 4',
      legend: [1, 2, 3, 4].map((g) => ({ colour: '#000000', label: `Group ${g}` })),
    });
    await expect(stabilise(svg)).toMatchFileSnapshot('./snapshots/dendrogram-k4.svg');
  });
});
