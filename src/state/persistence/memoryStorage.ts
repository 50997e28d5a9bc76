/**
 * ItemStorage in memory: for tests and as the fallback where IndexedDB is unavailable (private
 * windows of some browsers). Values are copied on the way in and out, as IndexedDB's structured
 * clone does, so a caller cannot change a stored item by mutating its object.
 */
import { STORE_NAMES, type ItemStorage, type StoreName, type StoredRecord } from './storage.ts';

export interface MemoryStorage extends ItemStorage {
  /** The raw map of one store, for tests that plant a damaged record. */
  raw(store: StoreName): Map<string, unknown>;
}

export function createMemoryStorage(): MemoryStorage {
  const stores = new Map<StoreName, Map<string, unknown>>(
    STORE_NAMES.map((s) => [s, new Map<string, unknown>()]),
  );
  const of = (s: StoreName) => stores.get(s)!;
  return {
    kind: 'memory',
    raw: of,
    getAll: async (s) =>
      [...of(s)].map(([key, value]): StoredRecord => ({ key, value: structuredClone(value) })),
    get: async (s, key) => structuredClone(of(s).get(key)),
    put: async (s, key, value) => {
      of(s).set(key, structuredClone(value));
    },
    delete: async (s, key) => {
      of(s).delete(key);
    },
  };
}
