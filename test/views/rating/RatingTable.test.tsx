// @vitest-environment jsdom
/**
 * The rating view rendered with the real bundled data (seed 004 Tables 2-5 via the catalogue)
 * through the real compute controller, in-thread. Reference values: Table 6 of seed 004
 * (Almaty city first in 2014, published 65.69; our recomputation 65.67, within 0.06), and the
 * dataset notes (South Kazakhstan 2014: 45.27 recomputed vs 30.28 published).
 */
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { connectCompute } from '../../../src/state/compute.ts';
import { loadBundledDatasets } from '../../../src/state/datasets.ts';
import { StoreProvider } from '../../../src/state/react.tsx';
import { createAppStore } from '../../../src/state/store.ts';
import { defaultView } from '../../../src/state/viewState.ts';
import RatingView from '../../../src/views/rating/RatingView.tsx';
import { createComputeClient } from '../../../src/worker/client.ts';

afterEach(cleanup);

async function setup(language: 'ru' | 'en' = 'en') {
  const store = createAppStore({ view: { ...defaultView(), route: 'rating', language } });
  const conn = connectCompute(
    store,
    createComputeClient({ makeWorker: null }),
    loadBundledDatasets,
  );
  await conn.idle();
  render(
    <StoreProvider store={store}>
      <RatingView />
    </StoreProvider>,
  );
  return { store, conn };
}

const regionsInOrder = () =>
  Array.from(screen.getByTestId('rating-table').querySelectorAll('tbody tr[data-region]'), (tr) =>
    tr.getAttribute('data-region'),
  );

describe('RatingView with the bundled data', () => {
  it('RatingTable shows 16 regions, Almaty city first in 2014 with index 65.67', async () => {
    await setup('en');
    const rows = screen.getByTestId('rating-table').querySelectorAll('tbody tr[data-region]');
    expect(rows).toHaveLength(16);
    const first = rows[0] as HTMLElement;
    expect(first.getAttribute('data-region')).toBe('KZ-ALA');
    expect(within(first).getAllByRole('cell')[0].textContent).toBe('1');
    expect(first.textContent).toContain('65.67');
    // Published beside recomputed (Table 6: 65,69, class В++ printed, B++ in Latin).
    expect(first.textContent).toContain('65.69');
    expect(first.textContent).toContain('B++');
    expect(screen.getByTestId('rating-table').textContent).not.toMatch(/NaN|undefined/);
  });

  it('RatingTable flags South Kazakhstan 2014 (45.27 vs 30.28) and points to the notes', async () => {
    await setup('en');
    const yuz = screen.getByTestId('rating-table').querySelector('tr[data-region="KZ-YUZ"]')!;
    expect(yuz.textContent).toContain('45.27');
    expect(yuz.textContent).toContain('30.28');
    expect(yuz.querySelector('.flag')).not.toBeNull();
    // Almaty city's difference (-0.02) is within 0.06: no flag.
    const ala = screen.getByTestId('rating-table').querySelector('tr[data-region="KZ-ALA"]')!;
    expect(ala.querySelector('.flag')).toBeNull();
    const notes = screen.getByTestId('published-notes');
    expect(screen.getByTestId('flagged-list').textContent).toContain('South Kazakhstan');
    expect(notes.textContent).toContain('45.27 recomputed, 30.28 published');
  });

  it('RatingTable shows a rank interval with class shares for every region', async () => {
    const { store } = await setup('en');
    expect(store.getState().results.sensitivityYear).toBe(2014);
    const cells = screen.getByTestId('rating-table').querySelectorAll('.uncertainty-cell');
    expect(cells).toHaveLength(16);
    const tip = cells[0].querySelector('[role="tooltip"]')!;
    expect(cells[0].getAttribute('tabindex')).toBe('0');
    expect(cells[0].getAttribute('aria-describedby')).toBe(tip.id);
    expect(tip.textContent).toMatch(/^Rank 1; median 1; 90% interval 1–\d+/);
    expect(tip.textContent).toMatch(/Classes over the runs: (A|B)\S*\s\d+\s%/);
  });

  it('shows the class shares as a column and exports them, one share column per class', async () => {
    const { store } = await setup('en');
    const sens = store.getState().results.sensitivity!;
    const odds = screen.getAllByTestId('class-odds');
    expect(odds).toHaveLength(16);
    // The column says what the tooltip says: each region's classes over the runs, largest first.
    const cells = screen.getByTestId('rating-table').querySelectorAll('.uncertainty-cell');
    cells.forEach((c, k) =>
      expect(c.querySelector('[role="tooltip"]')!.textContent).toContain(odds[k].textContent),
    );
    const blobs: Blob[] = [];
    const create = URL.createObjectURL;
    URL.createObjectURL = ((b: Blob) => (blobs.push(b), 'blob:x')) as typeof URL.createObjectURL;
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    try {
      fireEvent.click(screen.getByTestId('rating-export-csv'));
      await vi.waitFor(() => expect(blobs).toHaveLength(1));
    } finally {
      URL.createObjectURL = create;
      click.mockRestore();
    }
    const lines = (await blobs[0].text()).replace(/^\ufeff/, '').split(/\r?\n/);
    const sep = lines[0].includes(';') ? ';' : ',';
    const head = lines[0].split(sep);
    const shareCols = head.filter((h) => h.startsWith('share_'));
    expect(shareCols.length).toBeGreaterThan(0);
    // Every region's shares: those of the sensitivity run (its own counts), summing to 1.
    for (const u of sens.units) {
      const row = lines.find((l) => l.split(sep)[1] === u.unit)!.split(sep);
      const shares = shareCols.map((h) => Number(row[head.indexOf(h)]));
      expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
      for (const h of shareCols)
        expect(Number(row[head.indexOf(h)])).toBeCloseTo(u.classes[h.slice(6)] ?? 0, 9);
    }
  });

  it('moving the S_A weight slider changes the order and the intervals follow', async () => {
    const { store, conn } = await setup('en');
    const before = regionsInOrder();
    const sensBefore = store.getState().results.sensitivity;
    await act(async () => {
      fireEvent.change(screen.getByTestId('weight-S_A'), { target: { value: '3' } });
      await conn.idle();
    });
    const after = regionsInOrder();
    expect(after).toHaveLength(16);
    expect(after).not.toEqual(before);
    expect(new Set(after)).toEqual(new Set(before));
    const sensAfter = store.getState().results.sensitivity;
    expect(sensAfter).not.toBe(sensBefore);
    // The interval's nominal rank is the table's rank under the new weights.
    const r = store.getState().results.rating[2014]!;
    for (const u of sensAfter!.units) expect(u.nominal).toBe(r.rank[r.units.indexOf(u.unit)]);
    // With custom weights no difference from Table 6 is computed, so nothing is flagged.
    expect(screen.getByTestId('rating-table').querySelectorAll('.flag')).toHaveLength(0);
  });

  it('formats numbers in the interface language (Russian decimal comma)', async () => {
    await setup('ru');
    const first = screen.getByTestId('rating-table').querySelector('tbody tr')!;
    expect(first.textContent).toContain('65,67');
  });
});
