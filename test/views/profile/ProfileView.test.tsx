// @vitest-environment jsdom
/**
 * The profile view with the real bundled data through the real compute controller. Reference:
 * seed 004 Table 6 (Almaty city leads 2014 with 65.69 published; 65.67 recomputed).
 */
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { connectCompute } from '../../../src/state/compute.ts';
import { loadBundledDatasets } from '../../../src/state/datasets.ts';
import { StoreProvider } from '../../../src/state/react.tsx';
import { createAppStore } from '../../../src/state/store.ts';
import { defaultView } from '../../../src/state/viewState.ts';
import ProfileView from '../../../src/views/profile/ProfileView.tsx';
import { createComputeClient } from '../../../src/worker/client.ts';

afterEach(cleanup);

async function setup() {
  const store = createAppStore({ view: { ...defaultView(), route: 'profile', language: 'en' } });
  const conn = connectCompute(
    store,
    createComputeClient({ makeWorker: null }),
    loadBundledDatasets,
  );
  await conn.idle();
  render(
    <StoreProvider store={store}>
      <ProfileView />
    </StoreProvider>,
  );
  return { store, conn };
}

describe('ProfileView', () => {
  it('shows the leader of the year when nothing is selected, without changing the selection', async () => {
    const { store } = await setup();
    expect(screen.getByTestId('profile-leader-note').textContent).toMatch(/Almaty/);
    const cards = screen.getAllByTestId('profile-card');
    expect(cards).toHaveLength(1);
    expect(cards[0].textContent).toContain('65.67');
    expect(store.getState().view.selected).toEqual([]);
    expect(document.body.textContent).not.toMatch(/NaN|undefined|Infinity/);
  });

  it('shows the selected regions instead of the leader once the user picks some', async () => {
    const { store } = await setup();
    act(() => {
      store.getState().toggleRegion('KZ-AKM');
      store.getState().toggleRegion('KZ-PAV');
    });
    expect(screen.queryByTestId('profile-leader-note')).toBeNull();
    expect(screen.getAllByTestId('profile-card')).toHaveLength(2);
  });
});
