// @vitest-environment jsdom
/**
 * Issue 8, item 3: a study that names files this machine does not have (a link too large to
 * carry them) says which to import, in the interface language, with the import button beside
 * each: the boundary file of the user's own units first, then the table. The button leads to
 * the import on #/data.
 */
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { StoreProvider } from '../../../src/state/react.tsx';
import { createAppStore } from '../../../src/state/store.ts';
import { StudyData } from '../../../src/views/layout/StudyData.tsx';
import { getDataset } from '../../../src/data/datasets/catalogue.ts';
import type { TableDataset } from '../../../src/data/types.ts';
import { INDUSTRIES_DATASET } from '../../../src/state/analysisCompute.ts';
import { activateDataset } from '../../../src/views/import/activate.ts';

afterEach(cleanup);

const BOUNDS = 'a'.repeat(64);
const TABLE = 'b'.repeat(64);

function show(lang: 'ru' | 'kk' | 'en', units = true) {
  const store = createAppStore();
  const spec = store.getState().spec;
  store.getState().setSpec({
    ...spec,
    data: {
      ...spec.data,
      table: {
        source: 'user',
        fileName: 'districts.csv',
        sha256: TABLE,
        rows: 11,
        importedAt: '2026-12-02T00:00:00.000Z',
        columns: [],
      },
      boundaries: {
        source: 'user',
        fileName: 'districts.geojson',
        sha256: BOUNDS,
        ...(units ? { units: { key: 'KATO', name: 'name_ru' } } : {}),
      },
    },
  });
  store.getState().setLanguage(lang);
  render(
    <StoreProvider store={store}>
      <StudyData />
    </StoreProvider>,
  );
  return store;
}

describe('StudyData: files to import', () => {
  it.each([
    [
      'ru',
      'Единицы исследования по ссылке заданы файлом границ «districts.geojson» (SHA-256 aaaaaaaaaaaa).',
      'Импортировать файл',
    ],
    [
      'kk',
      'Сілтемедегі зерттеудің бірліктері «districts.geojson» шекаралар файлынан алынған (SHA-256 aaaaaaaaaaaa).',
      'Файлды импорттау',
    ],
    [
      'en',
      'The study in this link draws its units from the boundary file “districts.geojson” (SHA-256 aaaaaaaaaaaa).',
      'Import the file',
    ],
  ] as const)(
    'in %s: the boundary file, then the table, each with its button',
    async (lang, text, button) => {
      const store = show(lang);
      const alerts = screen.getAllByRole('alert');
      expect(alerts.map((a) => a.getAttribute('data-testid'))).toEqual([
        'study-missing-boundaries',
        'study-missing',
      ]);
      expect(alerts[0].textContent).toContain(text);
      expect(alerts[1].textContent).toContain('districts.csv');
      expect(alerts[1].textContent).toContain('bbbbbbbbbbbb');
      const buttons = screen.getAllByRole('button');
      expect(buttons.map((b) => b.textContent)).toEqual([button, button]);
      fireEvent.click(buttons[0]);
      expect(store.getState().view.route).toBe('data');
      // The button focuses the import on #/data a moment later: let that happen while the
      // document still exists (an unhandled error after the file's teardown otherwise).
      await new Promise((r) => setTimeout(r, 80));
    },
  );

  it('a boundary set of regions (no units of the user’s own) asks only for the table', () => {
    show('en', false);
    expect(screen.getAllByRole('alert').map((a) => a.getAttribute('data-testid'))).toEqual([
      'study-missing',
    ]);
  });
});

describe('StudyData: the table the view on screen analyses', () => {
  function withFirms(route: string) {
    const store = createAppStore();
    store.getState().setLanguage('en');
    const base = getDataset('innovation-2014') as TableDataset;
    store.getState().setData({
      datasets: { [INDUSTRIES_DATASET]: getDataset(INDUSTRIES_DATASET)!, 'innovation-2014': base },
    });
    store.getState().addUserDataset({
      id: 'user-1',
      fileName: 'firms.csv',
      importedAt: '2026-12-03T00:00:00.000Z',
      year: 2014,
      mapping: { S_D: base.columns[0].id },
      table: { ...base, id: 'user-1' },
    });
    store.getState().setRoute(route);
    return store;
  }
  const line = () => screen.getByTestId('study-data').textContent ?? '';

  it('names a table picked on #/clustering, not the bundled citation', () => {
    const store = withFirms('clustering');
    store.getState().setClusterTable('user-1');
    render(
      <StoreProvider store={store}>
        <StudyData />
      </StoreProvider>,
    );
    expect(line()).toContain('firms.csv');
    expect(line()).not.toMatch(/Kireeva/);
  });

  it('cites seed 002 on #/factors over its industries, even while the study runs on a user table', () => {
    const store = withFirms('factors');
    expect(activateDataset(store, 'user-1')).toBe(true);
    store.getState().setFactorSource('industries');
    render(
      <StoreProvider store={store}>
        <StudyData />
      </StoreProvider>,
    );
    expect(line()).toMatch(/Kozlova, Denisova/);
    expect(line()).not.toContain('firms.csv');
    cleanup();
    store.getState().setFactorSource('regions');
    render(
      <StoreProvider store={store}>
        <StudyData />
      </StoreProvider>,
    );
    expect(line()).toContain('firms.csv');
  });
});
