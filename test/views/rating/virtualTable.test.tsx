// @vitest-environment jsdom
/**
 * The rating table above VIRTUAL_ROWS rows (src/views/rating/RatingTable.tsx): only the rows in
 * view are in the DOM, while aria-rowcount / aria-rowindex give the full table, and the rows
 * drawn are the top of the same ranking the core computes. Data: the benchmark's hexagon grid.
 */
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { connectCompute } from '../../../src/state/compute.ts';
import { loadBundledDatasets } from '../../../src/state/datasets.ts';
import { StoreProvider } from '../../../src/state/react.tsx';
import { createAppStore } from '../../../src/state/store.ts';
import { defaultView } from '../../../src/state/viewState.ts';
import { applyBenchLink } from '../../../bench/ui/hexGrid.ts';
import {
  RatingTable,
  visibleWindow,
  VIRTUAL_ROWS,
} from '../../../src/views/rating/RatingTable.tsx';
import { createComputeClient } from '../../../src/worker/client.ts';

afterEach(cleanup);

describe('visibleWindow()', () => {
  it('visibleWindow() covers the rows in view plus the overscan, clamped to the table', () => {
    expect(visibleWindow(1000, 0, 330, 33, 5)).toEqual({ start: 0, end: 16 });
    expect(visibleWindow(1000, 3300, 330, 33, 5)).toEqual({ start: 95, end: 116 });
    expect(visibleWindow(1000, 33000, 330, 33, 5)).toEqual({ start: 995, end: 1000 });
    expect(visibleWindow(0, 0, 330, 33, 5)).toEqual({ start: 0, end: 0 });
  });
});

describe('RatingTable with thousands of rows', () => {
  it('RatingTable renders a window of 1,000 rows with the full size for screen readers', async () => {
    const store = createAppStore({ view: { ...defaultView(), route: 'rating', language: 'en' } });
    const conn = connectCompute(
      store,
      createComputeClient({ makeWorker: null }),
      loadBundledDatasets,
    );
    await conn.idle();
    applyBenchLink(store, '#/rating?bench=hex&n=1000', {});
    await conn.idle();
    render(
      <StoreProvider store={store}>
        <RatingTable />
      </StoreProvider>,
    );
    const table = screen.getByTestId('rating-table');
    const rows = table.querySelectorAll('tbody tr[data-region]');
    expect(VIRTUAL_ROWS).toBeLessThan(1000);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThan(100);
    expect(table.getAttribute('aria-rowcount')).toBe('1001');
    expect(rows[0].getAttribute('aria-rowindex')).toBe('2');
    // The rows drawn are the top of the ranking, in order.
    const r = store.getState().results.rating[2014]!;
    const byRank = r.units.map((u, i) => [u, r.rank[i]] as const).sort((a, b) => a[1] - b[1]);
    expect(Array.from(rows, (tr) => tr.getAttribute('data-region'))).toEqual(
      byRank.slice(0, rows.length).map(([u]) => u),
    );
    // The spacer below stands for the rows not drawn.
    expect(table.querySelectorAll('tbody tr.spacer')).toHaveLength(1);

    // Scrolled down, the window moves: later rows, their true row indices.
    const box = table.closest('.rating-scroll') as HTMLElement;
    Object.defineProperty(box, 'clientHeight', { value: 330, configurable: true });
    box.scrollTop = 33 * 500;
    await act(async () => {
      fireEvent.scroll(box);
    });
    const moved = table.querySelectorAll('tbody tr[data-region]');
    const first = Number(moved[0].getAttribute('aria-rowindex'));
    expect(first).toBeGreaterThan(400);
    expect(first).toBeLessThan(510);
    expect(moved[0].getAttribute('data-region')).toBe(byRank[first - 2][0]);
    expect(table.querySelectorAll('tbody tr.spacer')).toHaveLength(2);
  });
});
