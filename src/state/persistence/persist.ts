/**
 * Keeps the user's items (state/userData.ts) in storage: reads them once at start, then writes
 * each item that was added or changed and deletes each one removed. Writes compare object
 * identity against what was last written, so an unchanged item is never rewritten. A record
 * that cannot be read is left out with a message; the others load (records.ts).
 *
 * Several tabs share one storage (issue 16). Each tab writes and deletes only the items it
 * added, changed or removed itself (ids are random, userData.ts nextUserId), and tells the
 * other tabs after each write through a ChangeChannel (BroadcastChannel in the browser); a tab
 * that hears of a change reads that one record back and merges it into its lists, or drops
 * the item another tab removed, with a message naming the item.
 */
import type { Issue } from '../../core/index.ts';
import type { AppStore } from '../store.ts';
import type { UserDataState } from '../userData.ts';
import { readRecord, wrapRecord, type ActiveIds, type ItemOf, type RecordKind } from './records.ts';
import type { ItemStorage, StoreName } from './storage.ts';

/** What one tab tells the others after a write: which record changed and how. */
export interface ItemChange {
  op: 'put' | 'delete';
  store: StoreName;
  key: string;
}

/** A message bus between the tabs of one origin (BroadcastChannel, or a fake in tests). */
export interface ChangeChannel {
  post: (m: ItemChange) => void;
  /** Calls `f` with each change another tab posted; returns the function that stops it. */
  listen: (f: (m: ItemChange) => void) => () => void;
}

export interface PersistenceConnection {
  /** Resolves when the stored items are in the store. */
  ready: Promise<void>;
  /** Resolves when every write scheduled so far has finished (for tests). */
  idle: () => Promise<void>;
  disconnect: () => void;
}

const ACTIVE_KEY = 'active';

type Listed = 'dataset' | 'boundaries' | 'analysis';
const LISTS: { kind: Listed; store: StoreName; field: 'datasets' | 'boundaries' | 'analyses' }[] = [
  { kind: 'dataset', store: 'datasets', field: 'datasets' },
  { kind: 'boundaries', store: 'boundaries', field: 'boundaries' },
  { kind: 'analysis', store: 'analyses', field: 'analyses' },
];

/** English forms of the messages about other tabs (the interface translates them by code). */
const ANNOUNCED = {
  'stored-item-added-elsewhere': (name: string) => `Another tab of the app added "${name}".`,
  'stored-item-removed-elsewhere': (name: string) => `Another tab of the app removed "${name}".`,
  'stored-item-removed-elsewhere-kept': (name: string) =>
    `Another tab of the app removed "${name}"; it is in use here and stays until this page is closed.`,
} as const;

function isChange(m: unknown): m is ItemChange {
  if (typeof m !== 'object' || m === null) return false;
  const c = m as Record<string, unknown>;
  return (
    (c.op === 'put' || c.op === 'delete') &&
    typeof c.key === 'string' &&
    LISTS.some((l) => l.store === c.store)
  );
}

/** The tabs' channel on BroadcastChannel, or null where the browser has none. */
export function broadcastChanges(name = 'kz-cluster-atlas-items'): ChangeChannel | null {
  if (typeof BroadcastChannel === 'undefined') return null;
  const bc = new BroadcastChannel(name);
  return {
    post: (m) => bc.postMessage(m),
    listen: (f) => {
      const on = (e: MessageEvent) => {
        if (isChange(e.data)) f(e.data);
      };
      bc.addEventListener('message', on);
      return () => {
        bc.removeEventListener('message', on);
        bc.close();
      };
    },
  };
}

/** The saved data come from a newer version of the app: kept as they are, reload offered. */
export const NEWER_VERSION: Issue = {
  code: 'storage-newer-version',
  severity: 'warning',
  message:
    'The saved data were written by a newer version of the app. They are kept unchanged; reload the page to open the newer version.',
};

const storageIssue = (message: string): Issue => ({
  code: 'storage-failed',
  severity: 'warning',
  message,
});

async function readAll<K extends RecordKind>(
  storage: ItemStorage,
  store: StoreName,
  kind: K,
  issues: Issue[],
): Promise<{ key: string; item: ItemOf[K] }[]> {
  const out: { key: string; item: ItemOf[K] }[] = [];
  let records;
  try {
    records = await storage.getAll(store);
  } catch {
    issues.push(storageIssue(`Saved ${store} could not be read; the app starts without them.`));
    return out;
  }
  for (const r of records) {
    const checked = readRecord(kind, r.key, r.value);
    if (checked.ok) out.push({ key: r.key, item: checked.value });
    // The kind of item goes with each message, so the notice can say what was set aside.
    else issues.push(...checked.issues.map((i) => ({ ...i, where: { ...i.where, field: kind } })));
  }
  return out;
}

