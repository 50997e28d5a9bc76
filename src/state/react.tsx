/** The React binding: one store per app in a context, read with selectors. */
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { Lang } from '../data/types.ts';
import { hasDictionary, loadDictionary } from '../i18n/dictionaries.ts';
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

/**
 * The interface language once its dictionary is loaded (i18n/dictionaries.ts): a switch from
 * the header, the address or a project file keeps the old language on screen for the moment the
 * new dictionary takes to arrive, so no raw message key is ever rendered.
 */
function LanguageFromStore({ children }: { children: ReactNode }) {
  const wanted = useAppStore((s) => s.view.language);
  const [ready, setReady] = useState<Lang>(wanted);
  useEffect(() => {
    let live = true;
    if (!hasDictionary(wanted))
      void loadDictionary(wanted).then(
        () => {
          if (live) setReady(wanted);
        },
        // Offline and not cached: stay in the language on screen rather than show raw keys.
        (e: unknown) => console.error('atlas: the interface dictionary could not be loaded', e),
      );
    return () => {
      live = false;
    };
  }, [wanted]);
  const lang = hasDictionary(wanted) ? wanted : hasDictionary(ready) ? ready : wanted;
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
