/**
 * Starts the dashboard in `root`: the store, the address sync, the compute workers, the stored
 * user data, then the React tree. Returns the store. The app's entry (main.tsx) calls it; the
 * UI benchmark's own build (bench/ui/main.ts) calls it too and adds its synthetic data.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { loadDictionary } from './i18n/dictionaries.ts';
import { loadIssueCatalogue } from './i18n/issueCatalogue.ts';
import { connectAnalyses } from './state/analysisCompute.ts';
import { connectCompute } from './state/compute.ts';
import { loadBundledDatasets } from './state/datasets.ts';
import { ensureBrowserPersistence } from './state/persistence/persist.ts';
import { createAppStore, type AppStore } from './state/store.ts';
import { connectUrl } from './state/urlSync.ts';
import { ROUTE_IDS } from './views/routes.ts';
import { createComputeClient } from './worker/client.ts';
import { activeUserBoundaries } from './state/userData.ts';
import { setUnitNames } from './data/units/unitNames.ts';
import './styles/app.css';
import './styles/print.css';

export function startApp(root: HTMLElement): AppStore {
  const store = createAppStore();
  // Names of the user's own units (districts, hexagons) for every view that shows a unit by
  // code; subscribed before the React tree, so views render with the new names.
  const unitNames = () => setUnitNames(activeUserBoundaries(store.getState().userData)?.units);
  store.subscribe(unitNames);
  unitNames();
  connectUrl(store, window, ROUTE_IDS);
  connectCompute(store, createComputeClient(), loadBundledDatasets);
  connectAnalyses(store, createComputeClient(), loadBundledDatasets);
  // Restore the user's imported data and saved analyses at start, not only when #/data opens,
  // so a reload on #/map still shows an imported boundary set.
  void ensureBrowserPersistence(store);
  // Only the interface language's dictionary is fetched before the first paint; the issue
  // catalogue follows when the browser is idle, so a report rarely waits for it.
  // A failed fetch (offline before the first visit cached it) must not leave a blank page:
  // the app renders anyway and translate() falls back to whatever dictionary is there.
  const dictionaryReady = loadDictionary(store.getState().view.language).catch((e: unknown) =>
    console.error('atlas: the interface dictionary could not be loaded', e),
  );
  void dictionaryReady.then(() => {
    createRoot(root).render(
      <StrictMode>
        <App store={store} />
      </StrictMode>,
    );
    const idle = window.requestIdleCallback ?? ((f: () => void) => window.setTimeout(f, 200));
    // Only a prefetch: IssueText asks again when it needs the catalogue.
    idle(() => void loadIssueCatalogue().catch(() => undefined));
  });
  return store;
}
