/**
 * Keeps the location hash and the store in step. A route change pushes a history entry
 * (so Back works between views) at once; any other change replaces the current entry once the
 * edits pause for WRITE_INTERVAL_MS, and at least every MAX_WAIT_MS while they go on: encoding
 * the spec (deflating an embedded table with it) and history.replaceState with a long address
 * cost several milliseconds of main thread, too much for a slider's every step
 * (bench/results/ui.md). The last change is always written: after the pause, and at once when
 * the page is hidden or left, so a copied or bookmarked address is never behind for long.
 */
import type { AppStore } from './store.ts';
import {
  activeUserDataset,
  applyStudy,
  boundaryHash,
  datasetFromEmbedded,
  datasetHash,
  embedTable,
  fileRefOf,
  studyOf,
  type EmbeddedTable,
} from './study.ts';
import { decodeHash, encodeHash } from './url.ts';
import {
  activeUserBoundaries,
  nextUserId,
  type UserBoundarySet,
  type UserDataset,
} from './userData.ts';

export interface UrlWindow {
  location: { hash: string };
  history: { replaceState: (data: unknown, unused: string, url: string) => void };
  addEventListener: (type: 'hashchange' | 'pagehide' | 'visibilitychange', f: () => void) => void;
  removeEventListener: (
    type: 'hashchange' | 'pagehide' | 'visibilitychange',
    f: () => void,
  ) => void;
}

/** Edits other than a route change reach the address once they pause this long... */
export const WRITE_INTERVAL_MS = 250;
/** ...or this long after the first edit not yet written, during a long drag. */
export const MAX_WAIT_MS = 1000;

/** Apply the hash to the store now and follow both ways from then on; returns the disconnect. */
export function connectUrl(
  store: AppStore,
  win: UrlWindow,
  routes: readonly string[],
  now: () => number = () => Date.now(),
): () => void {
  let lastWritten = '';
  let timer: ReturnType<typeof setTimeout> | null = null;
  // When the oldest edit not yet in the address was made (null: nothing pending).
  let pendingSince: number | null = null;

  const apply = () => {
    const s0 = store.getState();
    const parsed = decodeHash(win.location.hash, routes, {
      resolveTable: (id) => fileRefOf(s0.userData, id),
    });
    const t = parsed.spec.data.table;
    const b = parsed.spec.data.boundaries;
    // A link that carries a set of the user's own units: it joins the boundary sets (once).
    const eu = parsed.table?.units;
    if (
      eu &&
      b.source === 'user' &&
      !s0.userData.boundaries.some((x) => x.units && boundaryHash(x) === b.sha256)
    ) {
      s0.addUserBoundaries({
        id: nextUserId('bounds', s0.userData.boundaries),
        fileName: eu.fileName,
        importedAt: '',
        scheme: '2014',
        features: eu.features,
        report: { matched: 0, unmatched: [], duplicates: [], missing: [] },
        units: eu.units,
      });
    }
    // A link that carries the user's table: it joins the imported tables (once).
    if (
      parsed.table &&
      t.source === 'user' &&
      !s0.userData.datasets.some((d) => datasetHash(d) === t.sha256)
    ) {
      const id = nextUserId('user', s0.userData.datasets);
      s0.addUserDataset(
        datasetFromEmbedded(t, parsed.spec.data.year, parsed.table, id, parsed.spec.rating),
      );
    }
    const s = store.getState();
    if (parsed.hadState) {
      // Opening a link is not an edit: replace the spec without an undo step.
      applyStudy(store, parsed.spec, true);
      store.getState().setRoute(parsed.route);
    } else {
      s.setRoute(parsed.route);
    }
    s.setNotices(parsed.issues);
  };

  // The embedded form of a user table, per table object (deflating is done per write); a
  // table of the user's own units carries their boundary set as well (issue 11).
  const embedded = new WeakMap<UserDataset, { set: UserBoundarySet | null; e: EmbeddedTable }>();
  const embed = (d: UserDataset | null, set: UserBoundarySet | null) => {
    if (!d) return null;
    let c = embedded.get(d);
    if (!c || c.set !== set) embedded.set(d, (c = { set, e: embedTable(d, set) }));
    return c.e;
  };

  const write = () => {
    const s = store.getState();
    const { view } = s;
    const hash = encodeHash(
      view.route,
      studyOf(s),
      embed(activeUserDataset(s), activeUserBoundaries(s.userData)),
    );
    if (hash === win.location.hash || hash === lastWritten) return;
    // The route only: decoding and validating the whole spec here cost as much as the write.
    const currentRoute = decodeHash(win.location.hash.split('?')[0]).route;
    lastWritten = hash;
    if (currentRoute !== view.route) win.location.hash = hash;
    else win.history.replaceState(null, '', hash);
  };

  const flush = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    pendingSince = null;
    write();
  };

  // Where the browser has idle callbacks, the write waits for a gap between frames (at most
  // WRITE_INTERVAL_MS more), so it does not delay the repaint of the step that caused it.
  const idle = (f: () => void) =>
    typeof requestIdleCallback === 'function'
      ? requestIdleCallback(f, { timeout: WRITE_INTERVAL_MS })
      : f();

  const onChange = () => {
    const t = now();
    pendingSince ??= t;
    // Each edit moves the write to a pause after it, but never past MAX_WAIT_MS after the
    // first pending edit; the write reads the latest state. Even the first write waits for a
    // task of its own, out of the input handler.
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(
      () => idle(() => timer !== null && flush()),
      Math.max(0, Math.min(WRITE_INTERVAL_MS, pendingSince + MAX_WAIT_MS - t)),
    );
  };

  const onHash = () => {
    if (win.location.hash === lastWritten) return;
    // A pending write of older state must not overwrite the link just opened.
    if (timer !== null) clearTimeout(timer);
    timer = null;
    pendingSince = null;
    apply();
  };

  apply();
  write();
  const unsub = store.subscribe((s, prev) => {
    if (s.view.route !== prev.view.route) flush();
    else if (
      s.spec !== prev.spec ||
      s.view !== prev.view ||
      s.userData.datasets !== prev.userData.datasets ||
      s.userData.activeBoundaries !== prev.userData.activeBoundaries ||
      s.userData.boundaries !== prev.userData.boundaries
    )
      onChange();
  });
  win.addEventListener('hashchange', onHash);
  win.addEventListener('pagehide', flush);
  win.addEventListener('visibilitychange', flush);
  return () => {
    unsub();
    if (timer !== null) clearTimeout(timer);
    win.removeEventListener('hashchange', onHash);
    win.removeEventListener('pagehide', flush);
    win.removeEventListener('visibilitychange', flush);
  };
}
