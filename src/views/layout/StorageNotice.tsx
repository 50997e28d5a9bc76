/**
 * Messages about the user's saved items on every view (issue 16): what was set aside at
 * start-up because it could not be read or drawn (named, with what that means for the view),
 * storage that does not work, and what another tab of the app added or removed. Every line is
 * in the interface language: the message catalogue (IssueText) for each code, and for an item
 * set aside at start-up a sentence that says which kind of item it was. A newer version's data
 * are announced by Notices.tsx instead.
 */
import type { Issue } from '../../core/index.ts';
import type { MessageKey } from '../../i18n/translate.ts';
import { useT, type T } from '../../i18n/useT.ts';
import { useAppStore } from '../../state/react.tsx';
import { IssueText } from '../common/IssueText.tsx';

const SET_ASIDE = new Set(['dataset', 'boundaries', 'analysis', 'active']);

/** The sentence for an item set aside at start-up whose kind is known, or null. */
export function setAsideLine(m: Issue, t: T): string | null {
  const kind = m.where?.field;
  if (m.code !== 'stored-item-unreadable' || !kind || !SET_ASIDE.has(kind)) return null;
  return t(`storage.setAside.${kind}` as MessageKey, { name: m.where?.file ?? '' });
}

export function StorageNotice() {
  const t = useT();
  const all = useAppStore((s) => s.userData.messages);
  const clear = useAppStore((s) => s.setStorageMessages);
  const messages = all.filter((m) => m.code !== 'storage-newer-version');
  if (messages.length === 0) return null;
  return (
    <div className="notice" role="status" data-testid="storage-messages">
      <p>
        <strong>{t('storage.title')}</strong>
      </p>
      <ul>
        {messages.map((m, i) => (
          <li key={i}>{setAsideLine(m, t) ?? <IssueText issue={m} />}</li>
        ))}
      </ul>
      <button
        type="button"
        className="button secondary small"
        onClick={() => clear(all.filter((m) => m.code === 'storage-newer-version'))}
      >
        {t('app.dismiss')}
      </button>
    </div>
  );
}
