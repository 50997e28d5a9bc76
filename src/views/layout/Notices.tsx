/** Messages that are not results, e.g. a shared link that could not be read. */
import { useT } from '../../i18n/useT.ts';
import { useAppStore } from '../../state/react.tsx';
import { IssueText } from '../common/IssueText.tsx';

export function Notices() {
  const t = useT();
  const notices = useAppStore((s) => s.notices);
  const setNotices = useAppStore((s) => s.setNotices);
  const newer = useAppStore((s) =>
    s.userData.messages.find((m) => m.code === 'storage-newer-version'),
  );
  if (newer)
    return (
      <div className="notice" role="alert" data-testid="storage-newer-version">
        <p>
          <IssueText issue={newer} />
        </p>
        <button type="button" className="button" onClick={() => window.location.reload()}>
          {t('app.reload')}
        </button>
      </div>
    );
  if (notices.length === 0) return null;
  return (
    <div className="notice" role="alert" data-testid="notice">
      <p>{t('app.badLink')}</p>
      <ul>
        {notices.map((n, i) => (
          <li key={i}>
            <IssueText issue={n} />
          </li>
        ))}
      </ul>
      <button type="button" className="button secondary" onClick={() => setNotices([])}>
        {t('app.dismiss')}
      </button>
    </div>
  );
}
