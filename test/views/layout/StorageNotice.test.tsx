// @vitest-environment jsdom
/**
 * Issue 16: what was set aside at start-up and what another tab changed is said on every view
 * in the interface language, naming the item, with no English fragment in ru/kk.
 */
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Issue } from '../../../src/core/index.ts';
import { StoreProvider } from '../../../src/state/react.tsx';
import { createAppStore } from '../../../src/state/store.ts';
import { StorageNotice } from '../../../src/views/layout/StorageNotice.tsx';

afterEach(cleanup);

const MESSAGES: Issue[] = [
  {
    code: 'stored-item-unreadable',
    severity: 'warning',
    message: 'A saved item (bounds-1) could not be read and was left out: ...',
    where: { file: 'oblasts.geojson', field: 'boundaries' },
  },
  {
    code: 'stored-item-unreadable',
    severity: 'warning',
    message: 'A saved item (analysis-1) could not be read and was left out: ...',
    where: { file: 'My study', field: 'analysis' },
  },
  {
    code: 'stored-item-added-elsewhere',
    severity: 'warning',
    message: 'Another tab of the app added "b.csv".',
    params: { value: 'b.csv' },
    where: { file: 'b.csv', field: 'dataset' },
  },
  {
    code: 'storage-failed',
    severity: 'warning',
    message: 'Saved datasets could not be read; the app starts without them.',
  },
];

function show(lang: 'ru' | 'kk' | 'en') {
  const store = createAppStore();
  store.getState().setLanguage(lang);
  store.getState().setStorageMessages(MESSAGES);
  render(
    <StoreProvider store={store}>
      <StorageNotice />
    </StoreProvider>,
  );
  return store;
}

describe('StorageNotice', () => {
  it('StorageNotice names each set-aside item and the other tab’s change in Russian', () => {
    show('ru');
    const items = screen.getAllByRole('listitem').map((li) => li.textContent ?? '');
    expect(items).toHaveLength(4);
    expect(items[0]).toContain('Сохранённые границы «oblasts.geojson» отложены');
    expect(items[1]).toContain('Сохранённый анализ «My study» отложен');
    expect(items[2]).toBe('В другой вкладке добавлено: «b.csv». Список обновлён.');
    expect(items[3]).toContain('Браузер не дал сохранить данные');
    for (const t of items) expect(t).not.toMatch(/saved item|Another tab|could not/);
  });

  it('StorageNotice speaks Kazakh and English too, and is gone once dismissed', () => {
    show('kk');
    expect(screen.getAllByRole('listitem')[0].textContent).toContain(
      'Сақталған «oblasts.geojson» шекаралары шетке қойылды',
    );
    cleanup();
    const store = show('en');
    expect(screen.getAllByRole('listitem')[2].textContent).toBe(
      'Added in another tab: ‘b.csv’. The list is up to date.',
    );
    act(() => screen.getByRole('button').click());
    expect(screen.queryByTestId('storage-messages')).toBeNull();
    expect(store.getState().userData.messages).toEqual([]);
  });
});
