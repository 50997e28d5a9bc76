/**
 * The data view: every bundled table with its source, notes and the provenance of each figure;
 * the data audit's findings in sentences; the ICT charts of seed 000; and the import of the
 * user's own data (views/import).
 */
import { useEffect, useState } from 'react';
import type { AuditFinding } from '../../data/audit/finding.ts';
import { DATASETS } from '../../data/datasets/catalogue.ts';
import { useT } from '../../i18n/useT.ts';
import { ensureBrowserPersistence } from '../../state/persistence/persist.ts';
import { useAppStoreApi } from '../../state/react.tsx';
import { ImportPanel } from '../import/ImportPanel.tsx';
import { auditSentence } from './auditSentences.ts';
import { DatasetSection } from './DatasetSection.tsx';
import './data.css';

// The audit recomputes figures: loaded after the first paint, in its own chunk.
const loadAudit = () => import('../../data/audit/index.ts');

function useFindings(): AuditFinding[] | null {
  const [findings, setFindings] = useState<AuditFinding[] | null>(null);
  useEffect(() => {
    let live = true;
    loadAudit().then(
      (m) => live && setFindings(m.auditAll()),
      // The chunk failed to load (e.g. offline before it was cached): no findings to show. A
      // fault in the audit itself is not caught here: it must not pass for "no findings".
      () => live && setFindings([]),
    );
    return () => {
      live = false;
    };
  }, []);
  return findings;
}

export default function DataView() {
  const t = useT();
  const findings = useFindings();
  const store = useAppStoreApi();
  useEffect(() => {
    // Outside a browser with IndexedDB (tests) the memory fallback is used.
    if (typeof indexedDB !== 'undefined') void ensureBrowserPersistence(store);
  }, [store]);
  return (
    <section className="view data-view" aria-labelledby="data-title">
      <div className="view-head">
        <div>
          <h1 id="data-title">{t('data.title')}</h1>
          <p>{t('data.lead')}</p>
        </div>
      </div>
      <nav className="toc" aria-label={t('data.toc')}>
        <a href="#data-bundled" onClick={(e) => jump(e, 'data-bundled')}>
          {t('data.bundled')}
        </a>
        <a href="#data-audit" onClick={(e) => jump(e, 'data-audit')}>
          {t('data.audit.title')}
        </a>
        <a href="#import-title" onClick={(e) => jump(e, 'import-title')}>
          {t('import.title')}
        </a>
      </nav>
      <ImportPanel />
      <section aria-labelledby="data-audit" className="panel" data-testid="audit">
        <h2 id="data-audit">{t('data.audit.title')}</h2>
        <p className="muted">{t('data.audit.lead')}</p>
        {findings === null ? (
          <p role="status">{t('app.loading')}</p>
        ) : findings.length === 0 ? (
          <p>{t('data.audit.none')}</p>
        ) : (
          <ol className="audit-list">
            {findings.map((f, i) => (
              <li key={i} data-testid="audit-finding">
                {auditSentence(f, DATASETS, t)}
              </li>
            ))}
          </ol>
        )}
      </section>
      <section aria-labelledby="data-bundled">
        <h2 id="data-bundled">{t('data.bundled')}</h2>
        {DATASETS.map((ds, i) => (
          <DatasetSection key={ds.id} ds={ds} open={i === 0} />
        ))}
      </section>
    </section>
  );
}

/** In-page links without touching the hash (the hash is the router's). */
function jump(e: React.MouseEvent, id: string) {
  e.preventDefault();
  const el = document.getElementById(id);
  el?.scrollIntoView({ block: 'start' });
  if (el) {
    el.setAttribute('tabindex', '-1');
    el.focus();
  }
}
