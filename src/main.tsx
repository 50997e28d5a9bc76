import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { connectCompute } from './state/compute.ts';
import { loadBundledDatasets } from './state/datasets.ts';
import { createAppStore } from './state/store.ts';
import { connectUrl } from './state/urlSync.ts';
import { ROUTE_IDS } from './views/routes.ts';
import { createComputeClient } from './worker/client.ts';
import './styles/app.css';
import './styles/print.css';

const store = createAppStore();
connectUrl(store, window, ROUTE_IDS);
connectCompute(store, createComputeClient(), loadBundledDatasets);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App store={store} />
  </StrictMode>,
);
