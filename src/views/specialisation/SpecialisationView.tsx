/**
 * #/specialisation: seed 004's published IT specialisation (Table 7, the authors' "modified
 * KSI", which behaves as each region's share of national IT output) as a map with the five
 * proposed IT-cluster sites; seed 002's published multipliers (Table 3); and the measures of
 * docs/methods.md section 2 computed on a regions x industries matrix the user imports.
 */
import { useMemo, useRef } from 'react';
import { useT } from '../../i18n/useT.ts';
import { useAppStore, useAppStoreApi } from '../../state/react.tsx';
import { ExportButtons } from '../common/ExportButtons.tsx';
import { fileStem, toCsv } from '../common/export.ts';
import { exportMeta } from '../common/exportMeta.ts';
import { bundledSource, type ExportSource } from '../common/exportSource.ts';
import { YearSwitch } from '../common/YearSwitch.tsx';
import { bundledTable, itClusterSites } from '../clustering/bundled.ts';
import { columnName, rowName } from '../clustering/names.ts';
import { figureOf } from '../common/figure.ts';
import '../clustering/analysis.css';
import { regionName } from '../map/regionName.ts';
import { ImportedMatrix } from './ImportedMatrix.tsx';
import { IoPanel } from './ClusterToolkit.tsx';
import { classLabel, itColumn, itShareClasses } from './specialisationModel.ts';
import { SvgChoropleth } from './SvgChoropleth.tsx';
import { ScrollRegion } from '../common/ScrollRegion.tsx';
import { datasetCitation, studyReference } from '../../data/datasets/citation.ts';
import { studyOf } from '../../state/study.ts';

const IT_DATASET = 'it-specialisation-published';
const MULTIPLIERS = 'vko-multipliers-published';

export default function SpecialisationView() {
  const t = useT();
  const store = useAppStoreApi();
  const year = useAppStore((s) => s.view.year);
  const selected = useAppStore((s) => s.view.selected);
  const toggleRegion = useAppStore((s) => s.toggleRegion);
  const mapRef = useRef<SVGSVGElement | null>(null);
  const it = useMemo(() => bundledTable(IT_DATASET), []);
  const mult = useMemo(() => bundledTable(MULTIPLIERS), []);
  const sites = useMemo(() => itClusterSites(), []);
  const classes = useMemo(() => (it ? itShareClasses(it, year) : null), [it, year]);

  const meta = (title: string, extra: Record<string, string> = {}, source?: ExportSource) =>
    exportMeta(title, () => studyOf(store.getState()), t, extra, source);

  const itTitle = t('spec.itTitle', { year });
  const itMeta = meta(itTitle, { year: String(year) }, bundledSource(IT_DATASET));
  const multCols = mult ? mult.columns.map((c) => c.id) : [];

  return (
    <section className="view analysis-view" aria-labelledby="spec-title">
      <div className="view-head">
        <div>
          <h1 id="spec-title">{t('spec.title')}</h1>
          <p>{t('spec.lead')}</p>
        </div>
      </div>
      <div className="analysis-main">
        <div className="analysis-row">
          <div className="panel" data-testid="it-specialisation">
            <div className="panel-head">
              <h2>{itTitle}</h2>
              <ExportButtons
                name={fileStem('it-specialisation', year)}
                meta={itMeta}
                svg={() => figureOf(mapRef.current, itMeta())}
                csv={() =>
                  it
                    ? toCsv(
                        ['ISO', t('clustering.col.name'), t('spec.itValue'), t('spec.printed')],
                        it.rows.map((r) => [
                          r.key,
                          regionName(r.key, t),
                          r.cells[itColumn(year)]?.value ?? null,
                          r.cells[itColumn(year)]?.printed ?? '',
                        ]),
                        itMeta(),
                      )
                    : ''
                }
                testid="it-export"
              />
            </div>
            <YearSwitch />
            {it && classes ? (
              <SvgChoropleth
                ref={mapRef}
                fill={classes.fill}
                valueText={(code) => {
                  const v = classes.values.get(code);
                  return v === null || v === undefined ? t('map.noData') : t.num(v, 3);
                }}
                legend={classes.classes.map((c) => ({
                  colour: c.colour,
                  label: classLabel(c, (x) => t.num(x, 3)),
                }))}
                noDataLabel={t('spec.noIt')}
                markers={sites.map((s) => ({
                  key: s.key,
                  lon: s.lon,
                  lat: s.lat,
                  label: s.city[t.lang],
                }))}
                markerLabel={t('spec.sites')}
                selected={selected}
                onToggle={toggleRegion}
                testid="it-map"
                title={itTitle}
              />
            ) : (
              <p className="issues">{t('analysis.datasetMissing', { id: IT_DATASET })}</p>
            )}
            <p className="provenance" data-testid="it-label">
              <strong>{t('spec.modifiedKsi')}</strong> {t('spec.modifiedKsiNote')}
            </p>
            {sites.length > 0 && (
              <details>
                <summary>{t('spec.sitesList', { n: sites.length })}</summary>
                <ul className="small">
                  {sites.map((s) => (
                    <li key={s.key}>
                      {s.title[t.lang]} — {s.city[t.lang]} ({regionName(s.region, t)})
                    </li>
                  ))}
                </ul>
              </details>
            )}
          </div>

          <div className="panel" data-testid="multipliers">
            <div className="panel-head">
              <h2>{t('spec.multipliers')}</h2>
              {mult && (
                <ExportButtons
                  name={fileStem('multipliers', 'published')}
                  meta={meta(t('spec.multipliers'), {}, bundledSource(MULTIPLIERS))}
                  csv={() =>
                    toCsv(
                      [t('spec.industry'), ...multCols.map((c) => columnName(mult, c, t))],
                      mult.rows.map((r) => [
                        rowName(mult, r.key, t),
                        ...multCols.map((c) => r.cells[c]?.value ?? null),
                      ]),
                      meta(t('spec.multipliers'), {}, bundledSource(MULTIPLIERS))(),
                    )
                  }
                  testid="multipliers-export"
                />
              )}
            </div>
            {mult ? (
              <>
                <ScrollRegion label={t('spec.multipliers')}>
                  <table className="data compact" data-testid="multipliers-table">
                    <thead>
                      <tr>
                        <th scope="col">{t('spec.industry')}</th>
                        {multCols.map((c) => (
                          <th key={c} scope="col" className="num">
                            {columnName(mult, c, t)}
                          </th>
                        ))}
                      </tr>
                    </thead>
                    <tbody>
                      {mult.rows.map((r) => (
                        <tr key={r.key}>
                          <td>{rowName(mult, r.key, t)}</td>
                          {multCols.map((c) => (
                            <td key={c} className="num" title={r.cells[c]?.printed}>
                              {t.num(r.cells[c]?.value ?? null, 3)}
                            </td>
                          ))}
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </ScrollRegion>
                <p className="provenance">
                  {t('factors.publishedProvenance', {
                    source: studyReference(mult.seed, t.lang) ?? mult.source,
                    citation: datasetCitation(mult, t.lang),
                  })}
                  <br />
                  {mult.notes[t.lang]}
                </p>
              </>
            ) : (
              <p className="issues">{t('analysis.datasetMissing', { id: MULTIPLIERS })}</p>
            )}
          </div>
        </div>
        <div style={{ marginTop: 12 }}>
          <ImportedMatrix meta={meta} />
        </div>
        <IoPanel meta={meta} />
      </div>
    </section>
  );
}
