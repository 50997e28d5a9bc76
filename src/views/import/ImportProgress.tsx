/**
 * The import worker's progress bar with its Cancel button. Progress comes through a small
 * store of its own (`progressStore`), so each tick re-renders only this bar, not the import
 * panel with its lists: on a loaded machine those re-renders were the page's longest tasks.
 */
import { useSyncExternalStore } from 'react';
import { useT } from '../../i18n/useT.ts';

export interface ProgressStore {
  get: () => number | null;
  set: (fraction: number | null) => void;
  subscribe: (listener: () => void) => () => void;
}

/** A share 0..1 of the file read, or null when nothing is being read. */
export function progressStore(): ProgressStore {
  let value: number | null = null;
  const listeners = new Set<() => void>();
  return {
    get: () => value,
    set: (x) => {
      value = x;
      for (const l of listeners) l();
    },
    subscribe: (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
  };
}

export function ImportProgress({
  store,
  onCancel,
}: {
  store: ProgressStore;
  onCancel: () => void;
}) {
  const t = useT();
  const progress = useSyncExternalStore(store.subscribe, store.get);
  if (progress === null) return null;
  return (
    <div className="import-progress" role="status">
      <label htmlFor="import-progress">
        {t('import.progress', { percent: t.num(progress * 100, 0) })}
      </label>
      <progress id="import-progress" data-testid="import-progress" max={1} value={progress} />
      <button
        type="button"
        className="button secondary small"
        data-testid="import-cancel"
        onClick={onCancel}
      >
        {t('import.cancel')}
      </button>
    </div>
  );
}
