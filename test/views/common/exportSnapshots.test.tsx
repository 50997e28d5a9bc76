// @vitest-environment jsdom
/**
 * Snapshot tests of every exported chart (issue 15 item 5), as the views export them: each
 * view is rendered on the bundled data through the real compute controller, its "SVG" export
 * button is pressed, and the file it would download is stabilised (the spec's metadata block,
 * which carries the creation time, left out; numbers are already rounded and the font stack
 * written in by common/figure.ts) and compared with the file kept under
 * test/views/common/snapshots/, the way Plot's own test suite keeps its SVG outputs. A change
 * to a figure shows as a diff of that file; to accept one, run vitest with -u and look at the
 * new file before committing it. The map figure and the dendrogram are in figureSnapshots.
 */
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { connectCompute } from '../../../src/state/compute.ts';
import { loadBundledDatasets } from '../../../src/state/datasets.ts';
import { StoreProvider } from '../../../src/state/react.tsx';
import { createAppStore } from '../../../src/state/store.ts';
import { defaultView } from '../../../src/state/viewState.ts';
import { defaultSpec } from '../../../src/core/index.ts';
import { figureOf } from '../../../src/views/common/figure.ts';
import ClusteringView from '../../../src/views/clustering/ClusteringView.tsx';
import DataView from '../../../src/views/data/DataView.tsx';
import FactorsView from '../../../src/views/factors/FactorsView.tsx';
import ProfileView from '../../../src/views/profile/ProfileView.tsx';
import { RankTrajectories } from '../../../src/views/rating/RankTrajectories.tsx';
import { MoranScatter, type ScatterPoint } from '../../../src/views/spatial/MoranScatter.tsx';
import { createComputeClient } from '../../../src/worker/client.ts';
import { renderAnalysisView } from '../clustering/analysisHarness.tsx';

afterEach(cleanup);

// The blobs the export buttons hand to the browser (common/export.ts download()).
const blobs: Blob[] = [];
const saved = { create: URL.createObjectURL, revoke: URL.revokeObjectURL };
beforeAll(() => {
  URL.createObjectURL = ((b: Blob) => {
    blobs.push(b);
    return 'blob:snapshot';
  }) as typeof URL.createObjectURL;
  URL.revokeObjectURL = () => {};
  // jsdom cannot follow the download link (it would say "not implemented: navigation").
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
});
afterAll(() => {
  URL.createObjectURL = saved.create;
  URL.revokeObjectURL = saved.revoke;
  vi.restoreAllMocks();
});

/** The file without its metadata block, one element per line (diffs a reader can follow). */
const stabilise = (svg: string) =>
  svg
    .replace(/<metadata>.*?<\/metadata>/s, '')
    .replace(/></g, '>\n<')
    .concat('\n');

/** Presses `<testid>-svg` and returns the stabilised SVG file it downloads. */
async function exported(testid: string): Promise<string> {
  blobs.length = 0;
  fireEvent.click(screen.getByTestId(`${testid}-svg`));
  await waitFor(() => expect(blobs.length).toBe(1));
  const svg = await blobs[0].text();
  // A figure: its title, a source line, the chart nested inside.
  expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  expect(svg).toContain('data-role="source"');
  return stabilise(svg);
}

async function renderWithCompute(View: () => React.ReactNode, route: string) {
  const store = createAppStore({ view: { ...defaultView(), route, language: 'en' } });
  const conn = connectCompute(
    store,
    createComputeClient({ makeWorker: null }),
    loadBundledDatasets,
  );
  await conn.idle();
  render(
    <StoreProvider store={store}>
      <View />
    </StoreProvider>,
  );
  await act(() => conn.idle());
  return store;
}

describe('exported charts (snapshots)', () => {
  it('#/clustering: silhouette chart', async () => {
    await renderAnalysisView(ClusteringView, 'clustering', 'en');
    const svg = await exported('silhouette-export');
    expect(svg).toContain('>Chosen k = 4</text>');
    await expect(svg).toMatchFileSnapshot('./snapshots/silhouette.svg');
  });

  it('#/factors: scree plot and loadings heatmap', async () => {
    await renderAnalysisView(FactorsView, 'factors', 'en');
    const scree = await exported('scree-export');
    expect(scree).toContain('>Kept components</text>');
    await expect(scree).toMatchFileSnapshot('./snapshots/scree.svg');
    await expect(await exported('loadings-export')).toMatchFileSnapshot('./snapshots/loadings.svg');
  });

  it('#/profile: indicator bars of the leader', async () => {
    await renderWithCompute(ProfileView, 'profile');
    await expect(await exported('profile-export')).toMatchFileSnapshot('./snapshots/profile.svg');
  });

  it('#/rating: rank trajectories over the two bundled years', async () => {
    await renderWithCompute(RankTrajectories, 'rating');
    await expect(await exported('trajectories-export')).toMatchFileSnapshot(
      './snapshots/trajectories.svg',
    );
  });

  it("#/data: seed 000's ICT lines and bars", async () => {
    const store = createAppStore({ view: { ...defaultView(), route: 'data', language: 'en' } });
    render(
      <StoreProvider store={store}>
        <DataView />
      </StoreProvider>,
    );
    await waitFor(() => screen.getByTestId('ict1-export-svg'), { timeout: 10000 });
    const lines = await exported('ict1-export');
    expect(lines).toContain('stroke-dasharray="6 3"');
    await expect(lines).toMatchFileSnapshot('./snapshots/ict-table1.svg');
    await expect(await exported('ict2-export')).toMatchFileSnapshot('./snapshots/ict-table2.svg');
  });

  it('#/spatial: the Moran scatter of four units as a figure', async () => {
    const points: ScatterPoint[] = [
      { id: 'KZ-AKM', z: 1.2, lag: 0.8, quadrant: 'High-High', significant: true },
      { id: 'KZ-KAR', z: -0.9, lag: -0.6, quadrant: 'Low-Low', significant: false },
      { id: 'KZ-ZHA', z: 0.4, lag: -1.1, quadrant: 'High-Low', significant: false },
      { id: 'KZ-ATY', z: -0.7, lag: 0.9, quadrant: 'Low-High', significant: true },
    ];
    const ref = { current: null as SVGSVGElement | null };
    render(
      <MoranScatter
        chartRef={ref}
        points={points}
        slope={0.35}
        colour={(p) => (p.significant ? '#d7191c' : '#eeeeee')}
        name={(id) => id}
        brushed={new Set(['KZ-AKM'])}
        onBrush={() => {}}
        xLabel="Standardised value"
        yLabel="Spatial lag"
        label="Moran scatter plot"
        format={(x) => x.toFixed(1)}
      />,
    );
    expect(ref.current?.querySelectorAll('circle[data-region]')).toHaveLength(4);
    expect(ref.current?.querySelector('circle.is-brushed')?.getAttribute('data-region')).toBe(
      'KZ-AKM',
    );
    const { svg } = figureOf(
      ref.current,
      {
        title: 'Moran scatter plot',
        spec: defaultSpec(),
        extra: { language: 'en' },
        created: '2026-01-01T00:00:00.000Z',
      },
      {
        subtitle: 'Variable: Index; Spatial weights: Queen, Row-standardised (W); I = 0.350',
        legend: [
          { colour: '#d7191c', label: 'High-High (2)' },
          { colour: '#333333', label: "Global Moran's I = 0.350", shape: 'line', dash: '4 3' },
        ],
      },
    );
    await expect(stabilise(svg)).toMatchFileSnapshot('./snapshots/moran-scatter.svg');
  });
});
