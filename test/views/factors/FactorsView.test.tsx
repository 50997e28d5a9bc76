// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { factorAnalysis } from '../../../src/core/index.ts';
import { getDataset } from '../../../src/data/datasets/catalogue.ts';
import type { TableDataset } from '../../../src/data/types.ts';
import FactorsView from '../../../src/views/factors/FactorsView.tsx';
import { renderAnalysisView } from '../clustering/analysisHarness.tsx';

afterEach(cleanup);

const setup = (lang: 'ru' | 'kk' | 'en' = 'en') => renderAnalysisView(FactorsView, 'factors', lang);

const rowsOf = (heatmap: HTMLElement) =>
  within(heatmap)
    .getAllByRole('row')
    .filter((r) => within(r).queryAllByTestId('heatmap-cell').length > 0);

describe('FactorsView', () => {
  it("FactorsView shows seed 002's Table 2 as a 20 x 7 heatmap with one marked cell per row", async () => {
    await setup();
    fireEvent.click(screen.getByTestId('factors-tab-published'));
    const heat = screen.getByTestId('loadings-heatmap');
    expect(within(heat).getAllByTestId('heatmap-cell')).toHaveLength(140);
    const rows = rowsOf(heat);
    expect(rows).toHaveLength(20);
    for (const r of rows) {
      const marked = within(r)
        .getAllByTestId('heatmap-cell')
        .filter((c) => c.getAttribute('data-marked') === 'true');
      expect(marked).toHaveLength(1);
    }
    // Values are printed in each cell: the first row's bold loading is 0.933 (component 3).
    const first = within(rows[0]).getAllByTestId('heatmap-cell');
    expect(first[2].getAttribute('data-marked')).toBe('true');
    expect(first[2].textContent).toBe('0.933');
    expect(screen.getByTestId('published-provenance').textContent).toMatch(/not in the paper/);
    expect(screen.getByTestId('published-provenance').textContent).toMatch(
      /Kozlova, Denisova \(n\.d\.\), Table 2\./,
    );
  });

  it('FactorsView computes loadings of the 2014 table as the core does, Kaiser and varimax by default', async () => {
    await setup();
    const heat = screen.getByTestId('loadings-heatmap');
    const ds = getDataset('innovation-2014') as TableDataset;
    // Every complete column except employed_activity, which repeats employed row for row.
    const complete = ds.columns
      .map((c) => c.id)
      .filter((id) => ds.rows.every((r) => typeof r.cells[id]?.value === 'number'))
      .filter((id) => id !== 'employed_activity');
    const ref = factorAnalysis(
      ds.rows.map((r) => complete.map((c) => r.cells[c].value as number)),
      { nfactors: null, rotation: 'varimax', convention: 'r' },
    );
    const rows = rowsOf(heat);
    expect(rows).toHaveLength(complete.length);
    expect(within(rows[0]).getAllByTestId('heatmap-cell')).toHaveLength(ref.nfactors);
    rows.forEach((r, i) => {
      const cells = within(r).getAllByTestId('heatmap-cell');
      cells.forEach((c, j) => expect(c.textContent).toBe(ref.rotated![i][j].toFixed(3)));
      expect(cells.filter((c) => c.getAttribute('data-marked') === 'true')).toHaveLength(1);
    });
    expect(screen.getByTestId('scree-plot')).toBeTruthy();
    expect(within(screen.getByTestId('variance-table')).getAllByRole('row')).toHaveLength(
      complete.length + 1,
    );
    expect(screen.getByTestId('factors-iterations').textContent).toContain(String(ref.iterations));
    expect(document.body.textContent).not.toMatch(/NaN|undefined|Infinity/);
  });

  it('FactorsView turns too few variables into a readable message, not an exception', async () => {
    const { store, settle } = await setup('ru');
    act(() =>
      store.getState().setSpec({
        ...store.getState().spec,
        factors: { ...store.getState().spec.factors, variables: ['S_D'] },
      }),
    );
    await settle();
    const issues = screen.getByTestId('factors-issues');
    expect(issues.getAttribute('role')).toBe('alert');
    expect(issues.textContent).toContain('Выберите больше переменных');
    expect(screen.queryByTestId('loadings-heatmap')).toBeNull();
  });

  it('FactorsView switches the varimax convention to SPSS in the spec', async () => {
    const { store, settle } = await setup();
    fireEvent.click(screen.getByTestId('factors-convention-spss'));
    expect(store.getState().spec.factors.convention).toBe('spss');
    await settle();
    expect(store.getState().analyses.factors.output?.result?.convention).toMatch(/SPSS/i);
    expect(screen.getByTestId('loadings-heatmap')).toBeTruthy();
  });
});
