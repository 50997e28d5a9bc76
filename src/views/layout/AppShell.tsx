/** The frame around every view: skip link, header, notices, the routed view. */
import { lazy, Suspense, useEffect } from 'react';
import { useT } from '../../i18n/useT.ts';
import { useAppStore, useAppStoreApi } from '../../state/react.tsx';
import { defaultView } from '../../state/viewState.ts';
import { defaultSpec } from '../../core/index.ts';
import { ErrorBoundary } from '../common/ErrorBoundary.tsx';
import { routeById } from '../routes.ts';
import { Header } from './Header.tsx';
import { Notices } from './Notices.tsx';
import { StorageNotice } from './StorageNotice.tsx';
import { StudyData } from './StudyData.tsx';
import { usePresentation } from './usePresentation.ts';

const PrintSource = lazy(() => import('./PrintSource.tsx'));

export function AppShell() {
  const t = useT();
  const routeId = useAppStore((s) => s.view.route);
  const store = useAppStoreApi();
  const route = routeById(routeId);
  const View = route.component;
  usePresentation();

  useEffect(() => {
    document.documentElement.lang = t.lang;
    document.title = `${t(route.label)} · ${t('app.name')}`;
  }, [t, route.label]);

  const reset = () => {
    const s = store.getState();
    s.setSpec(defaultSpec());
    s.setView({ ...defaultView(), route: s.view.route, language: s.view.language });
  };

  return (
    <div className="app">
      <a
        className="skip-link"
        href="#content"
        onClick={(e) => {
          e.preventDefault();
          document.getElementById('content')?.focus();
        }}
      >
        {t('app.skip')}
      </a>
      <Header />
      <Notices />
      <StorageNotice />
      <StudyData />
      <main id="content" tabIndex={-1} className="app-main">
        <ErrorBoundary
          resetKey={routeId}
          fallback={(retry) => (
            <section className="view error-view" role="alert" data-testid="view-error">
              <h1>{t('app.error.title')}</h1>
              <p>{t('app.error.text')}</p>
              <div className="button-row">
                <button type="button" className="button" onClick={retry}>
                  {t('app.error.retry')}
                </button>
                <button
                  type="button"
                  className="button secondary"
                  onClick={() => {
                    reset();
                    retry();
                  }}
                >
                  {t('app.error.reset')}
                </button>
              </div>
            </section>
          )}
        >
          <Suspense
            fallback={
              <p className="loading" role="status">
                {t('app.loading')}
              </p>
            }
          >
            <View />
          </Suspense>
        </ErrorBoundary>
      </main>
      <Suspense fallback={null}>
        <PrintSource />
      </Suspense>
    </div>
  );
}
