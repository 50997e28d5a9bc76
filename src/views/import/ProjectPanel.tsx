/**
 * The project file (save everything as one JSON file; open it with the import input) and the
 * saved analyses: named specs kept in this browser, applied with one click.
 */
import { useState } from 'react';
import { useT } from '../../i18n/useT.ts';
import { exportProject } from '../../state/persistence/projectFile.ts';
import { useAppStore, useAppStoreApi } from '../../state/react.tsx';
import { nextUserId } from '../../state/userData.ts';
import { download, fileStem } from '../common/export.ts';
import { sourceStem, specSource } from '../common/exportSource.ts';

export function ProjectPanel() {
  const t = useT();
  const store = useAppStoreApi();
  const analyses = useAppStore((s) => s.userData.analyses);
  const [name, setName] = useState('');
  const save = () => {
    const n = name.trim();
    if (!n) return;
    const s = store.getState();
    s.saveAnalysis({
      id: nextUserId('analysis', s.userData.analyses),
      name: n.slice(0, 120),
      savedAt: new Date().toISOString(),
      spec: s.spec,
    });
    setName('');
  };
  return (
    <section className="panel" aria-labelledby="project-title" data-testid="project">
      <h3 id="project-title">{t('import.project.title')}</h3>
      <p className="muted">{t('import.project.lead')}</p>
      <div className="button-row">
        <button
          type="button"
          className="button secondary small"
          data-testid="project-export"
          onClick={() =>
            download(
              new Blob([exportProject(store.getState(), new Date().toISOString())], {
                type: 'application/json',
              }),
              `${fileStem('kz-atlas-project', sourceStem(specSource(store.getState().spec)))}.json`,
            )
          }
        >
          {t('import.project.export')}
        </button>
      </div>
      <h4>{t('import.analyses.title')}</h4>
      <form
        className="button-row"
        onSubmit={(e) => {
          e.preventDefault();
          save();
        }}
      >
        <label htmlFor="analysis-name">{t('import.analyses.name')}</label>
        <input
          id="analysis-name"
          type="text"
          value={name}
          maxLength={120}
          onChange={(e) => setName(e.target.value)}
        />
        <button type="submit" className="button small" disabled={!name.trim()}>
          {t('import.analyses.save')}
        </button>
      </form>
      {analyses.length === 0 ? (
        <p className="muted">{t('import.analyses.empty')}</p>
      ) : (
        <ul className="user-items" data-testid="saved-analyses">
          {analyses.map((a) => (
            <li key={a.id}>
              <strong>{a.name}</strong> <span className="muted">{a.savedAt.slice(0, 10)}</span>{' '}
              <button
                type="button"
                className="button small"
                onClick={() => store.getState().setSpec(a.spec)}
              >
                {t('import.analyses.apply')}
              </button>{' '}
              <button
                type="button"
                className="button secondary small"
                aria-label={t('import.list.removeFile', { file: a.name })}
                onClick={() => store.getState().removeAnalysis(a.id)}
              >
                {t('import.list.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
