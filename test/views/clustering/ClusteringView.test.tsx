// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cutree, hclust, lda } from '../../../src/core/index.ts';
import { getDataset } from '../../../src/data/datasets/catalogue.ts';
import { regionByCode } from '../../../src/data/regions/registry.ts';
import type { TableDataset } from '../../../src/data/types.ts';
import { clusterColour } from '../../../src/views/clustering/clusterColours.ts';
import ClusteringView from '../../../src/views/clustering/ClusteringView.tsx';
import type { MapModel } from '../../../src/views/map/mapModel.ts';
import { renderAnalysisView } from './analysisHarness.tsx';

// Leaflet needs a real layout engine; the stub records the model the view hands to the map.
const mapModels: MapModel[] = [];
vi.mock('../../../src/views/map/ChoroplethMap.tsx', () => ({
  ChoroplethMap: ({ model }: { model: MapModel }) => {
    mapModels.push(model);
    return <div data-testid="choropleth-stub" />;
  },
}));

afterEach(() => {
  cleanup();
  mapModels.length = 0;
});

const setup = () => renderAnalysisView(ClusteringView, 'clustering');

const zscore = (xs: number[]) => {
  const m = xs.reduce((a, b) => a + b, 0) / xs.length;
  const sd = Math.sqrt(xs.reduce((a, b) => a + (b - m) ** 2, 0) / (xs.length - 1));
  return xs.map((x) => (x - m) / sd);
};

