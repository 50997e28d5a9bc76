import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { connectAnalyses } from './state/analysisCompute.ts';
import { connectCompute } from './state/compute.ts';
import { loadBundledDatasets } from './state/datasets.ts';
import { ensureBrowserPersistence } from './state/persistence/persist.ts';
import { createAppStore } from './state/store.ts';
import { connectUrl } from './state/urlSync.ts';
import { ROUTE_IDS } from './views/routes.ts';
import { createComputeClient } from './worker/client.ts';
import './styles/app.css';
import './styles/print.css';

const store = createAppStore();
// Benchmark mode (scripts/bench-ui.mjs), read before the URL sync rewrites the hash.
const benchHash = /[?&]bench=/.test(location.hash) ? location.hash : null;
connectUrl(store, window, ROUTE_IDS);
connectCompute(store, createComputeClient(), loadBundledDatasets);
connectAnalyses(store, createComputeClient(), loadBundledDatasets);
// Restore the user's imported data and saved analyses at start, not only when #/data opens,
// so a reload on #/map still shows an imported boundary set.
void ensureBrowserPersistence(store);
if (benchHash)
  void import('./views/bench/hexGrid.ts').then((m) =>
    m.applyBenchLink(store, benchHash, window as object),
  );

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App store={store} />
  </StrictMode>,
);