export function connectPersistence(
  store: AppStore,
  storage: ItemStorage,
  now: () => string = () => new Date().toISOString(),
  channel: ChangeChannel | null = null,
): PersistenceConnection {
  // What storage holds, by store and key: the object last written (or read).
  const written = new Map<StoreName, Map<string, unknown>>(
    (['datasets', 'boundaries', 'analyses', 'meta'] as StoreName[]).map((s) => [s, new Map()]),
  );
  let pending: Promise<void> = Promise.resolve();
  let loaded = false;

  const report = (message: string) => {
    const s = store.getState();
    s.setStorageMessages([...s.userData.messages, storageIssue(message)]);
  };

  const sync = (u: UserDataState) => {
    const ops: (() => Promise<void>)[] = [];
    for (const l of LISTS) {
      const have = written.get(l.store)!;
      const items = u[l.field] as { id: string }[];
      const ids = new Set(items.map((x) => x.id));
      for (const item of items) {
        if (have.get(item.id) === item) continue;
        have.set(item.id, item);
        ops.push(async () => {
          await storage.put(
            l.store,
            item.id,
            wrapRecord(l.kind, item as ItemOf[typeof l.kind], now()),
          );
          channel?.post({ op: 'put', store: l.store, key: item.id });
        });
      }
      for (const key of [...have.keys()]) {
        if (ids.has(key)) continue;
        have.delete(key);
        ops.push(async () => {
          await storage.delete(l.store, key);
          channel?.post({ op: 'delete', store: l.store, key });
        });
      }
    }
    const meta = written.get('meta')!;
    const prev = meta.get(ACTIVE_KEY) as ActiveIds | undefined;
    if (
      !prev ||
      prev.activeDataset !== u.activeDataset ||
      prev.activeBoundaries !== u.activeBoundaries
    ) {
      const active: ActiveIds = {
        activeDataset: u.activeDataset,
        activeBoundaries: u.activeBoundaries,
      };
      meta.set(ACTIVE_KEY, active);
      ops.push(() => storage.put('meta', ACTIVE_KEY, wrapRecord('active', active, now())));
    }
    for (const op of ops)
      pending = pending
        .then(op)
        .catch(() =>
          report(
            'A change could not be saved in this browser (storage full or unavailable); it lasts until the page is closed.',
          ),
        );
  };

  const ready = (async () => {
    const issues: Issue[] = [];
    const [datasets, boundaries, analyses, meta] = await Promise.all([
      readAll(storage, 'datasets', 'dataset', issues),
      readAll(storage, 'boundaries', 'boundaries', issues),
      readAll(storage, 'analyses', 'analysis', issues),
      readAll(storage, 'meta', 'active', issues),
    ]);
    for (const [s, list] of [
      ['datasets', datasets],
      ['boundaries', boundaries],
      ['analyses', analyses],
      ['meta', meta],
    ] as const)
      for (const { key, item } of list) written.get(s)!.set(key, item);
    const cur = store.getState().userData;
    // Items the user added before the stored ones arrived win over stored items with their id.
    const merge = <T extends { id: string }>(stored: T[], mine: T[]) => [
      ...stored.filter((x) => !mine.some((m) => m.id === x.id)),
      ...mine,
    ];
    const active = meta.find((m) => m.key === ACTIVE_KEY)?.item;
    store.getState().hydrateUserData({
      datasets: merge(
        datasets.map((d) => d.item),
        cur.datasets,
      ),
      boundaries: merge(
        boundaries.map((d) => d.item),
        cur.boundaries,
      ),
      analyses: merge(
        analyses.map((d) => d.item),
        cur.analyses,
      ),
      activeDataset: cur.activeDataset ?? active?.activeDataset ?? null,
      activeBoundaries: cur.activeBoundaries ?? active?.activeBoundaries ?? null,
      messages: [...cur.messages, ...issues],
    });
    if (active) written.get('meta')!.set(ACTIVE_KEY, active);
    loaded = true;
    sync(store.getState().userData);
  })();

  const unsub = store.subscribe((s, p) => {
    if (loaded && s.userData !== p.userData) sync(s.userData);
  });

  /**
   * Another tab changed one record: read it back and merge it (`written` first, so that the
   * store update this causes is not written back), or drop the item it removed.
   */
  const merge = async (m: ItemChange) => {
    const l = LISTS.find((x) => x.store === m.store)!;
    const have = written.get(l.store)!;
    const s = store.getState();
    const list = s.userData[l.field] as { id: string }[];
    const mine = list.find((x) => x.id === m.key);
    if (m.op === 'delete') {
      if (!mine && !have.has(m.key)) return;
      const inUse = s.userData.activeDataset === m.key || s.userData.activeBoundaries === m.key;
      if (mine && inUse) {
        // In use here: it stays in this tab (not written back) until the page is closed.
        have.set(m.key, mine);
        announce('stored-item-removed-elsewhere-kept', l.kind, mine);
        return;
      }
      have.delete(m.key);
      if (mine) {
        if (l.kind === 'dataset') s.removeUserDataset(m.key);
        else if (l.kind === 'boundaries') s.removeUserBoundaries(m.key);
        else s.removeAnalysis(m.key);
        announce('stored-item-removed-elsewhere', l.kind, mine);
      }
      return;
    }
    const raw = await storage.get(l.store, m.key);
    const checked = readRecord(l.kind, m.key, raw);
    if (!checked.ok) return;
    const item = checked.value;
    have.set(m.key, item);
    const t = store.getState();
    if (l.kind === 'dataset') t.addUserDataset(item as ItemOf['dataset']);
    else if (l.kind === 'boundaries') t.addUserBoundaries(item as ItemOf['boundaries']);
    else t.saveAnalysis(item as ItemOf['analysis']);
    if (!mine) announce('stored-item-added-elsewhere', l.kind, item);
  };

  const announce = (code: keyof typeof ANNOUNCED, kind: Listed, item: { id: string }) => {
    const name =
      (item as { fileName?: string }).fileName ?? (item as { name?: string }).name ?? item.id;
    const s = store.getState();
    s.setStorageMessages([
      ...s.userData.messages,
      {
        code,
        severity: 'warning',
        message: ANNOUNCED[code](name),
        params: { value: name },
        where: { file: name, field: kind },
      },
    ]);
  };

  let remote: Promise<void> = Promise.resolve();
  const stopListening = channel?.listen((m) => {
    remote = remote
      .then(() => ready)
      .then(() => merge(m))
      // Storage refused the read (the other tab's record is then simply not merged); the chain
      // stays alive for the next message. Logged, not swallowed: a fault in merge() shows here.
      .catch((e: unknown) => console.error('atlas: a change from another tab was not merged', e));
  });

  return {
    ready,
    idle: async () => {
      await ready;
      let p: Promise<void>;
      let r: Promise<void>;
      do {
        p = pending;
        r = remote;
        await Promise.all([p, r]);
      } while (p !== pending || r !== remote);
    },
    disconnect: () => {
      unsub();
      stopListening?.();
    },
  };
}

