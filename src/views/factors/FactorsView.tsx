/**
 * #/factors: principal-component factor analysis with varimax (docs/methods.md section 4) on the
 * innovation table of a year or on seed 002's industries, and, in its own tab, seed 002's
 * published rotated component matrix (Table 2) in the same heatmap. The analysis choices
 * live in the spec's `factors` part, the data (regions or industries) in the view state; the
 * result is the one the analysis controller (state/analysisCompute.ts) put in the store.
 */
import { useMemo, useRef, useState } from 'react';
import type { FactorSpec, Rotation, VarimaxConvention } from '../../core/index.ts';
import type { TableDataset } from '../../data/types.ts';
import { useT } from '../../i18n/useT.ts';
import {
  factorSourceId,
  userTableById,
  factorVariables,
  INDUSTRIES_DATASET,
  numericColumns,
} from '../../state/analysisCompute.ts';
import { useAppStore, useAppStoreApi } from '../../state/react.tsx';
import { ExportButtons } from '../common/ExportButtons.tsx';
import { fileStem, toCsv } from '../common/export.ts';
import { exportMeta } from '../common/exportMeta.ts';
import { bundledSource, sourceStem, type ExportSource } from '../common/exportSource.ts';
import { SourceSwitch } from '../common/SourceSwitch.tsx';
import { VariablePicker } from '../common/VariablePicker.tsx';
import { YearSwitch } from '../common/YearSwitch.tsx';
import { bundledTable } from '../clustering/bundled.ts';
import { IssueList } from '../clustering/IssueList.tsx';
import { columnName, rowName } from '../clustering/names.ts';
import { figureOf } from '../common/figure.ts';
import { factorWords } from '../common/methodWords.ts';
import '../clustering/analysis.css';
import { Computing } from '../clustering/Computing.tsx';
import { Heatmap } from './Heatmap.tsx';
import { heatmapModel } from './heatmapModel.ts';
import { KAISER_COLOUR, SCREE_COLOUR, ScreePlot } from './ScreePlot.tsx';
import { ScrollRegion } from '../common/ScrollRegion.tsx';
import { datasetCitation, studyReference } from '../../data/datasets/citation.ts';
import { studyOf } from '../../state/study.ts';

export const PUBLISHED_LOADINGS = INDUSTRIES_DATASET;

type Tab = 'computed' | 'published';

