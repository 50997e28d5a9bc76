/**
 * Issue 16: two tabs of the app on one storage. Imports get random ids, so neither overwrites
 * the other; each tab deletes only what was removed in it; a change is passed to the other tab
 * (ChangeChannel, here an in-process bus that delivers asynchronously like BroadcastChannel)
 * and merged into its lists with a message naming the item.
 */
import { describe, expect, it } from 'vitest';
import {
  connectPersistence,
  type ChangeChannel,
  type ItemChange,
} from '../../../src/state/persistence/persist.ts';
import { createMemoryStorage } from '../../../src/state/persistence/memoryStorage.ts';
import { createAppStore } from '../../../src/state/store.ts';
import { nextUserId } from '../../../src/state/userData.ts';
import { sampleAnalysis, sampleBoundaries, sampleDataset } from './sample.ts';

const NOW = () => '2024-05-02T00:00:00.000Z';

/** A bus: every channel hears what the others post, never its own posts. */
function bus(): () => ChangeChannel {
  const subs = new Set<(m: ItemChange) => void>();
  return () => {
    let mine: ((m: ItemChange) => void) | null = null;
    return {
      post: (m) => {
        for (const f of subs) if (f !== mine) queueMicrotask(() => f(structuredClone(m)));
      },
      listen: (f) => {
        mine = f;
        subs.add(f);
        return () => subs.delete(f);
      },
    };
  };
}

async function twoTabs() {
  const storage = createMemoryStorage();
  const channel = bus();
  const a = createAppStore();
  const b = createAppStore();
  const ca = connectPersistence(a, storage, NOW, channel());
  const cb = connectPersistence(b, storage, NOW, channel());
  await Promise.all([ca.ready, cb.ready]);
  const idle = async () => {
    // Twice: a write in one tab, then the read-back it causes in the other.
    for (let i = 0; i < 2; i++) await Promise.all([ca.idle(), cb.idle()]);
  };
  return { storage, a, b, idle, channel };
}

describe('nextUserId()', () => {
  it('nextUserId() gives random ids that two tabs with the same list do not share', () => {
    const taken = [{ id: 'user-1' }];
    const ids = new Set(Array.from({ length: 200 }, () => nextUserId('user', taken)));
    expect(ids.size).toBe(200);
    for (const id of ids) expect(id).toMatch(/^user-[0-9a-f]{8}$/);
  });

  it('nextUserId() draws again when the random id is taken', () => {
    const draws = ['aaaaaaaa', 'aaaaaaaa', 'bbbbbbbb'];
    const id = nextUserId('bounds', [{ id: 'bounds-aaaaaaaa' }], () => draws.shift()!);
    expect(id).toBe('bounds-bbbbbbbb');
  });
});

