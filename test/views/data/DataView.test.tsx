// @vitest-environment jsdom
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { StoreProvider } from '../../../src/state/react.tsx';
import { createAppStore } from '../../../src/state/store.ts';
import DataView from '../../../src/views/data/DataView.tsx';

afterEach(cleanup);

describe('DataView', () => {
  it('DataView lists every bundled table with notes and states the audit findings in sentences', async () => {
    const store = createAppStore();
    store.getState().setLanguage('en');
    render(
      <StoreProvider store={store}>
        <DataView />
      </StoreProvider>,
    );
    expect(screen.getByTestId('dataset-innovation-2014').textContent).toContain('Table 4');
    await waitFor(() => expect(screen.getAllByTestId('audit-finding').length).toBeGreaterThan(0), {
      timeout: 10000,
    });
    const sentences = screen.getAllByTestId('audit-finding').map((li) => li.textContent ?? '');
    // Seed 004, Table 4, row 14 (East Kazakhstan) prints labour productivity 2 063,15.
    const row14 = sentences.find((s) => s.startsWith('Table 4, row 14') && s.includes('2 063,15'));
    expect(row14).toBeTruthy();
    expect(sentences.join(' ')).not.toMatch(/NaN|undefined/);
    // Each figure's provenance is in its cell's title (hover) and accessible name (focus).
    const cell = screen.getByTestId('table-innovation-2010').querySelector('td[title]')!;
    // Cited by author, year and table, never by the seed file's name.
    expect(cell.getAttribute('title')).toMatch(/^Kireeva A\.A\. \(n\.d\.\), Table 2, row 1/);
    expect(cell.getAttribute('title')).not.toContain('.txt');
    expect(screen.getByTestId('ict-charts').querySelectorAll('svg').length).toBe(2);
  });
});
