/**
 * #/clustering: hierarchical clustering of the 16 regions (seed 003's method on seed 004's
 * indicators) or of seed 002's industries on their published loadings. The analysis choices
 * live in the spec's `clustering` part; the dendrogram, the cluster map, the schedule, the
 * sums of squares, the silhouette, seed 002's discriminant check of the groups and the comparison with the published grouping all read
 * the result the analysis controller (state/analysisCompute.ts) put in the store; which data
 * is clustered is view state, so it is in the address too.
 */
import { studyUnitsAreOwn } from '../../state/unitKind.ts';
import { TypedNumber } from '../common/TypedNumber.tsx';
import { useMemo, useRef, useState } from 'react';
import {
  CATEGORICAL_PALETTE_IDS,
  type CategoricalPaletteId,
  type ClusteringSpec,
  type Linkage,
  type Standardisation,
} from '../../core/index.ts';
import { KZ_2014 } from '../../data/boundaries/index.ts';
import { regionByCode } from '../../data/regions/registry.ts';
import { useT } from '../../i18n/useT.ts';
import {
  bundledSourceId,
  clusterSourceId,
  effectiveVariables,
  numericColumns,
  publishedLabels,
  rowsAreRegions,
} from '../../state/analysisCompute.ts';
import { useAppStore, useAppStoreApi } from '../../state/react.tsx';
import { ExportButtons } from '../common/ExportButtons.tsx';
import { fileStem, toCsv } from '../common/export.ts';
import { exportMeta } from '../common/exportMeta.ts';
import { bundledSource, sourceStem, type ExportSource } from '../common/exportSource.ts';
import { SourceSwitch } from '../common/SourceSwitch.tsx';
import { VariablePicker } from '../common/VariablePicker.tsx';
import { YearSwitch } from '../common/YearSwitch.tsx';
import { ChoroplethMap } from '../map/ChoroplethMap.tsx';
import { mapSvg } from '../map/mapSvg.ts';
import { NO_DATA } from '../map/palettes.ts';
import { bundledTable, publishedGroups } from './bundled.ts';
import { clusterColour } from './clusterColours.ts';
import { clusterMapModel } from './clusterMapModel.ts';
import { Computing } from './Computing.tsx';
import { Dendrogram } from './Dendrogram.tsx';
import { DiscriminantPanel } from './DiscriminantPanel.tsx';
import { IssueList } from './IssueList.tsx';
import { rowName } from './names.ts';
import { PublishedGrouping } from './PublishedGrouping.tsx';
import { ScheduleTable, scheduleHeader } from './ScheduleTable.tsx';
import { SILHOUETTE_ON, SilhouetteChart } from './SilhouetteChart.tsx';
import { figureOf } from '../common/figure.ts';
import { clusteringWords } from '../common/methodWords.ts';
import './analysis.css';
import { studyOf } from '../../state/study.ts';

const LINKAGES: Linkage[] = ['ward', 'complete', 'average', 'single'];
const STANDARDISATIONS: Standardisation[] = ['z', 'none'];

