/** The rating view: indicator tree and methods on the left, the table on the right. */
import { useMemo } from 'react';
import { useT } from '../../i18n/useT.ts';
import { useAppStore, useAppStoreApi } from '../../state/react.tsx';
import { ExportButtons } from '../common/ExportButtons.tsx';
import { fileStem, toCsv } from '../common/export.ts';
import { regionName } from '../map/regionName.ts';
import { MethodControls } from './MethodControls.tsx';
import { RatingTable } from './RatingTable.tsx';
import { selectRatingTable } from './rows.ts';
import { WeightTree } from './WeightTree.tsx';
import { PublishedNotes } from './PublishedNotes.tsx';
import { SensitivityControls } from './SensitivityControls.tsx';
import { PUBLISHED_DATASET } from './rows.ts';
import { IssueText } from '../common/IssueText.tsx';

export default function RatingView() {
  const t = useT();
  const store = useAppStoreApi();
  const year = useAppStore((s) => s.view.year);
  const ratingIssues = useAppStore((s) => s.results.issues);
  const sensIssues = useAppStore((s) => s.results.sensitivity?.issues);
  // The sensitivity run repeats the rating's own checks: list only what it adds.
  const issues = useMemo(() => {
    const seen = new Set(ratingIssues.map((i) => `${i.code}|${i.message}`));
    return [
      ...ratingIssues,
      ...(sensIssues ?? []).filter((i) => !seen.has(`${i.code}|${i.message}`)),
    ];
  }, [ratingIssues, sensIssues]);
  const status = useAppStore((s) => s.results.status);
  const noIndicators = useAppStore((s) => s.spec.rating.groups.length === 0);

  const meta = () => ({
    title: `${t('rating.table')}, ${year}`,
    spec: store.getState().spec,
    extra: {
      year: String(year),
      language: t.lang,
      published: `${PUBLISHED_DATASET} (seed 004, Table 6)`,
    },
    created: new Date().toISOString(),
  });

  const csv = () => {
    const m = selectRatingTable(store.getState());
    const header = [
      t('rating.col.rank'),
      'ISO',
      t('rating.col.region'),
      t('rating.col.class'),
      ...m.groupIds.map((g) => t(`group.${g}` as never)),
      t('rating.col.index'),
      t('rating.col.change', { year: m.other }),
      t('rating.col.published'),
      t('rating.col.diff'),
      'rank_p05',
      'rank_median',
      'rank_p95',
    ];
    const rows = m.rows.map((r) => [
      r.rank,
      r.code,
      regionName(r.code, t),
      r.className,
      ...m.groupIds.map((g) => r.groups[g]),
      r.index,
      r.indexChange,
      r.published,
      r.diff,
      r.interval?.p05,
      r.interval?.median,
      r.interval?.p95,
    ]);
    return toCsv(header, rows, meta());
  };

  return (
    <section className="view" aria-labelledby="rating-title">
      <div className="view-head">
        <div>
          <h1 id="rating-title">{t('rating.title')}</h1>
          <p>{t('rating.lead')}</p>
        </div>
        <ExportButtons
          name={fileStem('rating', year)}
          meta={meta}
          csv={csv}
          testid="rating-export"
        />
      </div>
      <div className="view-grid">
        <aside>
          <MethodControls />
          <div className="panel">
            <WeightTree />
          </div>
        </aside>
        <div className="panel">
          <div className="panel-head">
            <span className="status" aria-live="polite">
              {status === 'running' ? t('app.computing') : ''}
            </span>
          </div>
          <SensitivityControls />
          {noIndicators ? <p className="issues">{t('rating.noIndicators')}</p> : <RatingTable />}
          <p className="footnote">{t('rating.footnote', { dataset: PUBLISHED_DATASET })}</p>
          <PublishedNotes />
          {issues.length > 0 && (
            <details className="issues" data-testid="rating-issues">
              <summary>
                {t('rating.issues')} ({issues.length})
              </summary>
              <ul>
                {issues.map((i, k) => (
                  <li key={k}>
                    <IssueText issue={i} />
                  </li>
                ))}
              </ul>
            </details>
          )}
        </div>
      </div>
    </section>
  );
}
