import { describe, expect, it } from 'vitest';
import { connectPersistence } from '../../../src/state/persistence/persist.ts';
import { createMemoryStorage } from '../../../src/state/persistence/memoryStorage.ts';
import { RECORD_FORMAT, readRecord } from '../../../src/state/persistence/records.ts';
import { createAppStore } from '../../../src/state/store.ts';
import { sampleAnalysis, sampleBoundaries, sampleDataset } from './sample.ts';

const NOW = () => '2024-05-02T00:00:00.000Z';

describe('connectPersistence()', () => {
  it('connectPersistence() brings datasets, boundaries, analyses and the active ids back after a reload', async () => {
    const storage = createMemoryStorage();
    const a = createAppStore();
    const c1 = connectPersistence(a, storage, NOW);
    await c1.ready;
    a.getState().addUserDataset(sampleDataset('user-1'));
    a.getState().addUserDataset(sampleDataset('user-2', 'second.csv'));
    a.getState().addUserBoundaries(sampleBoundaries('bounds-1'));
    a.getState().saveAnalysis(sampleAnalysis('analysis-1', 'Equal weights'));
    a.getState().useDataset('user-2');
    a.getState().useBoundaries('bounds-1');
    a.getState().removeUserDataset('user-1');
    await c1.idle();
    c1.disconnect();

    // A new page: a fresh store on the same storage.
    const b = createAppStore();
    const c2 = connectPersistence(b, storage, NOW);
    await c2.ready;
    const u = b.getState().userData;
    expect(u.datasets.map((d) => d.fileName)).toEqual(['second.csv']);
    expect(u.datasets[0].table.rows[1].cells.GRP.value).toBe(1173592.9);
    expect(u.boundaries.map((x) => x.id)).toEqual(['bounds-1']);
    expect(u.analyses.map((x) => x.name)).toEqual(['Equal weights']);
    expect(u.activeDataset).toBe('user-2');
    expect(u.activeBoundaries).toBe('bounds-1');
    expect(u.messages).toEqual([]);
  });

  it('connectPersistence() leaves out a corrupt item with a message and keeps the others', async () => {
    const storage = createMemoryStorage();
    const a = createAppStore();
    const c1 = connectPersistence(a, storage, NOW);
    await c1.ready;
    a.getState().addUserDataset(sampleDataset('user-1', 'good.csv'));
    a.getState().addUserDataset(sampleDataset('user-2', 'will-break.csv'));
    await c1.idle();
    // Damage one record the way a half-written or foreign value would look.
    const rec = storage.raw('datasets').get('user-2') as { item: { table: { rows: unknown } } };
    rec.item.table.rows = 'garbage';
    storage.raw('analyses').set('foreign', { format: 'someone-else', version: 3 });

    const b = createAppStore();
    const c2 = connectPersistence(b, storage, NOW);
    await c2.ready;
    const u = b.getState().userData;
    expect(u.datasets.map((d) => d.fileName)).toEqual(['good.csv']);
    expect(u.messages.map((m) => m.code)).toEqual([
      'stored-item-unreadable',
      'stored-item-unreadable',
    ]);
    expect(u.messages[0].message).toContain('user-2');
    expect(u.messages[1].message).toContain('another application');
  });

  it('connectPersistence() starts with defaults and a message when storage cannot be read', async () => {
    const storage = createMemoryStorage();
    storage.getAll = async () => {
      throw new Error('denied');
    };
    const s = createAppStore();
    const c = connectPersistence(s, storage, NOW);
    await c.ready;
    expect(s.getState().userData.datasets).toEqual([]);
    expect(s.getState().userData.messages.length).toBe(4);
    expect(s.getState().userData.hydrated).toBe(true);
  });
});

describe('readRecord()', () => {
  it('readRecord() migrates a version-0 record (bare item) to the current envelope', () => {
    const r = readRecord('dataset', 'user-9', sampleDataset('user-9'));
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.value.id).toBe('user-9');
  });

  it('readRecord() refuses a record from a newer version and a record of another kind', () => {
    const newer = readRecord('dataset', 'k', {
      format: RECORD_FORMAT,
      version: 99,
      kind: 'dataset',
      savedAt: '',
      item: sampleDataset('k'),
    });
    expect(newer.ok).toBe(false);
    if (!newer.ok) expect(newer.issues[0].message).toContain('newer version');
    const wrongKind = readRecord('boundaries', 'k', {
      format: RECORD_FORMAT,
      version: 1,
      kind: 'dataset',
      savedAt: '',
      item: sampleDataset('k'),
    });
    expect(wrongKind.ok).toBe(false);
  });

  it('readRecord() refuses a saved analysis whose spec is invalid', () => {
    const bad = { ...sampleAnalysis('a', 'x'), spec: { version: 1, rating: 'nonsense' } };
    expect(readRecord('analysis', 'a', bad).ok).toBe(false);
    expect(readRecord('analysis', 'a', sampleAnalysis('a', 'x')).ok).toBe(true);
  });
});
