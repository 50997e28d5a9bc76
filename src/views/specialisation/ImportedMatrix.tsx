/**
 * The computed half of #/specialisation: a regions x industries matrix (employment or
 * output) that the user imports, the location-quotient heatmap, the Krugman-index map
 * (against the country or the rest of it) and regional shares. The seeds publish no such
 * matrix, so until one is loaded this shows an empty state with a CSV template, not
 * invented numbers. The matrix (a file read here, or an imported table chosen in the view
 * state) goes into the store; the analysis controller (state/analysisCompute.ts) computes
 * the measures and this component only draws them.
 */
import { useMemo, useRef, useState } from 'react';
import type { Issue } from '../../core/index.ts';
import { csvTemplate } from '../../data/readers/csvTemplate.ts';
import { useT } from '../../i18n/useT.ts';
import { readMatrixFile, type EmploymentFile } from '../../data/readers/readMatrixFile.ts';
import { useAppStore } from '../../state/react.tsx';
import { ExportButtons } from '../common/ExportButtons.tsx';
import { download, fileStem, toCsv, type ExportMeta } from '../common/export.ts';
import { sourceStem, type ExportSource } from '../common/exportSource.ts';
import { Computing } from '../clustering/Computing.tsx';
import { IssueList } from '../clustering/IssueList.tsx';
import { figureOf } from '../common/figure.ts';
import { Heatmap } from '../factors/Heatmap.tsx';
import { regionName } from '../map/regionName.ts';
import { classedValues, classLabel, LQ_CANDIDATE, lqHeatmap } from './specialisationModel.ts';
import { SvgChoropleth } from './SvgChoropleth.tsx';
import { ScrollRegion } from '../common/ScrollRegion.tsx';
import { ClusterToolkit } from './ClusterToolkit.tsx';

export type LoadedMatrix = EmploymentFile;

type Benchmark = 'country' | 'rest';

