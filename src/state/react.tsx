/** The React binding: one store per app in a context, read with selectors. */
import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { LanguageContext } from '../i18n/language.tsx';
import type { AppState, AppStore } from './store.ts';

const StoreContext = createContext<AppStore | null>(null);

/** The store, and the interface language it holds for i18n's useT(). */
export function StoreProvider({ store, children }: { store: AppStore; children: ReactNode }) {
  return (
    <StoreContext.Provider value={store}>
      <LanguageFromStore>{children}</LanguageFromStore>
    </StoreContext.Provider>
  );
}

function LanguageFromStore({ children }: { children: ReactNode }) {
  const lang = useAppStore((s) => s.view.language);
  return <LanguageContext.Provider value={lang}>{children}</LanguageContext.Provider>;
}

/** The store itself, for actions and for non-rendering subscriptions. */
export function useAppStoreApi(): AppStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useAppStore outside <StoreProvider>');
  return store;
}

/**
 * A slice of state through a selector. The selector must return a stable reference for
 * unchanged input (a field of the state, or a memoised selector from state/selectors.ts).
 */
export function useAppStore<T>(selector: (s: AppState) => T): T {
  return useStore(useAppStoreApi(), selector);
}