describe('ClusteringView', () => {
  it('ClusteringView draws a dendrogram of the 16 regions with short Russian names, coloured as the map', async () => {
    await setup();
    const dendro = screen.getByTestId('dendrogram');
    const leaves = within(dendro).getAllByTestId('dendrogram-leaf');
    expect(leaves).toHaveLength(16);
    const codes = leaves.map((l) => l.getAttribute('data-region')!);
    expect(new Set(codes).size).toBe(16);
    for (const leaf of leaves) {
      const code = leaf.getAttribute('data-region')!;
      expect(leaf.querySelector('text')?.textContent).toBe(regionByCode(code)!.shortNames.ru);
    }
    // Same grouping as the core on the six indicators of 2014, z-scored, Ward, k = 4.
    const ds = getDataset('innovation-2014') as TableDataset;
    const ids = ['S_D', 'S_F', 'S_E', 'S_A', 'S_B', 'S_C'];
    const cols = ids.map((c) => zscore(ds.rows.map((r) => r.cells[c].value as number)));
    const data = ds.rows.map((_, i) => cols.map((c) => c[i]));
    const labels = cutree(hclust(data, 'ward'), 4);
    const model = mapModels.at(-1)!;
    ds.rows.forEach((r, i) => {
      const leaf = leaves.find((l) => l.getAttribute('data-region') === r.key)!;
      expect(Number(leaf.getAttribute('data-group'))).toBe(labels[i]);
      expect(leaf.querySelector('circle')?.getAttribute('fill')).toBe(clusterColour(labels[i]));
      expect(model.fill.get(r.key)).toBe(clusterColour(labels[i]));
    });
    expect(document.body.textContent).not.toMatch(/NaN|undefined|Infinity/);
  });

  it('ClusteringView moves the cut line with the arrow keys and sets k in the spec', async () => {
    const { store, settle } = await setup();
    const cut = screen.getByTestId('cut-line');
    expect(cut.getAttribute('aria-valuenow')).toBe('4');
    fireEvent.keyDown(cut, { key: 'ArrowUp' });
    expect(store.getState().spec.clustering.k).toBe(3);
    fireEvent.keyDown(screen.getByTestId('cut-line'), { key: 'ArrowDown' });
    fireEvent.keyDown(screen.getByTestId('cut-line'), { key: 'ArrowDown' });
    expect(store.getState().spec.clustering.k).toBe(5);
    await settle();
    expect(store.getState().analyses.clustering.output?.analysis?.k).toBe(5);
    const groups = new Set(
      screen.getAllByTestId('dendrogram-leaf').map((l) => l.getAttribute('data-group')),
    );
    expect(groups.size).toBe(5);
    fireEvent.keyDown(screen.getByTestId('cut-line'), { key: 'Home' });
    expect(store.getState().spec.clustering.k).toBe(1);
  });

  it('ClusteringView selects a region from a dendrogram leaf (shared selection)', async () => {
    const { store } = await setup();
    const leaf = screen
      .getAllByTestId('dendrogram-leaf')
      .find((l) => l.getAttribute('data-region') === 'KZ-ALA')!;
    fireEvent.click(leaf);
    expect(store.getState().view.selected).toEqual(['KZ-ALA']);
    expect(leaf.getAttribute('aria-pressed')).toBe('true');
  });

  it('ClusteringView shows the schedule, sums of squares and the published grouping with its ARI', async () => {
    await setup();
    expect(within(screen.getByTestId('schedule-table')).getAllByRole('row')).toHaveLength(16);
    // Six z-scored variables over 16 regions: total SS = 6 x (16 - 1) = 90.
    expect(screen.getByTestId('sums-of-squares').textContent).toContain('90,000');
    const pub = screen.getByTestId('published-grouping');
    expect(pub.querySelectorAll('.published-groups > li')).toHaveLength(8);
    expect(screen.getByTestId('ari').textContent).toMatch(/-?\d,\d{3}/);
    expect(screen.getByTestId('silhouette-chart')).toBeTruthy();
  });

  it("ClusteringView clusters seed 002's 20 industries on their 7 loadings", async () => {
    const { store, settle } = await setup();
    fireEvent.click(screen.getByTestId('cluster-source-industries'));
    expect(store.getState().view.clusterSource).toBe('industries');
    // Until the run for the industries lands, the view says it is computing, not the regions' tree.
    expect(screen.getByTestId('clustering-computing')).toBeTruthy();
    expect(screen.queryByTestId('dendrogram')).toBeNull();
    await settle();
    expect(screen.queryByTestId('clustering-computing')).toBeNull();
    const leaves = within(screen.getByTestId('dendrogram')).getAllByTestId('dendrogram-leaf');
    expect(leaves).toHaveLength(20);
    expect(leaves.every((l) => l.getAttribute('data-region') === null)).toBe(true);
    expect(screen.queryByTestId('cluster-map')).toBeNull();
    expect(screen.queryByTestId('published-grouping')).toBeNull();
  });

  it("ClusteringView clusters a table imported on #/data and scores it against seed 003's groups", async () => {
    const { store, settle } = await setup();
    // Two columns that only say which published group a region is in (g and g^2): Ward must
    // find exactly those 8 groups, so the adjusted Rand index is 1.
    const groups = (
      getDataset('region-groups-published') as { groups: { id: number; members: string[] }[] }
    ).groups;
    const text = (x: string) => ({ ru: x, kk: x, en: x });
    const cell = (v: number) => ({
      value: v,
      printed: String(v),
      source: { seed: 'g.csv', table: '', row: '' },
    });
    const table: TableDataset = {
      kind: 'table',
      id: 'user-1',
      title: text('g.csv'),
      source: 'g.csv',
      seed: '',
      tables: [],
      units: text(''),
      years: [],
      notes: text(''),
      scheme: '2014',
      columns: [
        { id: 'g', title: text('g'), unit: text('') },
        { id: 'g2', title: text('g squared'), unit: text('') },
      ],
      rows: groups.flatMap((g) =>
        g.members.map((m) => ({
          key: m,
          label: m,
          cells: { g: cell(g.id), g2: cell(g.id * g.id) },
        })),
      ),
    };
    act(() =>
      store.getState().addUserDataset({
        id: 'user-1',
        fileName: 'g.csv',
        importedAt: '2024-05-01T00:00:00Z',
        table,
        year: 2014,
        mapping: {},
      }),
    );
    fireEvent.change(screen.getByTestId('cluster-user-dataset'), { target: { value: 'user-1' } });
    fireEvent.change(screen.getByTestId('cluster-k'), { target: { value: '8' } });
    expect(store.getState().view.clusterTable).toBe('user-1');
    await settle();
    expect(within(screen.getByTestId('dendrogram')).getAllByTestId('dendrogram-leaf')).toHaveLength(
      16,
    );
    expect(screen.getByTestId('ari').textContent).toContain('1,000');
  });

  it('ClusteringView shows the discriminant check: with the 2014 regions the reason (a group of one), with the industries the classification table', async () => {
    const { settle } = await setup();
    // Ward on the 2014 z-scores leaves Almaty city on its own at k = 4: LDA cannot estimate
    // that group's spread, and the panel says so in Russian, with the core's detail.
    const panel = screen.getByTestId('discriminant');
    expect(within(panel).getByRole('heading').textContent).toBe(
      'Дискриминантная проверка групп (линейный дискриминантный анализ Фишера)',
    );
    const issue = within(panel).getByTestId('discriminant-issue');
    expect(issue.getAttribute('data-code')).toBe('group-too-small');
    expect(issue.textContent).toContain('меньше двух членов, поэтому её разброс оценить нельзя');
    expect(within(panel).queryByRole('table')).toBeNull();

    fireEvent.click(screen.getByTestId('cluster-source-industries'));
    await settle();
    const ds = getDataset('vko-loadings-published') as TableDataset;
    const cols = Object.keys(ds.rows[0].cells).filter(
      (c) => typeof ds.rows[0].cells[c].value === 'number',
    );
    const zc = cols.map((c) => zscore(ds.rows.map((r) => r.cells[c].value as number)));
    const z = ds.rows.map((_, i) => zc.map((c) => c[i]));
    const labels = cutree(hclust(z, 'ward'), 4);
    const r = lda(z, labels, { priors: 'proportional', leaveOneOut: true });
    const box = screen.getByTestId('discriminant');
    const fmt = (x: number) => x.toFixed(1).replace('.', ',');
    expect(within(box).getByTestId('discriminant-correct').textContent).toBe(
      `Правильно классифицировано: ${fmt(r.classification.percentCorrect)} % (по обучающей выборке), ${fmt(r.leaveOneOut!.percentCorrect)} % (скользящий контроль)`,
    );
    const tables = within(box).getAllByRole('table');
    expect(tables).toHaveLength(2);
    [r.classification.table, r.leaveOneOut!.table].forEach((expected, ti) => {
      const rows = tables[ti].querySelectorAll('tbody tr');
      expect(rows).toHaveLength(4);
      rows.forEach((row, i) => {
        const cells = [...row.querySelectorAll('td')];
        expect(cells.map((c) => Number(c.textContent))).toEqual(expected[i]);
        // Only the diagonal is highlighted, outlined in the group's dendrogram colour.
        cells.forEach((c, j) => {
          expect(c.getAttribute('data-diagonal')).toBe(i === j ? 'true' : null);
        });
        expect(cells[i].style.boxShadow).toContain(clusterColour(r.groups[i]));
        // jsdom normalises a background colour (hex -> rgb), so compare through a style.
        const el = document.createElement('i');
        el.style.color = clusterColour(r.groups[i]);
        expect((row.querySelector('.swatch') as HTMLElement).style.background).toBe(el.style.color);
      });
      // The wide table scrolls in a focusable, labelled region.
      const region = tables[ti].closest('[role="region"]')!;
      expect(region.getAttribute('tabindex')).toBe('0');
      expect(region.getAttribute('aria-label')).toBeTruthy();
    });
    expect(box.textContent).not.toMatch(/NaN|undefined|Infinity/);
  });
});