export function ImportedMatrix({
  meta,
}: {
  meta: (title: string, extra?: Record<string, string>, source?: ExportSource) => () => ExportMeta;
}) {
  const t = useT();
  const selected = useAppStore((s) => s.view.selected);
  const toggleRegion = useAppStore((s) => s.toggleRegion);
  const userDatasets = useAppStore((s) => s.userData.datasets);
  const setMatrix = useAppStore((s) => s.setSpecialisationFile);
  const tableId = useAppStore((s) => s.view.specialisationTable);
  const setTable = useAppStore((s) => s.setSpecialisationTable);
  const entry = useAppStore((s) => s.analyses.specialisation);
  /** Problems reading a file here (the measures' own issues come with the result). */
  const [issues, setIssues] = useState<Issue[]>([]);
  const [busy, setBusy] = useState(false);
  const [bench, setBench] = useState<Benchmark>('country');
  const lqRef = useRef<SVGSVGElement | null>(null);
  const ksiRef = useRef<SVGSVGElement | null>(null);

  const result = entry.output;
  const matrix = result ? entry.basis : null;
  const heat = useMemo(() => (result ? lqHeatmap(result) : null), [result]);
  const ksi = result ? (bench === 'country' ? result.ksi : result.ksiRest) : [];
  const ksiClasses = useMemo(
    () =>
      result
        ? classedValues(result.regions, bench === 'country' ? result.ksi : result.ksiRest)
        : null,
    [result, bench],
  );

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    setBusy(true);
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      const r = await readMatrixFile(bytes, file.name, t.lang);
      // A file loaded here replaces an imported table chosen before.
      setTable(null);
      if (r.ok) {
        setMatrix(r.matrix);
        setIssues([]);
      } else {
        setMatrix(null);
        setIssues(r.issues);
      }
    } finally {
      setBusy(false);
    }
  };

  const template = () =>
    download(
      new Blob(['\ufeff', csvTemplate('specialisation', '2014', t.lang)], {
        type: 'text/csv;charset=utf-8',
      }),
      'specialisation-template.csv',
    );

  const regionLabel = (code: string) => regionName(code, t);
  const chosen = userDatasets.find((d) => d.id === tableId);
  // The file the matrix came from, named with its hash when it is an imported table.
  const source: ExportSource | undefined = matrix
    ? { kind: 'user', fileName: matrix.fileName, sha256: chosen?.sha256 }
    : undefined;
  const extra: Record<string, string> = {};

  return (
    <div className="panel" data-testid="computed-specialisation">
      <div className="panel-head">
        <h2>{t('spec.computed')}</h2>
        <div className="button-row">
          <label className="button secondary small file-button">
            {t('spec.loadMatrix')}
            <input
              type="file"
              accept=".csv,.txt,.tsv,.xlsx"
              className="visually-hidden"
              data-testid="lq-file"
              disabled={busy}
              onChange={(e) => void onFile(e.target.files?.[0])}
            />
          </label>
          {userDatasets.length > 0 && (
            <label className="inline-field">
              <span className="field-label">{t('spec.useImported')}</span>
              <select
                data-testid="lq-user-dataset"
                value={userDatasets.some((d) => d.id === tableId) ? (tableId ?? '') : ''}
                onChange={(e) => {
                  setTable(e.target.value || null);
                  setIssues([]);
                }}
              >
                <option value="">—</option>
                {userDatasets.map((d) => (
                  <option key={d.id} value={d.id}>
                    {d.fileName}
                  </option>
                ))}
              </select>
            </label>
          )}
          <button
            type="button"
            className="button secondary small"
            data-testid="lq-template"
            onClick={template}
          >
            {t('spec.template')}
          </button>
        </div>
      </div>
      <IssueList issues={[...issues, ...entry.issues]} testid="lq-issues" />
      <Computing entry={entry} testid="lq-computing" />
      {!matrix || !result || !heat ? (
        <div className="empty-state" data-testid="lq-empty">
          <h3>{t('spec.emptyTitle')}</h3>
          <p>{t('spec.emptyText')}</p>
          <p className="muted">{t('spec.emptyFormula')}</p>
        </div>
      ) : (
        <>
          <p className="muted small" data-testid="lq-source">
            {t('spec.loadedFrom', {
              file: matrix.fileName,
              r: result.regions.length,
              i: result.industries.length,
            })}
          </p>
          <IssueList issues={[...matrix.warnings, ...result.issues]} testid="lq-warnings" />
          <div className="panel-head">
            <h3>{t('spec.lq')}</h3>
            <ExportButtons
              name={fileStem('specialisation', 'lq', sourceStem(source))}
              meta={meta(t('spec.lq'), extra, source)}
              svg={() => figureOf(lqRef.current, meta(t('spec.lq'), extra, source)())}
              csv={() =>
                toCsv(
                  ['ISO', t('clustering.col.name'), ...result.industries],
                  result.regions.map((r, i) => [r, regionLabel(r), ...result.lq[i]]),
                  meta(t('spec.lq'), extra, source)(),
                )
              }
              testid="lq-export"
            />
          </div>
          <Heatmap
            ref={lqRef}
            model={heat}
            rowLabels={result.regions.map(regionLabel)}
            colLabels={result.industries}
            digits={2}
            testid="lq-heatmap"
            title={t('spec.lq')}
            markedMeaning={t('spec.candidate', { x: t.num(LQ_CANDIDATE, 2) })}
            labelWidth={200}
            cellWidth={58}
            rotateColumns
          />
          <div className="analysis-row">
            <div>
              <div className="panel-head">
                <h3>{t('spec.krugman')}</h3>
                <div className="segmented" role="group" aria-label={t('spec.benchmark')}>
                  {(['country', 'rest'] as const).map((b) => (
                    <button
                      key={b}
                      type="button"
                      aria-pressed={bench === b}
                      data-testid={`ksi-${b}`}
                      onClick={() => setBench(b)}
                    >
                      {t(`spec.benchmark.${b}`)}
                    </button>
                  ))}
                </div>
                <ExportButtons
                  name={fileStem('specialisation', 'krugman', sourceStem(source), bench)}
                  meta={meta(t('spec.krugman'), { ...extra, benchmark: bench }, source)}
                  svg={() =>
                    figureOf(
                      ksiRef.current,
                      meta(t('spec.krugman'), { ...extra, benchmark: bench }, source)(),
                    )
                  }
                  csv={() =>
                    toCsv(
                      [
                        'ISO',
                        t('clustering.col.name'),
                        t('spec.benchmark.country'),
                        t('spec.benchmark.rest'),
                      ],
                      result.regions.map((r, i) => [
                        r,
                        regionLabel(r),
                        result.ksi[i],
                        result.ksiRest[i],
                      ]),
                      meta(t('spec.krugman'), extra, source)(),
                    )
                  }
                  testid="ksi-export"
                />
              </div>
              {ksiClasses && (
                <SvgChoropleth
                  ref={ksiRef}
                  fill={ksiClasses.fill}
                  valueText={(code) => {
                    const i = result.regions.indexOf(code);
                    return i >= 0 ? t.num(ksi[i], 3) : t('map.noData');
                  }}
                  legend={ksiClasses.classes.map((c) => ({
                    colour: c.colour,
                    label: classLabel(c, (x) => t.num(x, 3)),
                  }))}
                  noDataLabel={t('map.noData')}
                  selected={selected}
                  onToggle={toggleRegion}
                  testid="krugman-map"
                  regions={result.regions}
                  title={t('spec.krugman')}
                  width={560}
                  height={300}
                />
              )}
              <p className="footnote">{t(`spec.benchmarkNote.${bench}`)}</p>
            </div>
            <div>
              <div className="panel-head">
                <h3>{t('spec.shares')}</h3>
                <ExportButtons
                  name={fileStem('specialisation', 'shares', sourceStem(source))}
                  meta={meta(t('spec.shares'), extra, source)}
                  csv={() =>
                    toCsv(
                      ['ISO', t('clustering.col.name'), ...result.industries],
                      result.regions.map((r, i) => [r, regionLabel(r), ...result.share[i]]),
                      meta(t('spec.shares'), extra, source)(),
                    )
                  }
                  testid="shares-export"
                />
              </div>
              <ScrollRegion label={t('spec.shares')} className="schedule-scroll">
                <table className="data compact" data-testid="shares-table">
                  <thead>
                    <tr>
                      <th scope="col">{t('clustering.col.name')}</th>
                      {result.industries.map((ind) => (
                        <th key={ind} scope="col" className="num" title={ind}>
                          {ind.length > 18 ? `${ind.slice(0, 16)}…` : ind}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {result.regions.map((r, i) => (
                      <tr key={r}>
                        <td>{regionLabel(r)}</td>
                        {result.share[i].map((v, j) => (
                          <td key={j} className="num">
                            {v === null ? t.num(null) : `${t.num(v * 100, 1)} %`}
                          </td>
                        ))}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </ScrollRegion>
              <p className="footnote">{t('spec.sharesNote')}</p>
            </div>
          </div>
          {/* The toolkit's exports name the matrix they came from, as the measures' do. */}
          <ClusterToolkit
            result={result}
            meta={(title, more) => meta(title, { ...extra, ...more }, source)}
          />
        </>
      )}
    </div>
  );
}