export default function ClusteringView() {
  const t = useT();
  // The user's own units (districts, hexagons) are not called regions (state/unitKind.ts).
  const own = useAppStore(studyUnitsAreOwn);
  const store = useAppStoreApi();
  const spec = useAppStore((s) => s.spec);
  const setSpec = useAppStore((s) => s.setSpec);
  const year = useAppStore((s) => s.view.year);
  const selected = useAppStore((s) => s.view.selected);
  const palette = useAppStore((s) => s.view.categorical);
  const setCategorical = useAppStore((s) => s.setCategorical);
  const toggleRegion = useAppStore((s) => s.toggleRegion);
  const source = useAppStore((s) => s.view.clusterSource);
  const setSource = useAppStore((s) => s.setClusterSource);
  const setUserId = useAppStore((s) => s.setClusterTable);
  const userDatasets = useAppStore((s) => s.userData.datasets);
  const datasetId = useAppStore(clusterSourceId);
  // The imported table analysed (chosen here, or the study's own regions' table), selected
  // from the store so the reference stays stable between renders.
  const user = useAppStore((s) => s.userData.datasets.find((d) => d.id === datasetId) ?? null);
  const entry = useAppStore((s) => s.analyses.clustering);
  const [hovered, setHovered] = useState<string | null>(null);
  const dendroRef = useRef<SVGSVGElement | null>(null);
  const silRef = useRef<SVGSVGElement | null>(null);

  const bundledId = bundledSourceId(source, year);
  const bundled = useMemo(() => bundledTable(bundledId), [bundledId]);
  const ds = user?.table ?? bundled;
  const groups = useMemo(() => publishedGroups(), []);
  const c = spec.clustering;
  // A result is shown only with the data it was computed from; while a new source runs, the
  // view says so instead of pairing old groups with new rows.
  const current = entry.basis?.source === datasetId ? entry : null;
  const out = current?.output ?? null;
  const basis = current?.basis ?? null;

  // `key` for continuous gestures (typing k, dragging the cut line): one undo step each.
  const edit = (patch: Partial<ClusteringSpec>, key?: string) =>
    setSpec(
      { ...store.getState().spec, clustering: { ...store.getState().spec.clustering, ...patch } },
      key,
    );

  if (!ds) {
    return (
      <section className="view">
        <h1>{t('clustering.title')}</h1>
        <p className="issues">{t('analysis.datasetMissing', { id: datasetId })}</p>
      </section>
    );
  }

  const exportSource: ExportSource | undefined = user
    ? { kind: 'user', fileName: user.fileName, sha256: user.sha256, rows: user.table.rows.length }
    : bundledSource(bundledId);
  const regions = basis?.regions ?? rowsAreRegions(ds);
  const a = out?.analysis ?? null;
  const keys = basis?.keys ?? ds.rows.map((r) => r.key);
  const n = keys.length;
  // The cut follows the spec at once (the dendrogram cuts its own tree); the groups' map and
  // sums of squares follow when the run for this k lands.
  const k = Math.min(Math.max(Math.round(c.k), 1), Math.max(n, 1));
  const available = numericColumns(ds);
  const vars = effectiveVariables(ds, c.variables);
  const short = (obs: number) => rowName(ds, keys[obs], t, true);
  const full = (obs: number) => rowName(ds, keys[obs], t);
  const published = groups && regions ? publishedLabels(keys, groups) : null;
  const silhouette = out?.silhouette ?? [];

  const meta = (title: string) =>
    exportMeta(
      title,
      () => studyOf(store.getState()),
      t,
      { variables: vars.join(' ') },
      exportSource,
    );
  const stem = (what: string) =>
    fileStem('clustering', what, user ? sourceStem(exportSource) : source, c.linkage, `k${k}`);

  const labelsCsv = () =>
    toCsv(
      [t('clustering.col.key'), t('clustering.col.name'), t('clustering.col.group')],
      keys.map((key, i) => [key, full(i), a?.labels[i]]),
      meta(t('clustering.dendrogram'))(),
    );

  const mapModel =
    a && regions
      ? clusterMapModel(keys, a.labels, (tt) => tt('clustering.mapTitle'), palette)
      : null;
  const groupIds = a ? a.sumsOfSquares.groups : [];

  return (
    <section className="view analysis-view" aria-labelledby="clustering-title">
      <div className="view-head">
        <div>
          <h1 id="clustering-title">{t('clustering.title')}</h1>
          {/* The user's table is described as theirs, never as the papers' regions. */}
          <p>{user ? t('clustering.lead.user', { file: user.fileName }) : t('clustering.lead')}</p>
        </div>
      </div>
      <div className="view-grid">
        <aside className="panel" data-testid="clustering-controls">
          <SourceSwitch
            label="clustering.source"
            labelId="cl-source"
            value={user ? null : source}
            onChange={setSource}
            testidPrefix="cluster-source"
          />
          {userDatasets.length > 0 && (
            <label className="field">
              <span>{t('clustering.userTable')}</span>
              <select
                data-testid="cluster-user-dataset"
                value={user ? user.id : ''}
                onChange={(e) => setUserId(e.target.value || null)}
              >
                <option value="">{t('clustering.userTable.none')}</option>
                {userDatasets.map((d) => (
                  <option key={d.id} value={d.id}>
                    {d.fileName}
                  </option>
                ))}
              </select>
            </label>
          )}
          {!user && source === 'regions' && <YearSwitch />}
          <VariablePicker
            ds={ds}
            available={available}
            selected={vars}
            minimum={1}
            testidPrefix="cluster-var"
            onChange={(variables) => edit({ variables })}
          />
          <label className="field">
            <span>{t('clustering.standardise')}</span>
            <select
              value={c.standardise}
              data-testid="cluster-standardise"
              onChange={(e) => edit({ standardise: e.target.value as Standardisation })}
            >
              {STANDARDISATIONS.map((s) => (
                <option key={s} value={s}>
                  {t(`clustering.standardise.${s}`)}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span>{t('clustering.linkage')}</span>
            <select
              value={c.linkage}
              data-testid="cluster-linkage"
              onChange={(e) => edit({ linkage: e.target.value as Linkage })}
            >
              {LINKAGES.map((l) => (
                <option key={l} value={l}>
                  {t(`clustering.linkage.${l}`)}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span>{t('clustering.k')}</span>
            <TypedNumber
              value={k}
              min={1}
              max={Math.max(1, n)}
              integer
              label={t('clustering.k')}
              testid="cluster-k"
              onValue={(v) => {
                if (v !== undefined) edit({ k: v }, 'clustering.k');
              }}
            />
          </label>
          <label className="field">
            <span>{t('clustering.palette')}</span>
            <select
              value={palette}
              data-testid="cluster-palette"
              onChange={(e) => setCategorical(e.target.value as CategoricalPaletteId)}
            >
              {CATEGORICAL_PALETTE_IDS.map((p) => (
                <option key={p} value={p}>
                  {t(`clustering.palette.${p}`)}
                </option>
              ))}
            </select>
          </label>
          <p className="footnote">
            {user
              ? t('clustering.userNote', { file: user.fileName })
              : t(source === 'regions' ? 'clustering.regionsNote' : 'clustering.industriesNote')}
          </p>
        </aside>

        <div className="analysis-main">
          <Computing entry={entry} stale={!current} testid="clustering-computing" />
          <IssueList
            issues={[...(current?.issues ?? []), ...(out?.issues ?? [])]}
            testid="clustering-issues"
          />
          {a && (
            <>
              <div className="panel">
                <div className="panel-head">
                  <h2>{t('clustering.dendrogram')}</h2>
                  <ExportButtons
                    name={stem('dendrogram')}
                    meta={meta(t('clustering.dendrogram'))}
                    svg={() =>
                      figureOf(dendroRef.current, meta(t('clustering.dendrogram'))(), {
                        subtitle: clusteringWords(store.getState().spec, t, k),
                        legend: groupIds.map((g) => ({
                          colour: clusterColour(g, k, palette),
                          label: t('clustering.groupN', { n: g }),
                        })),
                      })
                    }
                    csv={labelsCsv}
                    testid="dendrogram-export"
                  />
                </div>
                <p className="muted small no-print">
                  {/* Leaves select on the map only where there is one (rows that are regions). */}
                  {t(
                    !regions
                      ? 'clustering.cutHint.noMap'
                      : own
                        ? 'clustering.cutHint.units'
                        : 'clustering.cutHint',
                  )}
                </p>
                <Dendrogram
                  ref={dendroRef}
                  tree={a.tree}
                  k={k}
                  onK={(kk) => edit({ k: kk }, 'clustering.k')}
                  label={short}
                  code={(obs) => (regions ? keys[obs] : null)}
                  selected={selected}
                  onToggle={toggleRegion}
                  hovered={hovered}
                  onHover={setHovered}
                  width={900}
                  height={330}
                />
              </div>

              <div className={mapModel ? 'analysis-row' : 'analysis-row single'}>
                {mapModel && (
                  <div className="panel cluster-map" data-testid="cluster-map">
                    <div className="panel-head">
                      <h2>{t('clustering.mapTitle')}</h2>
                      <ExportButtons
                        name={stem('map')}
                        meta={meta(t('clustering.mapTitle'))}
                        svg={() =>
                          mapSvg({
                            features: KZ_2014,
                            fill: (id) => mapModel.fill.get(id) ?? NO_DATA,
                            noData: NO_DATA,
                            width: 900,
                            height: 520,
                            title: t('clustering.mapTitle'),
                            subtitle: clusteringWords(store.getState().spec, t, k),
                            legend: groupIds.map((g) => ({
                              colour: clusterColour(g, k, palette),
                              label: t('clustering.groupN', { n: g }),
                            })),
                            labels: keys.flatMap((key, i) => {
                              const r = regionByCode(key);
                              return r
                                ? [
                                    {
                                      id: key,
                                      text: short(i),
                                      lon: r.centre.lon,
                                      lat: r.centre.lat,
                                    },
                                  ]
                                : [];
                            }),
                            selected,
                            meta: meta(t('clustering.mapTitle'))(),
                          })
                        }
                        testid="cluster-map-export"
                      />
                    </div>
                    <div className="small-map">
                      <ChoroplethMap model={mapModel} />
                    </div>
                    <ul className="group-legend">
                      {groupIds.map((g, i) => (
                        <li key={g}>
                          <span
                            className="swatch"
                            style={{ background: clusterColour(g, k, palette) }}
                            aria-hidden="true"
                          />
                          {t('clustering.groupN', { n: g })}{' '}
                          <span className="muted">({a.sumsOfSquares.sizes[i]})</span>
                        </li>
                      ))}
                    </ul>
                  </div>
                )}
                <div className="panel" data-testid="sums-of-squares">
                  <div className="panel-head">
                    <h2>{t('clustering.ss')}</h2>
                    <ExportButtons
                      name={stem('sums-of-squares')}
                      meta={meta(t('clustering.ss'))}
                      csv={() =>
                        toCsv(
                          [
                            t('clustering.col.group'),
                            t('clustering.ss.size'),
                            t('clustering.ss.within'),
                          ],
                          [
                            ...groupIds.map((g, i) => [
                              g,
                              a.sumsOfSquares.sizes[i],
                              a.sumsOfSquares.within[i],
                            ]),
                            [t('clustering.ss.withinTotal'), n, a.sumsOfSquares.withinTotal],
                            [t('clustering.ss.between'), null, a.sumsOfSquares.between],
                            [t('clustering.ss.total'), n, a.sumsOfSquares.total],
                          ],
                          meta(t('clustering.ss'))(),
                        )
                      }
                      testid="ss-export"
                    />
                  </div>
                  <table className="data compact">
                    <thead>
                      <tr>
                        <th scope="col">{t('clustering.col.group')}</th>
                        <th scope="col">{t('clustering.ss.size')}</th>
                        <th scope="col">{t('clustering.ss.within')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {groupIds.map((g, i) => (
                        <tr key={g}>
                          <td>
                            <span
                              className="swatch"
                              style={{ background: clusterColour(g, k, palette) }}
                              aria-hidden="true"
                            />{' '}
                            {t('clustering.groupN', { n: g })}
                          </td>
                          <td className="num">{a.sumsOfSquares.sizes[i]}</td>
                          <td className="num">{t.num(a.sumsOfSquares.within[i], 3)}</td>
                        </tr>
                      ))}
                    </tbody>
                    <tfoot>
                      <tr>
                        <th scope="row">{t('clustering.ss.withinTotal')}</th>
                        <td />
                        <td className="num">{t.num(a.sumsOfSquares.withinTotal, 3)}</td>
                      </tr>
                      <tr>
                        <th scope="row">{t('clustering.ss.between')}</th>
                        <td />
                        <td className="num">{t.num(a.sumsOfSquares.between, 3)}</td>
                      </tr>
                      <tr>
                        <th scope="row">{t('clustering.ss.total')}</th>
                        <td />
                        <td className="num">{t.num(a.sumsOfSquares.total, 3)}</td>
                      </tr>
                      <tr>
                        <th scope="row">{t('clustering.ss.share')}</th>
                        <td />
                        <td className="num">
                          {a.sumsOfSquares.total > 0
                            ? `${t.num((a.sumsOfSquares.between / a.sumsOfSquares.total) * 100, 1)} %`
                            : t.num(null)}
                        </td>
                      </tr>
                    </tfoot>
                  </table>
                  {silhouette.length > 0 && (
                    <>
                      <div className="panel-head">
                        <h3>{t('clustering.silhouette')}</h3>
                        <ExportButtons
                          name={stem('silhouette')}
                          meta={meta(t('clustering.silhouette'))}
                          svg={() =>
                            figureOf(silRef.current, meta(t('clustering.silhouette'))(), {
                              subtitle: clusteringWords(store.getState().spec, t, k),
                              legend: [
                                { colour: SILHOUETTE_ON, label: `${t('figure.chosenK')} = ${k}` },
                              ],
                            })
                          }
                          csv={() =>
                            toCsv(
                              ['k', t('clustering.silhouette')],
                              silhouette.map((p) => [p.k, p.mean]),
                              meta(t('clustering.silhouette'))(),
                            )
                          }
                          testid="silhouette-export"
                        />
                      </div>
                      <div className="silhouette-box">
                        <SilhouetteChart
                          chartRef={silRef}
                          points={silhouette}
                          k={k}
                          onK={(kk) => edit({ k: kk }, 'clustering.k')}
                        />
                      </div>
                    </>
                  )}
                </div>
              </div>

              {out?.discriminant && <DiscriminantPanel check={out.discriminant} />}

              {groups && regions && (
                <div className="panel">
                  <div className="panel-head">
                    <h2>{t('clustering.published')}</h2>
                    <ExportButtons
                      name={stem('published-comparison')}
                      meta={meta(t('clustering.published'))}
                      csv={() =>
                        toCsv(
                          [
                            t('clustering.col.key'),
                            t('clustering.col.name'),
                            t('clustering.col.published'),
                            t('clustering.col.group'),
                          ],
                          keys.map((key, i) => [key, full(i), published?.[i], a.labels[i]]),
                          {
                            ...meta(t('clustering.published'))(),
                            extra: { ari: String(out?.ari ?? '') },
                          },
                        )
                      }
                      testid="published-export"
                    />
                  </div>
                  <PublishedGrouping
                    groups={groups}
                    keys={keys}
                    labels={a.labels}
                    ari={out?.ari ?? null}
                  />
                </div>
              )}

              <div className="panel">
                <div className="panel-head">
                  <h2>{t('clustering.schedule')}</h2>
                  <ExportButtons
                    name={stem('schedule')}
                    meta={meta(t('clustering.schedule'))}
                    csv={() =>
                      toCsv(
                        scheduleHeader(t),
                        a.schedule.map((s) => [
                          s.stage,
                          s.cluster1,
                          s.cluster2,
                          s.coefficient,
                          s.height,
                          s.firstAppears1,
                          s.firstAppears2,
                          s.nextStage,
                        ]),
                        meta(t('clustering.schedule'))(),
                      )
                    }
                    testid="schedule-export"
                  />
                </div>
                <p className="muted small">{t('clustering.scheduleNote')}</p>
                <ScheduleTable schedule={a.schedule} name={(o) => full(o - 1)} />
              </div>
            </>
          )}
        </div>
      </div>
    </section>
  );
}
