/** The rating view: indicator tree and methods on the left, the table on the right. */
import { useMemo } from 'react';
import { useT } from '../../i18n/useT.ts';
import { useAppStore, useAppStoreApi } from '../../state/react.tsx';
import { ExportButtons } from '../common/ExportButtons.tsx';
import { fileStem, toCsv } from '../common/export.ts';
import { regionName } from '../map/regionName.ts';
import { classText } from './classColour.ts';
import { MethodControls } from './MethodControls.tsx';
import { RankTrajectories } from './RankTrajectories.tsx';
import { RatingTable } from './RatingTable.tsx';
import { selectRatingTable } from './rows.ts';
import { classesReached } from './sensitivityView.ts';
import { IndexEditor } from './IndexEditor.tsx';
import { PublishedNotes } from './PublishedNotes.tsx';
import { SensitivityControls } from './SensitivityControls.tsx';
import { CoinrPanel } from './CoinrPanel.tsx';
import { CoherencePanel } from './CoherencePanel.tsx';
import { ChoicesSensitivity } from './ChoicesSensitivity.tsx';
import { PUBLISHED_DATASET } from './rows.ts';
import { isPaperData } from '../../core/index.ts';
import { groupName } from '../common/names.ts';
import { bundledSource, sourceStem, specSource } from '../common/exportSource.ts';
import { IssueText } from '../common/IssueText.tsx';
import { studyOf } from '../../state/study.ts';

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

  const paper = useAppStore((s) => isPaperData(s.spec.data));
  const stemOfData = useAppStore((s) => sourceStem(specSource(s.spec)));

  // The published column is cited only beside the paper's own data (issue 8).
  const meta = () => {
    const pub = paper ? bundledSource(PUBLISHED_DATASET) : undefined;
    return {
      title: `${t('rating.table')}, ${year}`,
      spec: studyOf(store.getState()),
      extra: {
        year: String(year),
        ...(pub?.kind === 'bundled' ? { published: pub.citation } : {}),
        language: t.lang,
      },
      created: new Date().toISOString(),
    };
  };

  const csv = () => {
    const st = store.getState();
    const m = selectRatingTable(st);
    const named = { rating: st.spec.rating, data: st.spec.data };
    const change = paper || m.rows.some((r) => r.indexChange !== null);
    // One column per class any region reached in the sensitivity runs (share of runs, 0-1).
    const shareLabels = classesReached(
      m.rows.map((r) => r.interval),
      st.spec.rating.classes,
    );
    const header = [
      t('rating.col.rank'),
      'ISO',
      t('rating.col.region'),
      t('rating.col.class'),
      ...m.groupIds.map((g) => groupName(t, named, g)),
      t('rating.col.index'),
      ...(change ? [t('rating.col.change', { year: m.other })] : []),
      ...(paper ? [t('rating.col.published'), t('rating.col.diff')] : []),
      'rank_p05',
      'rank_median',
      'rank_p95',
      ...shareLabels.map((c) => `share_${c}`),
    ];
    const rows = m.rows.map((r) => [
      r.rank,
      r.code,
      regionName(r.code, t),
      classText(r.className, t),
      ...m.groupIds.map((g) => r.groups[g]),
      r.index,
      ...(change ? [r.indexChange] : []),
      ...(paper ? [r.published, r.diff] : []),
      r.interval?.p05,
      r.interval?.median,
      r.interval?.p95,
      ...shareLabels.map((c) =>
        r.interval ? (r.interval.classes.find((x) => x.label === c)?.share ?? 0) : null,
      ),
    ]);
    return toCsv(header, rows, meta());
  };

  return (
    <section className="view" aria-labelledby="rating-title">
      <div className="view-head">
        <div>
          <h1 id="rating-title">{t(paper ? 'rating.title' : 'rating.titleUser')}</h1>
          <p>{t(paper ? 'rating.lead' : 'rating.leadUser')}</p>
        </div>
        <ExportButtons
          name={fileStem('rating', stemOfData, year)}
          meta={meta}
          csv={csv}
          testid="rating-export"
        />
      </div>
      <div className="view-grid">
        <aside>
          <MethodControls />
          <div className="panel">
            <IndexEditor />
          </div>
          <CoinrPanel />
        </aside>
        <div className="panel">
          <div className="panel-head">
            <span className="status" aria-live="polite">
              {status === 'running' ? t('app.computing') : ''}
            </span>
          </div>
          <SensitivityControls />
          {noIndicators ? <p className="issues">{t('rating.noIndicators')}</p> : <RatingTable />}
          {paper && (
            <p className="footnote">{t('rating.footnote', { dataset: PUBLISHED_DATASET })}</p>
          )}
          {paper && <PublishedNotes />}
          <RankTrajectories />
          <CoherencePanel />
          <ChoicesSensitivity />
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
