// @vitest-environment jsdom
/**
 * The rating view rendered with the real bundled data (seed 004 Tables 2-5 via the catalogue)
 * through the real compute controller, in-thread. Reference values: Table 6 of seed 004
 * (Almaty city first in 2014, published 65.69; our recomputation 65.67, within 0.06), and the
 * dataset notes (South Kazakhstan 2014: 45.27 recomputed vs 30.28 published).
 */
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
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
