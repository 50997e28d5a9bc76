// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { StoreProvider } from '../../../src/state/react.tsx';
import { createAppStore } from '../../../src/state/store.ts';
import SpecialisationView from '../../../src/views/specialisation/SpecialisationView.tsx';

afterEach(cleanup);

function setup() {
  const store = createAppStore();
  store.getState().setLanguage('en');
  render(
    <StoreProvider store={store}>
      <SpecialisationView />
    </StoreProvider>,
  );
  return store;
}

describe('SpecialisationView', () => {
  it('SpecialisationView shows an empty state with a template, not invented LQ data, until a matrix is loaded', () => {
    setup();
    const empty = screen.getByTestId('lq-empty');
    expect(empty.textContent).toMatch(/No regions × industries matrix loaded/);
    expect(screen.getByTestId('lq-template')).toBeTruthy();
    expect(screen.queryByTestId('lq-heatmap')).toBeNull();
    expect(screen.queryByTestId('krugman-map')).toBeNull();
  });

  it("SpecialisationView maps seed 004 Table 7 with '-' regions hatched and the five IT-cluster sites", () => {
    const store = setup();
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

  it("SpecialisationView lists seed 002 Table 3's multipliers with provenance", () => {
    setup();
    const table = screen.getByTestId('multipliers-table');
    expect(within(table).getAllByRole('row')).toHaveLength(5);
    expect(table.textContent).toContain('1.806');
    expect(screen.getByTestId('multipliers').textContent).toMatch(/Table 3/);
  });
});