/** The published Table 2 of seed 002 as a heatmap with its provenance. */
function PublishedLoadings({ ds }: { ds: TableDataset }) {
  const t = useT();
  const store = useAppStoreApi();
  const ref = useRef<SVGSVGElement | null>(null);
  const cols = numericColumns(ds);
  const values = ds.rows.map((r) => cols.map((c) => r.cells[c]?.value ?? null));
  const model = useMemo(
    () => heatmapModel(values, { centre: 0, scale: 'linear', mark: 'max-abs-row', span: 1 }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [ds],
  );
  const rows = ds.rows.map((r) => rowName(ds, r.key, t));
  const colLabels = cols.map((_, j) => t('factors.componentN', { n: j + 1 }));
  const title = t('factors.publishedTitle');
  const meta = exportMeta(title, () => studyOf(store.getState()), t, {}, bundledSource(ds.id));
  return (
    <div className="panel" data-testid="published-loadings">
      <div className="panel-head">
        <h2>{title}</h2>
        <ExportButtons
          name={fileStem('factors', 'published-loadings')}
          meta={meta}
          svg={() => figureOf(ref.current, meta())}
          csv={() =>
            toCsv(
              [t('factors.col.variable'), ...colLabels],
              ds.rows.map((r, i) => [rows[i], ...cols.map((c) => r.cells[c]?.value ?? null)]),
              meta(),
            )
          }
          testid="published-loadings-export"
        />
      </div>
      <p className="provenance" data-testid="published-provenance">
        {t('factors.publishedProvenance', {
          source: studyReference(ds.seed, t.lang) ?? ds.source,
          citation: datasetCitation(ds, t.lang),
        })}
        <br />
        {ds.notes[t.lang]}
        <br />
        <strong>{t('factors.publishedNoData')}</strong>
      </p>
      <Heatmap
        ref={ref}
        model={model}
        rowLabels={rows}
        colLabels={colLabels}
        digits={3}
        testid="loadings-heatmap"
        title={title}
        markedMeaning={t('factors.markedMeaning')}
        labelWidth={300}
      />
    </div>
  );
}

export default function FactorsView() {
  const t = useT();
  const store = useAppStoreApi();
  const spec = useAppStore((s) => s.spec);
  const setSpec = useAppStore((s) => s.setSpec);
  const [tab, setTab] = useState<Tab>('computed');
  const source = useAppStore((s) => s.view.factorSource);
  const setSource = useAppStore((s) => s.setFactorSource);
  const datasetId = useAppStore(factorSourceId);
  const entry = useAppStore((s) => s.analyses.factors);
  const heatRef = useRef<SVGSVGElement | null>(null);
  const screeRef = useRef<SVGSVGElement | null>(null);
  const f = spec.factors;
  const userDs = useAppStore((s) => userTableById(s, datasetId));
  const bundledDs = useMemo(() => bundledTable(datasetId), [datasetId]);
  const ds = userDs ?? bundledDs;
  const user = useAppStore((s) => s.userData.datasets.find((d) => d.id === datasetId) ?? null);
  const exportSource: ExportSource | undefined = user
    ? { kind: 'user', fileName: user.fileName, sha256: user.sha256, rows: user.table.rows.length }
    : bundledSource(datasetId);
  const published = useMemo(() => bundledTable(PUBLISHED_LOADINGS), []);
  // Only a result computed from the data on screen is shown (see ClusteringView).
  const current = entry.basis?.source === datasetId ? entry : null;
  const output = current?.output ?? null;
  const edit = (patch: Partial<FactorSpec>) =>
    setSpec({ ...store.getState().spec, factors: { ...store.getState().spec.factors, ...patch } });

  const r = output?.result ?? null;
  const loadings = r ? (r.rotated ?? r.loadings) : null;
  const heat = useMemo(
    () =>
      loadings
        ? heatmapModel(loadings, { centre: 0, scale: 'linear', mark: 'max-abs-row', span: 1 })
        : null,
    [loadings],
  );

  const tabButton = (id: Tab, label: string) => (
    <button
      type="button"
      role="tab"
      id={`factors-tab-${id}`}
      aria-selected={tab === id}
      aria-controls={`factors-panel-${id}`}
      tabIndex={tab === id ? 0 : -1}
      data-testid={`factors-tab-${id}`}
      onClick={() => setTab(id)}
      onKeyDown={(e) => {
        if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
          e.preventDefault();
          const next = tab === 'computed' ? 'published' : 'computed';
          setTab(next);
          document.getElementById(`factors-tab-${next}`)?.focus();
        }
      }}
    >
      {label}
    </button>
  );

  const available = ds ? numericColumns(ds) : [];
  // The checkboxes follow the spec at once; the loadings' rows are the variables computed.
  const vars = ds ? factorVariables(ds, f.variables) : [];
  const computedVars = current?.basis?.variables ?? [];
  const names = ds ? computedVars.map((v) => columnName(ds, v, t)) : [];
  const meta = (title: string) =>
    exportMeta(
      title,
      () => studyOf(store.getState()),
      t,
      { variables: vars.join(' ') },
      exportSource,
    );
  const stem = (what: string) =>
    fileStem('factors', what, user ? sourceStem(exportSource) : f.source);
  const compLabels = r
    ? Array.from({ length: r.nfactors }, (_, j) => t('factors.componentN', { n: j + 1 }))
    : [];

  return (
    <section className="view analysis-view" aria-labelledby="factors-title">
      <div className="view-head">
        <div>
          <h1 id="factors-title">{t('factors.title')}</h1>
          <p>{t('factors.lead')}</p>
        </div>
      </div>
      <div className="tabs" role="tablist" aria-label={t('factors.title')}>
        {tabButton('computed', t('factors.tab.computed'))}
        {tabButton('published', t('factors.tab.published'))}
      </div>
      {tab === 'published' ? (
        <div id="factors-panel-published" role="tabpanel" aria-labelledby="factors-tab-published">
          {published ? (
            <PublishedLoadings ds={published} />
          ) : (
            <p className="issues">{t('analysis.datasetMissing', { id: PUBLISHED_LOADINGS })}</p>
          )}
        </div>
      ) : (
        <div
          id="factors-panel-computed"
          role="tabpanel"
          aria-labelledby="factors-tab-computed"
          className="view-grid"
        >
          <aside className="panel" data-testid="factors-controls">
            <SourceSwitch
              label="factors.source"
              labelId="fa-source"
              value={source}
              onChange={setSource}
              testidPrefix="factors-source"
            />
            {source === 'regions' && <YearSwitch />}
            {ds && (
              <VariablePicker
                ds={ds}
                available={available}
                selected={vars}
                minimum={2}
                testidPrefix="factor-var"
                onChange={(variables) => edit({ variables })}
              />
            )}
            <label className="field">
              <span>{t('factors.nfactors')}</span>
              <select
                data-testid="factors-n"
                value={f.nfactors === null ? 'kaiser' : String(f.nfactors)}
                onChange={(e) =>
                  edit({ nfactors: e.target.value === 'kaiser' ? null : Number(e.target.value) })
                }
              >
                <option value="kaiser">{t('factors.kaiser')}</option>
                {vars.map((_, j) => (
                  <option key={j} value={String(j + 1)}>
                    {j + 1}
                  </option>
                ))}
              </select>
            </label>
            <label className="field">
              <span>{t('factors.rotation')}</span>
              <select
                data-testid="factors-rotation"
                value={f.rotation}
                onChange={(e) => edit({ rotation: e.target.value as Rotation })}
              >
                <option value="varimax">{t('factors.rotation.varimax')}</option>
                <option value="none">{t('factors.rotation.none')}</option>
              </select>
            </label>
            <div className="field">
              <span className="field-label" id="fa-conv">
                {t('factors.convention')}
              </span>
              <div className="segmented" role="group" aria-labelledby="fa-conv">
                {(['r', 'spss'] as VarimaxConvention[]).map((cv) => (
                  <button
                    key={cv}
                    type="button"
                    aria-pressed={f.convention === cv}
                    data-testid={`factors-convention-${cv}`}
                    disabled={f.rotation === 'none'}
                    onClick={() => edit({ convention: cv })}
                  >
                    {cv === 'r' ? 'R' : 'SPSS'}
                  </button>
                ))}
              </div>
            </div>
            <p className="footnote">
              {t(`factors.conventionNote.${f.rotation === 'none' ? 'none' : f.convention}`)}
            </p>
          </aside>

          <div className="analysis-main">
            {!ds && <p className="issues">{t('analysis.datasetMissing', { id: datasetId })}</p>}
            {ds && <Computing entry={entry} stale={!current} testid="factors-computing" />}
            {current && (
              <IssueList
                issues={[...current.issues, ...(output?.issues ?? [])]}
                testid="factors-issues"
              />
            )}
            {r && heat && loadings && (
              <>
                <div className="panel">
                  <div className="panel-head">
                    <h2>{t(r.rotated ? 'factors.loadingsRotated' : 'factors.loadings')}</h2>
                    <ExportButtons
                      name={stem('loadings')}
                      meta={meta(t('factors.loadings'))}
                      svg={() =>
                        figureOf(heatRef.current, meta(t('factors.loadings'))(), {
                          subtitle: factorWords(store.getState().spec, t),
                        })
                      }
                      csv={() =>
                        toCsv(
                          [t('factors.col.variable'), ...compLabels, t('factors.communality')],
                          loadings.map((row, i) => [names[i], ...row, r.communalities[i]]),
                          meta(t('factors.loadings'))(),
                        )
                      }
                      testid="loadings-export"
                    />
                  </div>
                  <Heatmap
                    ref={heatRef}
                    model={heat}
                    rowLabels={names}
                    colLabels={compLabels}
                    digits={3}
                    testid="loadings-heatmap"
                    title={t('factors.loadings')}
                    markedMeaning={t('factors.markedMeaning')}
                    labelWidth={280}
                    cellWidth={76}
                  />
                  <p className="footnote" data-testid="factors-iterations">
                    {r.rotated
                      ? t('factors.iterations', { n: r.iterations })
                      : t('factors.notRotated')}
                  </p>
                </div>
                <div className="analysis-row">
                  <div className="panel">
                    <div className="panel-head">
                      <h2>{t('factors.scree')}</h2>
                      <ExportButtons
                        name={stem('scree')}
                        meta={meta(t('factors.scree'))}
                        svg={() =>
                          figureOf(screeRef.current, meta(t('factors.scree'))(), {
                            subtitle: factorWords(store.getState().spec, t),
                            legend: [
                              {
                                colour: SCREE_COLOUR,
                                label: t('figure.keptComponents'),
                                shape: 'circle',
                              },
                              {
                                colour: KAISER_COLOUR,
                                label: t('factors.kaiserLine'),
                                shape: 'line',
                              },
                            ],
                          })
                        }
                        testid="scree-export"
                      />
                    </div>
                    <ScreePlot chartRef={screeRef} eigenvalues={r.eigenvalues} kept={r.nfactors} />
                  </div>
                  <div className="panel">
                    <div className="panel-head">
                      <h2>{t('factors.variance')}</h2>
                      <ExportButtons
                        name={stem('variance')}
                        meta={meta(t('factors.variance'))}
                        csv={() =>
                          toCsv(
                            [
                              t('factors.component'),
                              t('factors.eigenvalue'),
                              t('factors.explained'),
                              t('factors.cumulative'),
                              t('factors.rotatedExplained'),
                            ],
                            r.eigenvalues.map((v, j) => [
                              j + 1,
                              v,
                              r.explained[j],
                              r.cumulative[j],
                              r.rotatedExplained?.[j] ?? null,
                            ]),
                            meta(t('factors.variance'))(),
                          )
                        }
                        testid="variance-export"
                      />
                    </div>
                    <ScrollRegion label={t('factors.variance')}>
                      <table className="data compact" data-testid="variance-table">
                        <thead>
                          <tr>
                            <th scope="col">{t('factors.component')}</th>
                            <th scope="col" className="num">
                              {t('factors.eigenvalue')}
                            </th>
                            <th scope="col" className="num">
                              {t('factors.explained')}
                            </th>
                            <th scope="col" className="num">
                              {t('factors.cumulative')}
                            </th>
                            {r.rotatedExplained && (
                              <th scope="col" className="num">
                                {t('factors.rotatedExplained')}
                              </th>
                            )}
                          </tr>
                        </thead>
                        <tbody>
                          {r.eigenvalues.map((v, j) => (
                            <tr key={j} className={j < r.nfactors ? 'is-kept' : 'muted'}>
                              <td>{j + 1}</td>
                              <td className="num">{t.num(v, 3)}</td>
                              <td className="num">{t.num(r.explained[j], 1)}</td>
                              <td className="num">{t.num(r.cumulative[j], 1)}</td>
                              {r.rotatedExplained && (
                                <td className="num">
                                  {j < r.nfactors ? t.num(r.rotatedExplained[j], 1) : ''}
                                </td>
                              )}
                            </tr>
                          ))}
                        </tbody>
                      </table>
                    </ScrollRegion>
                  </div>
                </div>
                <div className="panel">
                  <div className="panel-head">
                    <h2>{t('factors.communalities')}</h2>
                    <ExportButtons
                      name={stem('communalities')}
                      meta={meta(t('factors.communalities'))}
                      csv={() =>
                        toCsv(
                          [t('factors.col.variable'), t('factors.communality')],
                          r.communalities.map((h, i) => [names[i], h]),
                          meta(t('factors.communalities'))(),
                        )
                      }
                      testid="communalities-export"
                    />
                  </div>
                  <table className="data compact communalities" data-testid="communalities-table">
                    <thead>
                      <tr>
                        <th scope="col">{t('factors.col.variable')}</th>
                        <th scope="col" className="num">
                          {t('factors.communality')}
                        </th>
                      </tr>
                    </thead>
                    <tbody>
                      {r.communalities.map((h, i) => (
                        <tr key={i}>
                          <td>{names[i]}</td>
                          <td className="num">{t.num(h, 3)}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              </>
            )}
          </div>
        </div>
      )}
    </section>
  );
}
