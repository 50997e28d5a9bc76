/**
 * Where the user's items live between visits, behind one small interface so that the app uses
 * IndexedDB (indexedDbStorage.ts) and tests use memory (memoryStorage.ts). Each item is one
 * record under its own key, so one damaged record costs that item only.
 */

/** The object stores of the database (schema in indexedDbStorage.ts). */
export type StoreName = 'datasets' | 'boundaries' | 'analyses' | 'meta';
export const STORE_NAMES: readonly StoreName[] = ['datasets', 'boundaries', 'analyses', 'meta'];

export interface StoredRecord {
  key: string;
  /** As read: not trusted until records.ts has checked it. */
  value: unknown;
}

export interface ItemStorage {
  /** Every record of a store; a record that cannot even be read comes back as `value: undefined`. */
  getAll(store: StoreName): Promise<StoredRecord[]>;
  /** One record as read (`undefined` when there is none). */
  get(store: StoreName, key: string): Promise<unknown>;
  put(store: StoreName, key: string, value: unknown): Promise<void>;
  delete(store: StoreName, key: string): Promise<void>;
  /** What kind of storage this is, for messages ('indexeddb', 'memory'). */
  readonly kind: string;
  /**
   * Set when the database was written by a newer version of the app: its items are read, but
   * nothing is written or deleted, so the newer version finds them as it left them.
   */
  readonly newerVersion?: boolean;
}
