/** The rating view: indicator tree and methods on the left, the table on the right. */
import { studyUnitsAreOwn } from '../../state/unitKind.ts';
import { memo, useMemo } from 'react';
import { useT } from '../../i18n/useT.ts';
import { DeferredStore, useAppStore, useAppStoreApi } from '../../state/react.tsx';
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
import { TreatedScores, TREATMENT_CODES } from './TreatedScores.tsx';
import { PUBLISHED_DATASET } from './rows.ts';
import { isPaperData, rowTreatmentCode } from '../../core/index.ts';
import { groupName } from '../common/names.ts';
import { bundledSource, sourceStem, specSource } from '../common/exportSource.ts';
import { IssueText } from '../common/IssueText.tsx';
import { studyOf } from '../../state/study.ts';

// The view re-renders at every slider step (its issues list follows each run); its panels take
// no props, so memo() lets each re-render only when what it reads from the store changes.
const Methods = memo(MethodControls);
const Editor = memo(IndexEditor);
const Coinr = memo(CoinrPanel);
const SensitivityFields = memo(SensitivityControls);
const Table = memo(RatingTable);
const Notes = memo(PublishedNotes);
const Choices = memo(ChoicesSensitivity);
// Display-only panels follow a step a frame or two later, off the step's own render
// (DeferredStore, state/react.tsx): the table and the weights repaint in the step's frame.
const Scores = memo(TreatedScores);
const Trajectories = memo(RankTrajectories);
const Coherence = memo(CoherencePanel);

/** "Computing" while a run is under way (its own component: it changes within a step). */
function Status() {
  const t = useT();
  const status = useAppStore((s) => s.results.status);
  return (
    <span className="status" aria-live="polite">
      {status === 'running' ? t('app.computing') : ''}
    </span>
  );
}

/** The rating's and the sensitivity's issues (a new list at every run, so apart from the view). */
function Issues() {
  const t = useT();
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
  if (issues.length === 0) return null;
  return (
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
  );
}

export default function RatingView() {
  const t = useT();
  const store = useAppStoreApi();
  const year = useAppStore((s) => s.view.year);
  const noIndicators = useAppStore((s) => s.spec.rating.groups.length === 0);

  const paper = useAppStore((s) => isPaperData(s.spec.data));
  // The user's own units (districts, firms) are not called regions (state/unitKind.ts).
  const own = useAppStore(studyUnitsAreOwn);
  const stemOfData = useAppStore((s) => sourceStem(specSource(s.spec)));

  // The published column is cited only beside the paper's own data (issue 8).
  const meta = () => {
    const pub = paper ? bundledSource(PUBLISHED_DATASET) : undefined;
    return {
      title: `${t(own ? 'rating.table.units' : 'rating.table')}, ${year}`,
      spec: studyOf(store.getState()),
      extra: {
        year: String(year),
        ...(pub?.kind === 'bundled' ? { published: pub.citation } : {}),
        ...(store.getState().results.rating[year]?.treatment
          ? { treatment_codes: TREATMENT_CODES }
          : {}),
        language: t.lang,
      },
      created: new Date().toISOString(),
    };
  };

  const csv = () => {
    const st = store.getState();
    const m = selectRatingTable(st);
    const res = st.results.rating[st.view.year];
    const treated = !!res?.treatment;
    const at = new Map(res?.units.map((u, i) => [u, i]) ?? []);
    const treatedCells = (code: string) => {
      const i = at.get(code);
      return res?.treatment && i !== undefined
        ? rowTreatmentCode(res.indicators, res.treatment.cells[i])
        : '';
    };
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
      t(own ? 'rating.col.unit' : 'rating.col.region'),
      t('rating.col.class'),
      ...m.groupIds.map((g) => groupName(t, named, g)),
      t('rating.col.index'),
      ...(change ? [t('rating.col.change', { year: m.other })] : []),
      ...(paper ? [t('rating.col.published'), t('rating.col.diff')] : []),
      'rank_p05',
      'rank_median',
      'rank_p95',
      ...shareLabels.map((c) => `share_${c}`),
      ...(treated ? [t('treat.csvColumn')] : []),
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
      // Which of the region's cells the data treatment changed (TreatedScores.tsx codes).
      ...(treated ? [treatedCells(r.code)] : []),
    ]);
    return toCsv(header, rows, meta());
  };

  return (
    <section className="view" aria-labelledby="rating-title">
      <div className="view-head">
        <div>
          <h1 id="rating-title">
            {t(paper ? 'rating.title' : own ? 'rating.titleUser.units' : 'rating.titleUser')}
          </h1>
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
          <Methods />
          <div className="panel">
            <Editor />
          </div>
          <Coinr />
        </aside>
        <div className="panel">
          <div className="panel-head">
            <Status />
          </div>
          <SensitivityFields />
          {noIndicators ? <p className="issues">{t('rating.noIndicators')}</p> : <Table />}
          {paper && (
            <p className="footnote">{t('rating.footnote', { dataset: PUBLISHED_DATASET })}</p>
          )}
          {paper && <Notes />}
          <DeferredStore>
            <Scores />
            <Trajectories />
            <Coherence />
          </DeferredStore>
          <Choices />
          <Issues />
        </div>
      </div>
    </section>
  );
}
