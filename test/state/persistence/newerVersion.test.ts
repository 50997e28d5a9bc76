/**
 * A database written by a newer version of the app (issue 13 item 7): opening it with today's
 * version number fails with VersionError; the storage then opens it as it is, reads the user's
 * items and never writes or deletes, and the app says what happened.
 */
import { describe, expect, it } from 'vitest';
import { openIndexedDbStorage } from '../../../src/state/persistence/indexedDbStorage.ts';

/** The smallest IDBFactory stand-in: a database of version 99 holding one dataset record. */
function newerFactory(records: Record<string, unknown>) {
  const writes: string[] = [];
  const request = (result: unknown, error?: { name: string }) => {
    const req: Record<string, unknown> = { result, error: error ?? null };
    queueMicrotask(() => {
      if (error) (req.onerror as () => void)?.();
      else (req.onsuccess as () => void)?.();
    });
    return req;
  };
  const store = {
    getAllKeys: () => request(Object.keys(records)),
    getAll: () => request(Object.values(records)),
    put: (_v: unknown, k: string) => writes.push(`put ${k}`),
    delete: (k: string) => writes.push(`delete ${k}`),
  };
  const db = {
    version: 99,
    objectStoreNames: { contains: (s: string) => s === 'datasets' },
    transaction: () => ({ objectStore: () => store }),
  };
  const factory = {
    open: (_name: string, version?: number) =>
      version !== undefined && version < 99
        ? request(undefined, { name: 'VersionError' })
        : request(db),
  };
  return { factory: factory as unknown as IDBFactory, writes };
}

describe('a database from a newer version of the app', () => {
  it('is opened as it is: items read, nothing written or deleted', async () => {
    const { factory, writes } = newerFactory({ d1: { kind: 'dataset' } });
    const storage = await openIndexedDbStorage(factory, 'kz-cluster-atlas');
    expect(storage.newerVersion).toBe(true);
    expect(await storage.getAll('datasets')).toEqual([{ key: 'd1', value: { kind: 'dataset' } }]);
    expect(await storage.getAll('analyses')).toEqual([]);
    await storage.put('datasets', 'd1', { changed: true });
    await storage.delete('datasets', 'd1');
    expect(writes).toEqual([]);
  });
});
