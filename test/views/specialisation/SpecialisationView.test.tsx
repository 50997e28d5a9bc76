// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { TableDataset } from '../../../src/data/types.ts';
import SpecialisationView from '../../../src/views/specialisation/SpecialisationView.tsx';
import { renderAnalysisView } from '../clustering/analysisHarness.tsx';

// A 2 x 2 employment table as the import on #/data stores it. E = [[10, 30], [30, 30]]:
// LQ = (E_ir / E_r) / (E_i / E) = [[0.625, 1.25], [1.25, 0.833]] (E_r = E_i = 40, 60; E = 100).
function userTable(): TableDataset {
  const cell = (v: number, row: string, column: string) => ({
    value: v,
    printed: String(v),
    source: { seed: 'employment.csv', table: '', row, column },
  });
  const row = (key: string, a: number, b: number) => ({
    key,
    label: key,
    cells: { mining: cell(a, key, 'mining'), trade: cell(b, key, 'trade') },
  });
  const text = (s: string) => ({ ru: s, kk: s, en: s });
  return {
    kind: 'table',
    id: 'user-1',
    title: text('employment.csv'),
    source: 'employment.csv',
    seed: '',
    tables: [],
    units: text('persons'),
    years: [],
    notes: text(''),
    scheme: '2014',
    columns: [
      { id: 'mining', title: text('Mining'), unit: text('persons') },
      { id: 'trade', title: text('Trade'), unit: text('persons') },
    ],
    rows: [row('KZ-KAR', 10, 30), row('KZ-ALA', 30, 30)],
  };
}

afterEach(cleanup);

const setup = () => renderAnalysisView(SpecialisationView, 'specialisation', 'en');

describe('SpecialisationView', () => {
  it('SpecialisationView shows an empty state with a template, not invented LQ data, until a matrix is loaded', async () => {
    await setup();
    const empty = screen.getByTestId('lq-empty');
    expect(empty.textContent).toMatch(/No regions × industries matrix loaded/);
    expect(screen.getByTestId('lq-template')).toBeTruthy();
    expect(screen.queryByTestId('lq-heatmap')).toBeNull();
    expect(screen.queryByTestId('krugman-map')).toBeNull();
  });

  it("SpecialisationView maps seed 004 Table 7 with '-' regions hatched and the five IT-cluster sites", async () => {
    const { store } = await setup();
    const map = screen.getByTestId('it-map');
    expect(map.querySelectorAll('path[data-region]')).toHaveLength(16);
    const hatched = () =>
      [...map.querySelectorAll('path[data-nodata="true"]')].map((p) =>
        p.getAttribute('data-region'),
      );
    expect(hatched().sort()).toEqual(['KZ-ATY', 'KZ-KUS', 'KZ-KZY']);
    expect(within(map).getAllByTestId('site-marker')).toHaveLength(5);
    expect(map.textContent).toContain('no data');
    expect(screen.getByTestId('it-label').textContent).toMatch(/modified KSI/);
    act(() => store.getState().setYear(2010));
    expect(hatched().sort()).toEqual(['KZ-ATY', 'KZ-KUS', 'KZ-KZY', 'KZ-MAN', 'KZ-PAV']);
    fireEvent.click(map.querySelector('path[data-region="KZ-ALA"]')!);
    expect(store.getState().view.selected).toEqual(['KZ-ALA']);
  });

  it("SpecialisationView lists seed 002 Table 3's multipliers with provenance", async () => {
    await setup();
    const table = screen.getByTestId('multipliers-table');
    expect(within(table).getAllByRole('row')).toHaveLength(5);
    expect(table.textContent).toContain('1.806');
    expect(screen.getByTestId('multipliers').textContent).toMatch(/Table 3/);
  });

  it('SpecialisationView computes LQ, Krugman index and shares from a table imported on #/data', async () => {
    const { store, settle } = await setup();
    act(() =>
      store.getState().addUserDataset({
        id: 'user-1',
        fileName: 'employment.csv',
        importedAt: '2024-05-01T00:00:00Z',
        table: userTable(),
        year: 2014,
        mapping: {},
      }),
    );
    fireEvent.change(screen.getByTestId('lq-user-dataset'), { target: { value: 'user-1' } });
    expect(store.getState().view.specialisationTable).toBe('user-1');
    await settle();
    expect(screen.queryByTestId('lq-empty')).toBeNull();
    const heat = screen.getByTestId('lq-heatmap');
    const cells = within(heat).getAllByTestId('heatmap-cell');
    expect(cells.map((c) => c.textContent)).toEqual(['0.63', '1.25', '1.25', '0.83']);
    expect(cells.map((c) => c.getAttribute('data-marked'))).toEqual([
      'false',
      'true',
      'true',
      'false',
    ]);
    // KSI_r = sum_i |E_ir/E_r - E_i/E|: Karaganda |0.25 - 0.4| + |0.75 - 0.6| = 0.3.
    expect(
      screen
        .getByTestId('krugman-map')
        .querySelector('path[data-region="KZ-KAR"]')
        ?.getAttribute('aria-label'),
    ).toContain('0.300');
    expect(screen.getByTestId('shares-table').textContent).toContain('25.0 %');
    expect(document.body.textContent).not.toMatch(/NaN|undefined|Infinity/);
  });
});
