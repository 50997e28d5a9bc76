/** The React binding: one store per app in a context, read with selectors. */
import {
  createContext,
  useContext,
  useDeferredValue,
  useEffect,
  useState,
  type ReactNode,
} from 'react';
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

/** The names of the store's actions (its function-valued fields). */
export type ActionName = {
  [K in keyof AppState]: AppState[K] extends (...args: never[]) => unknown ? K : never;
}[keyof AppState];

/**
 * One of the store's actions, without subscribing to the state. Actions are made once with
 * the store, so reading one never needs a re-render; `useAppStore((s) => s.setX)` would
 * still run its selector at every store update, and an index editor with 30 indicators held
 * hundreds of those (bench:ui, issue 9 item 1).
 */
export function useAction<K extends ActionName>(name: K): AppState[K] {
  return useAppStoreApi().getState()[name];
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
  const deferred = useContext(DeferredStateContext);
  // Inside <DeferredStore> the state comes from its (deferred) snapshot; the hook still
  // subscribes, with a constant selector, so the hooks' order never depends on the context.
  const live = useStore(useAppStoreApi(), deferred ? constant : selector);
  return deferred ? selector(deferred) : (live as T);
}

const constant = () => null;

const DeferredStateContext = createContext<AppState | null>(null);

/**
 * Lets panels that only display results (charts, secondary tables) follow the store one
 * render behind a slider step: React's useDeferredValue gives them the old state during the
 * step's urgent render and renders them with the new one in the background, in slices that
 * yield to the next input (issue 9: at most 16 ms of main-thread work per slider step with a
 * 30-indicator tree; docs/architecture.md, "the flow of one interaction"). The rating table,
 * the map and the weight controls stay outside it and repaint in the step's own frame.
 * Children must be memo() components: a panel re-created by its parent would render anyway.
 * Nothing inside may be a controlled input bound to the store (it would show the old value
 * for a frame); panels' own local state (open, chosen method) is not affected.
 */
export function DeferredStore({ children }: { children: ReactNode }) {
  const state = useStore(useAppStoreApi());
  const deferred = useDeferredValue(state);
  return <DeferredStateContext.Provider value={deferred}>{children}</DeferredStateContext.Provider>;
}
