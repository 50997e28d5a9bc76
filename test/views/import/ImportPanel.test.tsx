// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { StoreProvider } from '../../../src/state/react.tsx';
import { createAppStore, type AppStore } from '../../../src/state/store.ts';
import { ImportPanel } from '../../../src/views/import/ImportPanel.tsx';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/readers');
const fixture = (name: string) => new Uint8Array(readFileSync(join(FIXTURES, name)));

function mount(lang: 'ru' | 'en' = 'en'): AppStore {
  const store = createAppStore();
  store.getState().setLanguage(lang);
  render(
    <StoreProvider store={store}>
      <ImportPanel />
    </StoreProvider>,
  );
  return store;
}

async function upload(bytes: Uint8Array, name: string, type = 'text/csv') {
  const input = screen.getByTestId('import-file') as HTMLInputElement;
  const file = new File([bytes.slice().buffer], name, { type });
  await act(async () => {
    fireEvent.change(input, { target: { files: [file] } });
  });
  await waitFor(() => expect(screen.getByTestId('import-report')).toBeTruthy());
}

afterEach(cleanup);

describe('ImportPanel', () => {
  it('ImportPanel adds the Russian-locale CSV (Windows-1251, semicolons) as a user dataset listed by file name', async () => {
    const store = mount('ru');
    await upload(fixture('kireeva-2010-table2-cp1251.csv'), 'kireeva-2010-table2-cp1251.csv');
    const list = screen.getByTestId('user-datasets');
    expect(within(list).getByText('kireeva-2010-table2-cp1251.csv')).toBeTruthy();
    const ds = store.getState().userData.datasets;
    expect(ds).toHaveLength(1);
    // Seed 004, Table 2 (2010): Akmola GRP 585 965,4 million tenge, printed as in the file.
    const akm = ds[0].table.rows.find((r) => r.key === 'KZ-AKM')!;
    const grp = ds[0].table.columns.find((c) => c.id.startsWith('Валовой'))!;
    expect(akm.cells[grp.id].value).toBe(585965.4);
    expect(akm.cells[grp.id].source.row).toBe('2');
    expect(ds[0].table.rows).toHaveLength(16);
    // The preview shows each column's detected type, editable.
    expect(screen.getByTestId('import-columns')).toBeTruthy();
    expect(screen.getByTestId('import-report').textContent).toContain('Загружено');
  });

  it('ImportPanel reports a broken CSV with the rows and columns of every problem and adds nothing', async () => {
    const store = mount('en');
    await upload(fixture('broken-text-in-numbers.csv'), 'broken-text-in-numbers.csv');
    const report = screen.getByTestId('import-report');
    const items = within(report)
      .getAllByTestId('import-issue')
      .map((li) => li.textContent ?? '');
    // 'about a million' in row 3, column B; 'lots' in row 5, column B... as a spreadsheet shows them.
    expect(items.some((t) => t.includes('row 3, column B'))).toBe(true);
    expect(items.some((t) => t.includes('‘about a million’ is not a number'))).toBe(true);
    expect(items.some((t) => t.includes('‘lots’'))).toBe(true);
    expect(report.textContent).toContain('Not imported');
    expect(store.getState().userData.datasets).toHaveLength(0);
    expect(report.textContent).not.toMatch(/NaN|undefined/);
  });

  it('ImportPanel lists unmatched region names with ranked suggestions the user can accept', async () => {
    const store = mount('en');
    await upload(fixture('broken-unknown-regions.csv'), 'broken-unknown-regions.csv');
    const unmatched = screen.getByTestId('import-unmatched');
    expect(unmatched.textContent).toContain('Atlantis');
    expect(unmatched.textContent).toContain('Ust-Kamenogorsk');
    // Accept the suggestion for Ust-Kamenogorsk: East Kazakhstan.
    const matching = screen.getByTestId('import-matching');
    const label = within(matching).getByText(/Ust-Kamenogorsk/);
    const select = document.getElementById(label.getAttribute('for')!) as HTMLSelectElement;
    const option = [...select.options].find((o) => o.value === 'KZ-VOS')!;
    expect(option).toBeTruthy();
    await act(async () => {
      fireEvent.change(select, { target: { value: 'KZ-VOS' } });
    });
    const ds = store.getState().userData.datasets[0];
    expect(ds.table.rows.some((r) => r.key === 'KZ-VOS' && r.label === 'Ust-Kamenogorsk')).toBe(
      true,
    );
  });

  it('ImportPanel renders names with <script> as text, never as markup', async () => {
    const csv =
      'Region,"<img src=x onerror=alert(1)> GRP"\r\n' +
      '<script>alert("x")</script>,1\r\nAkmola,2\r\nAktobe,3\r\n';
    const store = mount('en');
    await upload(new TextEncoder().encode(csv), '<script>evil</script>.csv');
    expect(document.querySelector('script')).toBeNull();
    expect(document.querySelector('img')).toBeNull();
    expect(screen.getByTestId('import-report').textContent).toContain('<script>evil</script>.csv');
    expect(screen.getByTestId('import-unmatched').textContent).toContain(
      '<script>alert("x")</script>',
    );
    expect(
      within(screen.getByTestId('user-datasets')).getByText('<script>evil</script>.csv'),
    ).toBeTruthy();
    expect(screen.getByTestId('import-columns').textContent).toContain(
      '<img src=x onerror=alert(1)> GRP',
    );
    expect(store.getState().userData.datasets).toHaveLength(1);
  });

  it('ImportPanel makes an imported 20-region boundary file the active boundary set and shows the join report', async () => {
    const store = mount('en');
    await upload(
      fixture('regions-current-synthetic.geojson'),
      'regions-current-synthetic.geojson',
      'application/geo+json',
    );
    const u = store.getState().userData;
    expect(u.boundaries).toHaveLength(1);
    expect(u.activeBoundaries).toBe(u.boundaries[0].id);
    const ids = u.boundaries[0].features.features.map((f) => f.id);
    expect(ids).toHaveLength(20);
    expect(ids).toContain('KZ-79'); // Shymkent
    expect(screen.getByTestId('join-report')).toBeTruthy();
  });

  it('ImportPanel keeps the current work when a project file is damaged', async () => {
    const store = mount('en');
    await upload(fixture('kireeva-2010-table2-utf8bom.csv'), 'table.csv');
    const bad = JSON.stringify({
      format: 'kz-cluster-atlas-project',
      version: 1,
      spec: { rating: 7 },
    });
    await upload(new TextEncoder().encode(bad), 'project.json', 'application/json');
    expect(screen.getByTestId('import-report').textContent).toContain('Not imported');
    expect(store.getState().userData.datasets.map((d) => d.fileName)).toEqual(['table.csv']);
  });
});
