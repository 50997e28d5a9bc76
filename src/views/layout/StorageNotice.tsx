/**
 * Messages about the user's saved items on every view (issue 16): what was set aside at
 * start-up because it could not be read or drawn, storage that does not work, and what another
 * tab of the app added or removed. Each line is in the interface language and names the item.
 */
import type { Issue } from '../../core/issue.ts';
import type { MessageKey } from '../../i18n/translate.ts';
import { useT, type T } from '../../i18n/useT.ts';
import { useAppStore } from '../../state/react.tsx';

const SET_ASIDE = new Set(['dataset', 'boundaries', 'analysis', 'active']);

/** One storage message as a sentence in the interface language. */
export function storageLine(m: Issue, t: T): string {
  const name = m.where?.file ?? '';
  const kind = m.where?.field ?? '';
  switch (m.code) {
    case 'stored-item-unreadable':
      return t(`storage.setAside.${SET_ASIDE.has(kind) ? kind : 'other'}` as MessageKey, {
        name,
      });
    case 'stored-item-added-elsewhere':
      return t('storage.elsewhere.added', { name });
    case 'stored-item-removed-elsewhere':
      return t('storage.elsewhere.removed', { name });
    case 'stored-item-removed-elsewhere-kept':
      return t('storage.elsewhere.kept', { name });
    default:
      return t('storage.failed');
  }
}

export function StorageNotice() {
  const t = useT();
  const messages = useAppStore((s) => s.userData.messages);
  const clear = useAppStore((s) => s.setStorageMessages);
  if (messages.length === 0) return null;
  const lines = [...new Set(messages.map((m) => storageLine(m, t)))];
  return (
    <div className="notice" role="status" data-testid="storage-messages">
      <p>
        <strong>{t('storage.title')}</strong>
      </p>
      <ul>
        {lines.map((l) => (
          <li key={l}>{l}</li>
        ))}
      </ul>
      <button type="button" className="button secondary small" onClick={() => clear([])}>
        {t('app.dismiss')}
      </button>
    </div>
  );
}
