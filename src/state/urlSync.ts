/**
 * Keeps the location hash and the store in step. A route change pushes a history entry
 * (so Back works between views); any other change replaces the current entry.
 */
import type { AppStore } from './store.ts';
import { decodeHash, encodeHash } from './url.ts';

export interface UrlWindow {
  location: { hash: string };
  history: { replaceState: (data: unknown, unused: string, url: string) => void };
  addEventListener: (type: 'hashchange', f: () => void) => void;
  removeEventListener: (type: 'hashchange', f: () => void) => void;
}

/** Apply the hash to the store now and follow both ways from then on; returns the disconnect. */
export function connectUrl(store: AppStore, win: UrlWindow, routes: readonly string[]): () => void {
  let lastWritten = '';

  const apply = () => {
    const parsed = decodeHash(win.location.hash, routes);
    const s = store.getState();
    if (parsed.hadState) {
      // Opening a link is not an edit: replace the spec without an undo step.
      if (JSON.stringify(parsed.spec) !== JSON.stringify(s.spec))
        store.setState({ spec: parsed.spec });
      s.setView({ ...parsed.view, presentation: s.view.presentation });
    } else {
      s.setRoute(parsed.route);
    }
    s.setNotices(parsed.issues);
  };

  const write = () => {
    const { spec, view } = store.getState();
    const hash = encodeHash(view.route, spec, view);
    if (hash === win.location.hash || hash === lastWritten) return;
    const currentRoute = decodeHash(win.location.hash).route;
    lastWritten = hash;
    if (currentRoute !== view.route) win.location.hash = hash;
    else win.history.replaceState(null, '', hash);
  };

  const onHash = () => {
    if (win.location.hash === lastWritten) return;
    apply();
  };

  apply();
  write();
  const unsub = store.subscribe((s, prev) => {
    if (s.spec !== prev.spec || s.view !== prev.view) write();
  });
  win.addEventListener('hashchange', onHash);
  return () => {
    unsub();
    win.removeEventListener('hashchange', onHash);
  };
}
