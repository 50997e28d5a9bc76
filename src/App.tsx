import { StoreProvider } from './state/react.tsx';
import type { AppStore } from './state/store.ts';
import { AppShell } from './views/layout/AppShell.tsx';

/** The application for a given store (main.tsx creates and connects it; tests pass their own). */
export function App({ store }: { store: AppStore }) {
  return (
    <StoreProvider store={store}>
      <AppShell />
    </StoreProvider>
  );
}
