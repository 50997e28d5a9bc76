/** The header: product name, navigation, language, presentation mode, undo/redo. */
import type { Lang } from '../../data/types.ts';
import { LANGS } from '../../i18n/translate.ts';
import { useT } from '../../i18n/useT.ts';
import { useAppStore } from '../../state/react.tsx';
import { ROUTES } from '../routes.ts';

export function Header() {
  const t = useT();
  const route = useAppStore((s) => s.view.route);
  const presentation = useAppStore((s) => s.view.presentation);
  const setLanguage = useAppStore((s) => s.setLanguage);
  const setPresentation = useAppStore((s) => s.setPresentation);
  const undo = useAppStore((s) => s.undo);
  const redo = useAppStore((s) => s.redo);
  const canUndo = useAppStore((s) => s.history.past.length > 0);
  const canRedo = useAppStore((s) => s.history.future.length > 0);

  return (
    <header className="app-header">
      <div className="brand">
        <svg className="brand-mark" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
          <rect width="32" height="32" rx="6" />
          <circle cx="11" cy="12" r="3.2" />
          <circle cx="21" cy="10" r="2.4" />
          <circle cx="19" cy="21" r="3.8" />
        </svg>
        <div>
          <div className="brand-name">{t('app.name')}</div>
          <div className="brand-tagline">{t('app.tagline')}</div>
        </div>
      </div>
      <nav className="app-nav" aria-label={t('nav.label')}>
        <ul>
          {ROUTES.map((r) => (
            <li key={r.id}>
              <a
                href={`#/${r.id}`}
                aria-current={route === r.id ? 'page' : undefined}
                data-testid={`nav-${r.id}`}
              >
                {t(r.label)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <div className="header-tools">
        <button
          type="button"
          className="icon-button"
          onClick={undo}
          disabled={!canUndo}
          title={t('app.undo')}
          aria-label={t('app.undo')}
          data-testid="undo"
        >
          ↶
        </button>
        <button
          type="button"
          className="icon-button"
          onClick={redo}
          disabled={!canRedo}
          title={t('app.redo')}
          aria-label={t('app.redo')}
          data-testid="redo"
        >
          ↷
        </button>
        <label className="lang-select">
          <span className="visually-hidden">{t('header.language')}</span>
          <select
            data-testid="language"
            value={t.lang}
            onChange={(e) => setLanguage(e.target.value as Lang)}
            aria-label={t('header.language')}
          >
            {LANGS.map((l) => (
              <option key={l} value={l} lang={l}>
                {t(`lang.${l}`)}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className="icon-button"
          aria-pressed={presentation}
          onClick={() => setPresentation(!presentation)}
          data-testid="presentation"
          title={presentation ? t('header.presentationOff') : t('header.presentation')}
          aria-label={presentation ? t('header.presentationOff') : t('header.presentation')}
        >
          <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
            <path
              d={
                presentation
                  ? 'M6 2v4H2M10 2v4h4M6 14v-4H2M10 14v-4h4'
                  : 'M2 6V2h4M14 6V2h-4M2 10v4h4M14 10v4h-4'
              }
              fill="none"
              stroke="currentColor"
              strokeWidth="1.6"
            />
          </svg>
        </button>
      </div>
    </header>
  );
}
