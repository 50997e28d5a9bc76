/**
 * ItemStorage on the browser's IndexedDB, through a small promise wrapper over the plain API
 * (W3C Indexed Database API 3.0). The database schema is versioned: `UPGRADES[v]` takes a
 * database from version v to v + 1, so a visitor with an old database is brought forward step
 * by step. The records' own format is versioned separately (records.ts).
 */
import { STORE_NAMES, type ItemStorage, type StoreName, type StoredRecord } from './storage.ts';

export const DB_NAME = 'kz-cluster-atlas';
/** Current database version: the number of entries in UPGRADES. */
export const DB_VERSION = 1;

/** Upgrade steps by the version they start from (0 = a new database). */
const UPGRADES: ((db: IDBDatabase) => void)[] = [
  // 0 -> 1: one object store per kind of item, records keyed out of line by item id.
  (db) => {
    for (const s of STORE_NAMES) if (!db.objectStoreNames.contains(s)) db.createObjectStore(s);
  },
];

const done = <T>(req: IDBRequest<T>): Promise<T> =>
  new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed.'));
  });

const committed = (tx: IDBTransaction): Promise<void> =>
  new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed.'));
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted.'));
  });

/** Opens (creating or upgrading) the database; rejects where IndexedDB is unavailable. */
export function openIndexedDbStorage(
  factory: IDBFactory | undefined = globalThis.indexedDB,
  name = DB_NAME,
): Promise<ItemStorage> {
  if (!factory) return Promise.reject(new Error('IndexedDB is not available.'));
  return new Promise((resolve, reject) => {
    const req = factory.open(name, DB_VERSION);
    req.onupgradeneeded = (e) => {
      const db = req.result;
      for (let v = e.oldVersion; v < DB_VERSION; v++) UPGRADES[v](db);
    };
    req.onblocked = () =>
      reject(new Error('The database is open in another tab with an older version.'));
    req.onerror = () => {
      // A database of a newer version (written by a newer deployment of the app) refuses an
      // older version number. Open it as it is, read-only, so the user's items stay visible
      // and untouched; the caller tells the user and offers the reload.
      if (req.error?.name === 'VersionError') {
        req.onerror = null;
        openAsIs(factory, name).then(resolve, reject);
        return;
      }
      reject(req.error ?? new Error('The database could not be opened.'));
    };
    req.onsuccess = () => resolve(wrap(req.result));
  });
}

/** The database at whatever version it has, with writes and deletes turned into no-ops. */
function openAsIs(factory: IDBFactory, name: string): Promise<ItemStorage> {
  return new Promise((resolve, reject) => {
    const req = factory.open(name);
    req.onerror = () => reject(req.error ?? new Error('The database could not be opened.'));
    req.onsuccess = () => {
      const db = req.result;
      const inner = wrap(db);
      resolve({
        kind: 'indexeddb',
        newerVersion: true,
        getAll: (s) => (db.objectStoreNames.contains(s) ? inner.getAll(s) : Promise.resolve([])),
        get: (s, key) => (db.objectStoreNames.contains(s) ? inner.get(s, key) : Promise.resolve()),
        put: async () => undefined,
        delete: async () => undefined,
      });
    };
  });
}

function wrap(db: IDBDatabase): ItemStorage {
  return {
    kind: 'indexeddb',
    getAll: async (s: StoreName) => {
      const tx = db.transaction(s, 'readonly');
      const store = tx.objectStore(s);
      const [keys, values] = await Promise.all([done(store.getAllKeys()), done(store.getAll())]);
      return keys.map((k, i): StoredRecord => ({ key: String(k), value: values[i] }));
    },
    get: async (s, key) => done(db.transaction(s, 'readonly').objectStore(s).get(key)),
    put: async (s, key, value) => {
      const tx = db.transaction(s, 'readwrite');
      tx.objectStore(s).put(value, key);
      await committed(tx);
    },
    delete: async (s, key) => {
      const tx = db.transaction(s, 'readwrite');
      tx.objectStore(s).delete(key);
      await committed(tx);
    },
  };
}