describe('two tabs on one storage', () => {
  it('imports made at the same time in two tabs both survive, and each tab sees the other one', async () => {
    const { storage, a, b, idle } = await twoTabs();
    const idA = nextUserId('user', a.getState().userData.datasets);
    const idB = nextUserId('user', b.getState().userData.datasets);
    a.getState().addUserDataset(sampleDataset(idA, 'from-a.csv'));
    b.getState().addUserDataset(sampleDataset(idB, 'from-b.csv'));
    await idle();
    expect([...storage.raw('datasets').keys()].sort()).toEqual([idA, idB].sort());
    const files = (s: typeof a) =>
      s
        .getState()
        .userData.datasets.map((d) => d.fileName)
        .sort();
    expect(files(a)).toEqual(['from-a.csv', 'from-b.csv']);
    expect(files(b)).toEqual(['from-a.csv', 'from-b.csv']);
    expect(a.getState().userData.messages.map((m) => [m.code, m.where?.file])).toEqual([
      ['stored-item-added-elsewhere', 'from-b.csv'],
    ]);
    expect(b.getState().userData.messages.map((m) => [m.code, m.where?.file])).toEqual([
      ['stored-item-added-elsewhere', 'from-a.csv'],
    ]);
  });

  it("a delete in one tab removes that item everywhere and never the other tab's item", async () => {
    const { storage, a, b, idle } = await twoTabs();
    a.getState().addUserDataset(sampleDataset('user-0000000a', 'from-a.csv'));
    b.getState().addUserDataset(sampleDataset('user-0000000b', 'from-b.csv'));
    b.getState().addUserBoundaries(sampleBoundaries('bounds-0000000b'));
    b.getState().saveAnalysis(sampleAnalysis('analysis-0000000b', 'Mine'));
    await idle();
    a.getState().removeUserDataset('user-0000000a');
    await idle();
    expect([...storage.raw('datasets').keys()]).toEqual(['user-0000000b']);
    expect(b.getState().userData.datasets.map((d) => d.id)).toEqual(['user-0000000b']);
    expect(a.getState().userData.datasets.map((d) => d.id)).toEqual(['user-0000000b']);
    expect(b.getState().userData.messages.at(-1)).toMatchObject({
      code: 'stored-item-removed-elsewhere',
      where: { file: 'from-a.csv', field: 'dataset' },
    });
    // The boundary set and the analysis made in B reached A and stay in storage.
    expect(a.getState().userData.boundaries.map((x) => x.id)).toEqual(['bounds-0000000b']);
    expect(a.getState().userData.analyses.map((x) => x.name)).toEqual(['Mine']);
    expect([...storage.raw('boundaries').keys()]).toEqual(['bounds-0000000b']);
    // A removes B's boundary set: gone in B too (an explicit delete of that item).
    a.getState().removeUserBoundaries('bounds-0000000b');
    await idle();
    expect(b.getState().userData.boundaries).toEqual([]);
    expect(storage.raw('boundaries').size).toBe(0);
  });

  it('an item removed in another tab while in use here stays in this tab, with a message', async () => {
    const { storage, a, b, idle } = await twoTabs();
    a.getState().addUserBoundaries(sampleBoundaries('bounds-0000000a'));
    await idle();
    b.getState().useBoundaries('bounds-0000000a');
    a.getState().removeUserBoundaries('bounds-0000000a');
    await idle();
    expect(b.getState().userData.boundaries.map((x) => x.id)).toEqual(['bounds-0000000a']);
    expect(b.getState().userData.activeBoundaries).toBe('bounds-0000000a');
    expect(b.getState().userData.messages.at(-1)?.code).toBe('stored-item-removed-elsewhere-kept');
    // Not written back: the delete made in A holds in storage.
    expect(storage.raw('boundaries').size).toBe(0);
  });

  it('a change to an item in one tab replaces it in the other without a message or a write back', async () => {
    const { storage, a, b, idle } = await twoTabs();
    a.getState().addUserDataset(sampleDataset('user-0000000a', 'from-a.csv'));
    await idle();
    const before = b.getState().userData.messages.length;
    a.getState().updateUserDataset('user-0000000a', { mapping: {} });
    await idle();
    expect(b.getState().userData.datasets[0].mapping).toEqual({});
    expect(b.getState().userData.messages.length).toBe(before);
    const rec = storage.raw('datasets').get('user-0000000a') as { item: { mapping: object } };
    expect(rec.item.mapping).toEqual({});
  });

  it('a change that cannot be read back is ignored, not merged', async () => {
    const { storage, b, channel: third } = await twoTabs();
    const channel = third();
    storage
      .raw('datasets')
      .set('user-bad', { format: 'kz-atlas-item', version: 1, kind: 'dataset', item: 3 });
    channel.post({ op: 'put', store: 'datasets', key: 'user-bad' });
    channel.post({ op: 'put', store: 'datasets', key: 'user-gone' });
    await new Promise((r) => setTimeout(r, 10));
    expect(b.getState().userData.datasets).toEqual([]);
    expect(b.getState().userData.messages).toEqual([]);
    // The same bus does deliver: a sound record posted the same way is merged.
    storage.raw('datasets').set('user-good', {
      format: 'kz-atlas-item',
      version: 1,
      kind: 'dataset',
      savedAt: '',
      item: sampleDataset('user-good', 'good.csv'),
    });
    channel.post({ op: 'put', store: 'datasets', key: 'user-good' });
    await new Promise((r) => setTimeout(r, 10));
    expect(b.getState().userData.datasets.map((d) => d.fileName)).toEqual(['good.csv']);
  });
});
