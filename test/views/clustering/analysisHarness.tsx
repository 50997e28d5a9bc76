/**
 * Renders an analysis view as the app runs it: a store, the analysis controller
 * (state/analysisCompute.ts) on the in-thread compute client and the bundled datasets, and
 * the view reading the controller's results. `settle()` waits until every run has landed.
 */
import { act, render } from '@testing-library/react';
import type { ComponentType } from 'react';
import { connectAnalyses } from '../../../src/state/analysisCompute.ts';
import { loadBundledDatasets } from '../../../src/state/datasets.ts';
import { StoreProvider } from '../../../src/state/react.tsx';
import { createAppStore, type AppStore } from '../../../src/state/store.ts';
import { defaultView } from '../../../src/state/viewState.ts';
import type { Lang } from '../../../src/data/types.ts';
import { createComputeClient } from '../../../src/worker/client.ts';

export interface Rendered {
  store: AppStore;
  /** Wait (inside act) until the controller's queued runs are in the store. */
  settle: () => Promise<void>;
}

export async function renderAnalysisView(
  View: ComponentType,
  route: string,
  language: Lang = 'ru',
): Promise<Rendered> {
  const store = createAppStore({ view: { ...defaultView(), route, language } });
  const conn = connectAnalyses(
    store,
    createComputeClient({ makeWorker: null }),
    loadBundledDatasets,
  );
  render(
    <StoreProvider store={store}>
      <View />
    </StoreProvider>,
  );
  const settle = () => act(() => conn.idle());
  await settle();
  return { store, settle };
}