/**
 * Storage for the app: IndexedDB where the browser has it, memory otherwise (with a message,
 * since nothing will survive a reload).
 */
export async function connectBrowserPersistence(store: AppStore): Promise<PersistenceConnection> {
  const { openIndexedDbStorage } = await import('./indexedDbStorage.ts');
  const { createMemoryStorage } = await import('./memoryStorage.ts');
  try {
    const storage = await openIndexedDbStorage();
    // Read-only (a newer version's data): its writes do nothing, so it tells no other tab.
    const channel = storage.newerVersion ? null : broadcastChanges();
    const c = connectPersistence(store, storage, undefined, channel);
    if (storage.newerVersion) {
      await c.ready;
      const s = store.getState();
      s.setStorageMessages([...s.userData.messages, NEWER_VERSION]);
    }
    return c;
  } catch {
    const c = connectPersistence(store, createMemoryStorage());
    await c.ready;
    const s = store.getState();
    s.setStorageMessages([
      ...s.userData.messages,
      storageIssue(
        'This browser does not let the app save data; imports last until the page is closed.',
      ),
    ]);
    return c;
  }
}

const CONNECTED = new WeakMap<AppStore, Promise<PersistenceConnection>>();

/**
 * connectBrowserPersistence() once per store: main.tsx should call it at start so that the
 * user's items are back on every view; views that show them call it too, harmlessly.
 */
export function ensureBrowserPersistence(store: AppStore): Promise<PersistenceConnection> {
  let c = CONNECTED.get(store);
  if (!c) {
    c = connectBrowserPersistence(store);
    CONNECTED.set(store, c);
  }
  return c;
}
