/**
 * The cluster toolkit on #/specialisation (issue 12), below the measures of the imported
 * matrix: cluster strength (U.S. Cluster Mapping strong clusters, European Cluster
 * Observatory stars) as a region x industry heatmap and a map per industry with seed 004's IT
 * sites; relatedness and complexity (ECI map, "next" industries); shift-share against a second
 * matrix of a later date (waterfall, table); the input-output table regionalised for a region
 * (SLQ, CILQ, FLQ with a delta slider) with its multipliers and linkages. Thresholds and the
 * regionalisation live in the spec (`clusters`); files stay in the page.
 */
import { TypedNumber } from '../common/TypedNumber.tsx';
import * as Plot from '@observablehq/plot';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { ClusterToolkitSpec, Issue } from '../../core/index.ts';
import { normaliseLabel, readIoTable } from '../../data/readers/ioTable.ts';
import { useT } from '../../i18n/useT.ts';
import { useAppStore, useAppStoreApi } from '../../state/react.tsx';
import type { SpecialisationOutput } from '../../worker/protocol.ts';
import { ExportButtons } from '../common/ExportButtons.tsx';
import { fileStem, toCsv, type ExportMeta } from '../common/export.ts';
import { ScrollRegion } from '../common/ScrollRegion.tsx';
import { itClusterSites } from '../clustering/bundled.ts';
import { IssueList } from '../clustering/IssueList.tsx';
import { figureOf } from '../common/figure.ts';
import { regionName } from '../map/regionName.ts';
import { classedValues, classLabel } from './specialisationModel.ts';
import {
  readMatrixFile,
  type EmploymentFile as LoadedMatrix,
} from '../../data/readers/readMatrixFile.ts';
import { IndustryGroupsPanel } from './IndustryGroups.tsx';
import { SvgChoropleth } from './SvgChoropleth.tsx';
import {
  competitiveShare,
  ioByRegion,
  publishedMultipliers,
  runIo,
  shiftShareOf,
  signedClasses,
  STAR_COLOURS,
  starFill,
  starText,
  waterfall,
} from './toolkitModel.ts';

type Meta = (title: string, extra?: Record<string, string>) => () => ExportMeta;

export function ClusterToolkit({ result, meta }: { result: SpecialisationOutput; meta: Meta }) {
  const t = useT();
  const store = useAppStoreApi();
  const cfg = useAppStore((s) => s.spec.clusters);
  const selected = useAppStore((s) => s.view.selected);
  const toggleRegion = useAppStore((s) => s.toggleRegion);
  // `key` for continuous gestures (a field's spinner, a slider): one undo step each.
  const setClusters = (f: (c: ClusterToolkitSpec) => ClusterToolkitSpec, key?: string) => {
    const spec = store.getState().spec;
    store.getState().setSpec({ ...spec, clusters: f(spec.clusters) }, key);
  };
  const regionLabel = (code: string) => regionName(code, t);
  const sites = useMemo(() => itClusterSites(), []);
  const siteRegions = new Set(sites.map((s) => s.region));
  const markers = sites.map((s) => ({ key: s.key, lon: s.lon, lat: s.lat, label: s.city[t.lang] }));
  const { strength, relatedness: rel } = result;
  const industries = result.industries;
  const ind = Math.max(0, cfg.industry ? industries.indexOf(cfg.industry) : 0);
  const starMapRef = useRef<SVGSVGElement | null>(null);
  const eciMapRef = useRef<SVGSVGElement | null>(null);
  const fill = useMemo(
    () => starFill(result.regions, strength.stars.stars, ind),
    [result, strength, ind],
  );
  const eciClasses = useMemo(() => classedValues(rel.regions, rel.eci), [rel]);

  const num = (
    label: string,
    value: number,
    min: number,
    max: number,
    step: number,
    set: (v: number, key: string) => void,
    testid: string,
  ) => (
    <label className="inline-field">
      <span className="field-label">{label}</span>
      <TypedNumber
        value={value}
        min={min}
        max={max}
        integer={Number.isInteger(step) && Number.isInteger(min)}
        digits={4}
        label={label}
        testid={testid}
        onValue={(v) => {
          if (v !== undefined) set(v, testid);
        }}
      />
    </label>
  );

  const strengthCsv = () =>
    toCsv(
      [
        'ISO',
        t('clustering.col.name'),
        t('spec.industry'),
        'LQ',
        t('toolkit.strong'),
        t('toolkit.stars'),
        t('toolkit.star.size'),
        t('toolkit.star.specialisation'),
        t('toolkit.star.focus'),
      ],
      result.regions.flatMap((r, k) =>
        industries.map((name, i) => [
          r,
          regionLabel(r),
          name,
          result.lq[k][i],
          strength.strong.strong[k][i] === null ? null : strength.strong.strong[k][i] ? 1 : 0,
          strength.stars.stars[k][i],
          strength.stars.size[k][i] ? 1 : 0,
          strength.stars.specialisation[k][i] ? 1 : 0,
          strength.stars.focus[k][i] ? 1 : 0,
        ]),
      ),
      meta(t('toolkit.strengthTitle'))(),
    );

  return (
    <>
      <div className="panel" data-testid="cluster-strength" style={{ marginTop: 12 }}>
        <div className="panel-head">
          <h2>{t('toolkit.strengthTitle')}</h2>
          <ExportButtons
            name={fileStem('cluster-strength')}
            meta={meta(t('toolkit.strengthTitle'))}
            svg={() => figureOf(starMapRef.current, meta(t('toolkit.strengthTitle'))())}
            csv={strengthCsv}
            testid="strength-export"
          />
        </div>
        <p className="muted small">{t('toolkit.strengthLead')}</p>
        <div className="button-row" data-testid="strength-thresholds">
          <strong className="small">{t('toolkit.usRule')}</strong>
          {num(
            t('toolkit.lqPercentile'),
            cfg.strong.lqPercentile,
            0,
            1,
            0.05,
            (v, key) =>
              setClusters((c) => ({ ...c, strong: { ...c.strong, lqPercentile: v } }), key),
            'th-lq-percentile',
          )}
          {num(
            t('toolkit.sizePercentile'),
            cfg.strong.sizePercentile,
            0,
            1,
            0.05,
            (v, key) =>
              setClusters((c) => ({ ...c, strong: { ...c.strong, sizePercentile: v } }), key),
            'th-size-percentile',
          )}
          {num(
            t('toolkit.lqMin'),
            cfg.strong.lqMin,
            0,
            100,
            0.1,
            (v, key) => setClusters((c) => ({ ...c, strong: { ...c.strong, lqMin: v } }), key),
            'th-strong-lqmin',
          )}
        </div>
        <div className="button-row">
          <strong className="small">{t('toolkit.ecoRule')}</strong>
          {num(
            t('toolkit.sizeTop'),
            cfg.stars.sizeTop,
            0,
            1,
            0.05,
            (v, key) => setClusters((c) => ({ ...c, stars: { ...c.stars, sizeTop: v } }), key),
            'th-size-top',
          )}
          {num(
            t('toolkit.starLq'),
            cfg.stars.lqMin,
            0,
            100,
            0.1,
            (v, key) => setClusters((c) => ({ ...c, stars: { ...c.stars, lqMin: v } }), key),
            'th-star-lqmin',
          )}
          {num(
            t('toolkit.focusTop'),
            cfg.stars.focusTop,
            0,
            1,
            0.05,
            (v, key) => setClusters((c) => ({ ...c, stars: { ...c.stars, focusTop: v } }), key),
            'th-focus-top',
          )}
        </div>
        <div className="analysis-row">
          <div>
            <label className="inline-field">
              <span className="field-label">{t('spec.industry')}</span>
              <select
                data-testid="star-industry"
                value={industries[ind]}
                onChange={(e) => setClusters((c) => ({ ...c, industry: e.target.value }))}
              >
                {industries.map((i) => (
                  <option key={i} value={i}>
                    {i}
                  </option>
                ))}
              </select>
            </label>
            <SvgChoropleth
              ref={starMapRef}
              fill={fill}
              valueText={(code) => {
                const k = result.regions.indexOf(code);
                const s = k >= 0 ? strength.stars.stars[k][ind] : null;
                if (s === null) return t('map.noData');
                const strong = strength.strong.strong[k][ind] ? ` · ${t('toolkit.strong')}` : '';
                return `${t('toolkit.starsN', { n: s })}${strong}`;
              }}
              legend={STAR_COLOURS.map((colour, n) => ({
                colour,
                label: t('toolkit.starsN', { n }),
              })).reverse()}
              noDataLabel={t('map.noData')}
              markers={markers}
              markerLabel={t('spec.sites')}
              selected={selected}
              onToggle={toggleRegion}
              testid="star-map"
              regions={result.regions}
              title={`${t('toolkit.strengthTitle')}: ${industries[ind]}`}
              width={560}
              height={300}
            />
          </div>
          <ScrollRegion label={t('toolkit.strengthTitle')} className="schedule-scroll">
            <table className="data compact" data-testid="star-heatmap">
              <thead>
                <tr>
                  <th scope="col">{t('clustering.col.name')}</th>
                  {industries.map((i) => (
                    <th key={i} scope="col" title={i}>
                      {i.length > 12 ? `${i.slice(0, 11)}…` : i}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {result.regions.map((r, k) => (
                  <tr key={r} data-region={r}>
                    <th scope="row">
                      {regionLabel(r)}
                      {siteRegions.has(r) && (
                        <span title={t('spec.sites')} aria-label={t('spec.sites')}>
                          {' '}
                          ◆
                        </span>
                      )}
                    </th>
                    {industries.map((name, i) => {
                      const s = strength.stars.stars[k][i];
                      const strong = strength.strong.strong[k][i];
                      return (
                        <td
                          key={name}
                          style={{
                            background: s === null ? undefined : STAR_COLOURS[s],
                            color: s === 3 ? '#fff' : undefined,
                            outline: strong ? '2px solid #d95f02' : undefined,
                            outlineOffset: -2,
                            textAlign: 'center',
                          }}
                          title={`${regionLabel(r)} · ${name}: LQ ${t.num(result.lq[k][i], 2)}, ${t('toolkit.starsN', { n: s ?? 0 })}${strong ? ` · ${t('toolkit.strong')}` : ''}`}
                        >
                          {starText(s)}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        </div>
        <p className="footnote">
          {t('toolkit.strengthNote', {
            lqp: t.num(cfg.strong.lqPercentile * 100, 0),
            sp: t.num(cfg.strong.sizePercentile * 100, 0),
            lq: t.num(cfg.strong.lqMin, 2),
            top: t.num(cfg.stars.sizeTop * 100, 0),
            slq: t.num(cfg.stars.lqMin, 2),
            ftop: t.num(cfg.stars.focusTop * 100, 0),
          })}
        </p>
      </div>

      <div className="panel" data-testid="relatedness" style={{ marginTop: 12 }}>
        <div className="panel-head">
          <h2>{t('toolkit.relatednessTitle')}</h2>
          <ExportButtons
            name={fileStem('relatedness')}
            meta={meta(t('toolkit.relatednessTitle'))}
            svg={() => figureOf(eciMapRef.current, meta(t('toolkit.relatednessTitle'))())}
            csv={() =>
              toCsv(
                [
                  'ISO',
                  t('clustering.col.name'),
                  'ECI',
                  t('toolkit.diversity'),
                  t('toolkit.next'),
                  ...industries.map((i) => `${t('toolkit.density')}: ${i}`),
                ],
                rel.regions.map((r, k) => [
                  r,
                  regionLabel(r),
                  rel.eci[k],
                  rel.diversity[k],
                  rel.next[k].map((x) => x.industry).join('; '),
                  ...rel.density[k],
                ]),
                meta(t('toolkit.relatednessTitle'))(),
              )
            }
            testid="relatedness-export"
          />
        </div>
        <IssueList
          issues={rel.issues.filter((i) => i.code.startsWith('complexity'))}
          testid="eci-issues"
        />
        <div className="analysis-row">
          <SvgChoropleth
            ref={eciMapRef}
            fill={eciClasses.fill}
            valueText={(code) => {
              const k = rel.regions.indexOf(code);
              return k >= 0 ? `ECI ${t.num(rel.eci[k], 2)}` : t('map.noData');
            }}
            legend={eciClasses.classes.map((c) => ({
              colour: c.colour,
              label: classLabel(c, (x) => t.num(x, 2)),
            }))}
            noDataLabel={t('map.noData')}
            selected={selected}
            onToggle={toggleRegion}
            testid="eci-map"
            regions={rel.regions}
            title={t('toolkit.eci')}
            width={560}
            height={300}
          />
          <ScrollRegion label={t('toolkit.next')} className="schedule-scroll">
            <table className="data compact" data-testid="next-industries">
              <thead>
                <tr>
                  <th scope="col">{t('clustering.col.name')}</th>
                  <th scope="col" className="num">
                    ECI
                  </th>
                  <th scope="col">{t('toolkit.next')}</th>
                </tr>
              </thead>
              <tbody>
                {rel.regions.map((r, k) => (
                  <tr key={r} data-region={r}>
                    <td>{regionLabel(r)}</td>
                    <td className="num">{t.num(rel.eci[k], 2)}</td>
                    <td>
                      {rel.next[k].length === 0
                        ? '—'
                        : rel.next[k]
                            .map((x) => `${x.industry} (${t.num(x.density * 100, 0)} %)`)
                            .join(', ')}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        </div>
        <p className="footnote">{t('toolkit.relatednessNote')}</p>
        <details>
          <summary>{t('toolkit.pci')}</summary>
          <table className="data compact" data-testid="pci-table">
            <thead>
              <tr>
                <th scope="col">{t('spec.industry')}</th>
                <th scope="col" className="num">
                  PCI
                </th>
                <th scope="col" className="num">
                  {t('toolkit.ubiquity')}
                </th>
              </tr>
            </thead>
            <tbody>
              {industries.map((i, k) => (
                <tr key={i}>
                  <td>{i}</td>
                  <td className="num">{t.num(rel.pci[k], 2)}</td>
                  <td className="num">{rel.ubiquity[k]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      </div>

      <IndustryGroupsPanel result={result} meta={meta} />

      <ShiftSharePanel result={result} meta={meta} />
    </>
  );
}

function ShiftSharePanel({ result, meta }: { result: SpecialisationOutput; meta: Meta }) {
  const t = useT();
  const [end, setEnd] = useState<LoadedMatrix | null>(null);
  const [issues, setIssues] = useState<Issue[]>([]);
  const selected = useAppStore((s) => s.view.selected);
  const [region, setRegion] = useState<string>(result.regions[0] ?? '');
  const plotRef = useRef<HTMLDivElement | null>(null);
  const res = useMemo(
    () =>
      end
        ? shiftShareOf(result.matrix, { rows: end.rows, columns: end.columns, values: end.values })
        : null,
    [end, result],
  );
  const shown = selected.find((s) => result.regions.includes(s)) ?? region;
  const steps = res ? waterfall(res, shown) : null;
  const toggleRegion = useAppStore((s) => s.toggleRegion);
  const mapRef = useRef<SVGSVGElement | null>(null);
  const shares = useMemo(() => (res ? competitiveShare(res, result.regions) : null), [res, result]);
  const shareClasses = useMemo(
    () => (shares ? signedClasses(result.regions, shares) : null),
    [shares, result],
  );

  useEffect(() => {
    const el = plotRef.current;
    if (!el) return;
    el.replaceChildren();
    if (!steps) return;
    const label = (k: (typeof steps)[number]['key']) => t(`toolkit.ss.${k}`);
    // The axis starts near the smallest level, not at zero, so the effects stay visible
    // beside the region's totals (bars are clipped at the axis).
    const ys = steps.flatMap((s) => (s.key === 'start' || s.key === 'end' ? [s.y1] : [s.y0, s.y1]));
    const lo = Math.min(...ys);
    const hi = Math.max(...ys);
    const pad = (hi - lo) * 0.25 || Math.abs(hi) * 0.05 || 1;
    const svg = Plot.plot({
      width: 560,
      height: 280,
      marginLeft: 70,
      marginBottom: 40,
      style: { fontSize: '11px' },
      x: {
        domain: steps.map((s) => label(s.key)),
        label: null,
        tickFormat: (d: string) => d.replace(' ', '\n'),
      },
      y: {
        grid: true,
        label: t('toolkit.employment'),
        domain: [Math.max(0, lo - pad), hi + pad],
        tickFormat: (v: number) => t.num(v, 0),
      },
      clip: true,
      marks: [
        Plot.barY(steps, {
          x: (d: (typeof steps)[number]) => label(d.key),
          y1: 'y0',
          y2: 'y1',
          fill: (d: (typeof steps)[number]) =>
            d.key === 'start' || d.key === 'end' ? '#9ecae1' : d.value >= 0 ? '#1b9e77' : '#d95f02',
          title: (d: (typeof steps)[number]) => `${label(d.key)}: ${t.num(d.value, 0)}`,
        }),
        Plot.text(steps, {
          x: (d: (typeof steps)[number]) => label(d.key),
          y: 'y1',
          dy: -7,
          text: (d: (typeof steps)[number]) =>
            d.key === 'start' || d.key === 'end'
              ? t.num(d.value, 0)
              : `${d.value >= 0 ? '+' : '−'}${t.num(Math.abs(d.value), 0)}`,
        }),
      ],
    });
    svg.setAttribute('data-testid', 'shift-share-waterfall');
    svg.setAttribute('role', 'img');
    svg.setAttribute('aria-label', `${t('toolkit.shiftShareTitle')}: ${regionName(shown, t)}`);
    el.append(svg);
  }, [steps, shown, t]);

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    const r = await readMatrixFile(new Uint8Array(await file.arrayBuffer()), file.name, t.lang);
    if (r.ok) {
      setEnd(r.matrix);
      setIssues([]);
    } else {
      setEnd(null);
      setIssues(r.issues);
    }
  };
  const title = t('toolkit.shiftShareTitle');
  const extra: Record<string, string> = end ? { end: end.fileName } : {};
  return (
    <div className="panel" data-testid="shift-share" style={{ marginTop: 12 }}>
      <div className="panel-head">
        <h2>{title}</h2>
        <div className="button-row">
          <label className="button secondary small file-button">
            {t('toolkit.loadEnd')}
            <input
              type="file"
              accept=".csv,.txt,.tsv,.xlsx"
              className="visually-hidden"
              data-testid="shift-share-file"
              onChange={(e) => void onFile(e.target.files?.[0])}
            />
          </label>
          {res && (
            <ExportButtons
              name={fileStem('shift-share')}
              meta={meta(title, extra)}
              svg={() => figureOf(mapRef.current, meta(title, extra)())}
              csv={() =>
                toCsv(
                  [
                    'ISO',
                    t('clustering.col.name'),
                    t('spec.industry'),
                    t('toolkit.ss.change'),
                    t('toolkit.ss.national'),
                    t('toolkit.ss.mix'),
                    t('toolkit.ss.competitive'),
                    t('toolkit.ss.emCompetitive'),
                    t('toolkit.ss.emAllocation'),
                  ],
                  res.rows.map((x) => [
                    x.region,
                    regionName(x.region, t),
                    x.industry,
                    x.change,
                    x.national,
                    x.mix,
                    x.competitive,
                    x.em_competitive,
                    x.em_allocation,
                  ]),
                  meta(title, extra)(),
                )
              }
              testid="shift-share-export"
            />
          )}
        </div>
      </div>
      <p className="muted small">{t('toolkit.shiftShareLead')}</p>
      <IssueList issues={[...issues, ...(res?.issues ?? [])]} testid="shift-share-issues" />
      {res && res.rows.length > 0 && (
        <>
          <label className="inline-field">
            <span className="field-label">{t('toolkit.region')}</span>
            <select
              data-testid="shift-share-region"
              value={shown}
              onChange={(e) => setRegion(e.target.value)}
            >
              {result.regions.map((r) => (
                <option key={r} value={r}>
                  {regionName(r, t)}
                </option>
              ))}
            </select>
          </label>
          <div className="analysis-row">
            {shareClasses && (
              <SvgChoropleth
                ref={mapRef}
                fill={shareClasses.fill}
                valueText={(code) => {
                  const v = shareClasses.values.get(code);
                  return v === null || v === undefined ? t('map.noData') : `${t.num(v, 1)} %`;
                }}
                legend={shareClasses.classes.map((c) => ({
                  colour: c.colour,
                  label: classLabel(c, (x) => `${t.num(x, 1)} %`),
                }))}
                noDataLabel={t('map.noData')}
                selected={selected}
                onToggle={toggleRegion}
                testid="shift-share-map"
                regions={result.regions}
                title={t('toolkit.ss.mapTitle')}
                width={520}
                height={280}
              />
            )}
            <div>
              <div ref={plotRef} />
              <ExportButtons
                name={fileStem('shift-share-waterfall', shown)}
                meta={meta(title, { ...extra, region: shown })}
                svg={() =>
                  figureOf(
                    plotRef.current?.querySelector('svg') as SVGSVGElement | null,
                    meta(title, { ...extra, region: shown })(),
                  )
                }
                testid="waterfall-export"
              />
            </div>
          </div>
          <p className="small muted">{t('toolkit.ss.mapTitle')}</p>
          <div>
            <ScrollRegion label={title} className="schedule-scroll">
              <table className="data compact" data-testid="shift-share-table">
                <thead>
                  <tr>
                    <th scope="col">{t('spec.industry')}</th>
                    {(
                      [
                        'change',
                        'national',
                        'mix',
                        'competitive',
                        'emCompetitive',
                        'emAllocation',
                      ] as const
                    ).map((k) => (
                      <th key={k} scope="col" className="num">
                        {t(`toolkit.ss.${k}`)}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {res.rows
                    .filter((x) => x.region === shown)
                    .map((x) => (
                      <tr key={x.industry}>
                        <td>{x.industry}</td>
                        {[
                          x.change,
                          x.national,
                          x.mix,
                          x.competitive,
                          x.em_competitive,
                          x.em_allocation,
                        ].map((v, j) => (
                          <td key={j} className="num">
                            {/* -0.3 shows as 0, not "-0". */}
                            {t.num(v === null ? null : Math.round(v) || 0, 0)}
                          </td>
                        ))}
                      </tr>
                    ))}
                </tbody>
              </table>
            </ScrollRegion>
          </div>
          <p className="footnote">{t('toolkit.shiftShareNote')}</p>
        </>
      )}
    </div>
  );
}

/**
 * The regional input-output panel: shown on #/specialisation with or without a matrix (the
 * national table needs none; SLQ, CILQ and FLQ take the matrix's employment).
 */
export function IoPanel({ meta }: { meta: Meta }) {
  const t = useT();
  const store = useAppStoreApi();
  const cfg = useAppStore((s) => s.spec.clusters);
  // `key` for continuous gestures (a field's spinner, a slider): one undo step each.
  const setClusters = (f: (c: ClusterToolkitSpec) => ClusterToolkitSpec, key?: string) => {
    const spec = store.getState().spec;
    store.getState().setSpec({ ...spec, clusters: f(spec.clusters) }, key);
  };
  const result = useAppStore((s) => s.analyses.specialisation.output);
  const selected = useAppStore((s) => s.view.selected);
  const toggleRegion = useAppStore((s) => s.toggleRegion);
  const mapRef = useRef<SVGSVGElement | null>(null);
  // The table is the store's (state/analysisResults.ts): imported here or on Data.
  const table = useAppStore((s) => s.ioFile);
  const setTable = useAppStore((s) => s.setIoFile);
  const [issues, setIssues] = useState<Issue[]>([]);
  const regions = result?.regions ?? [];
  const region =
    cfg.io.region && regions.includes(cfg.io.region) ? cfg.io.region : (regions[0] ?? null);
  const io = { ...cfg.io, region };
  const run = useMemo(
    () => (table ? runIo(table.io, result?.matrix ?? null, io) : null),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [table, result, io.method, io.delta, io.region],
  );
  const onFile = async (file: File | undefined) => {
    if (!file) return;
    const r = await readIoTable(new Uint8Array(await file.arrayBuffer()), file.name);
    if (r.ok) {
      setTable({ io: r.value, fileName: file.name });
      setIssues(r.warnings);
    } else {
      setTable(null);
      setIssues(r.issues);
    }
  };
  const title = t('toolkit.ioTitle');
  const extra: Record<string, string> = table
    ? {
        file: table.fileName,
        // What was computed: without a matrix the national table, whatever the spec asks.
        method: run?.ok && run.regionalised ? io.method : 'national',
        delta: String(io.delta),
        region: run?.ok && run.regionalised ? (region ?? '') : '',
      }
    : {};
  const v = run?.ok ? run.value : null;
  const ioIndustries = table?.io.industries ?? [];
  const mapInd = Math.max(
    0,
    cfg.industry
      ? ioIndustries.findIndex((x) => normaliseLabel(x) === normaliseLabel(cfg.industry ?? ''))
      : 0,
  );
  const byRegion = useMemo(
    () => (table && v && result ? ioByRegion(table.io, result.matrix, io, mapInd) : null),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [table, result, v, io.method, io.delta, mapInd],
  );
  const mapClasses = useMemo(
    () => (byRegion ? classedValues(regions, byRegion) : null),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [byRegion, result],
  );
  const published = v ? v.industries.map(publishedMultipliers) : [];
  const anyPublished = published.some((p) => p !== null);
  const mapTitle = t('toolkit.io.mapTitle', {
    industry: ioIndustries[mapInd] ?? '',
    method: io.method === 'national' ? t('toolkit.io.method.national') : io.method.toUpperCase(),
  });
  return (
    <div className="panel" data-testid="io-panel" style={{ marginTop: 12 }}>
      <div className="panel-head">
        <h2>{title}</h2>
        <div className="button-row">
          <label className="button secondary small file-button">
            {t('toolkit.loadIo')}
            <input
              type="file"
              accept=".csv,.txt,.tsv,.xlsx"
              className="visually-hidden"
              data-testid="io-file"
              onChange={(e) => void onFile(e.target.files?.[0])}
            />
          </label>
          {v && (
            <ExportButtons
              name={fileStem('io', io.method, region ?? '')}
              meta={meta(title, extra)}
              svg={() => figureOf(mapRef.current, meta(mapTitle, extra)())}
              csv={() =>
                toCsv(
                  [
                    t('spec.industry'),
                    'SLQ',
                    t('toolkit.io.output'),
                    t('toolkit.io.valueAdded'),
                    t('toolkit.io.income'),
                    t('toolkit.io.employment'),
                    t('toolkit.io.backward'),
                    t('toolkit.io.forward'),
                    t('toolkit.io.type'),
                  ],
                  v.industries.map((name, j) => [
                    name,
                    v.slq?.[j] ?? null,
                    v.multipliers.output[j],
                    v.multipliers.valueAdded[j],
                    v.multipliers.householdIncome[j],
                    v.multipliers.employment?.[j] ?? null,
                    v.linkages.backward[j],
                    v.linkages.forward[j],
                    t(`toolkit.io.type.${v.linkages.type[j]}`),
                  ]),
                  meta(title, extra)(),
                )
              }
              testid="io-export"
            />
          )}
        </div>
      </div>
      <p className="muted small">{t('toolkit.ioLead')}</p>
      <IssueList issues={issues} testid="io-issues" />
      {table && (
        <>
          <div className="button-row">
            <label className="inline-field">
              <span className="field-label">{t('toolkit.io.method')}</span>
              <select
                data-testid="io-method"
                value={io.method}
                onChange={(e) =>
                  setClusters((c) => ({
                    ...c,
                    io: { ...c.io, method: e.target.value as ClusterToolkitSpec['io']['method'] },
                  }))
                }
              >
                {(['national', 'slq', 'cilq', 'flq'] as const).map((m) => (
                  <option key={m} value={m}>
                    {t(`toolkit.io.method.${m}`)}
                  </option>
                ))}
              </select>
            </label>
            {result && (
              <label className="inline-field">
                <span className="field-label">{t('toolkit.region')}</span>
                <select
                  data-testid="io-region"
                  value={region ?? ''}
                  disabled={io.method === 'national'}
                  onChange={(e) =>
                    setClusters((c) => ({ ...c, io: { ...c.io, region: e.target.value } }))
                  }
                >
                  {regions.map((r) => (
                    <option key={r} value={r}>
                      {regionName(r, t)}
                    </option>
                  ))}
                </select>
              </label>
            )}
            <label className="inline-field">
              <span className="field-label">{t('toolkit.io.delta')}</span>
              <span className="small">δ = {t.num(io.delta, 2)}</span>
              <input
                type="range"
                min={0}
                max={0.95}
                step={0.05}
                value={io.delta}
                disabled={io.method !== 'flq'}
                data-testid="io-delta"
                aria-label={t('toolkit.io.delta')}
                onChange={(e) =>
                  setClusters(
                    (c) => ({ ...c, io: { ...c.io, delta: Number(e.target.value) } }),
                    'toolkit.io.delta',
                  )
                }
              />
            </label>
            {v?.lambda !== null && v?.lambda !== undefined && (
              <span className="small" data-testid="io-lambda">
                λ = {t.num(v.lambda, 4)}
              </span>
            )}
          </div>
          {!result && io.method !== 'national' && (
            <p className="muted small" data-testid="io-need-matrix">
              {t('toolkit.io.needMatrix')}
            </p>
          )}
          {run?.ok && <IssueList issues={run.warnings} testid="io-warnings" />}
          {run && !run.ok && run.missing.length > 0 && (
            <p className="issues" data-testid="io-error">
              {t('toolkit.io.error', { message: run.missing.join(', ') })}
            </p>
          )}
          {run && !run.ok && <IssueList issues={run.issues} testid="io-run-issues" />}
          {v && mapClasses && (
            <div style={{ maxWidth: 600 }}>
              <label className="inline-field">
                <span className="field-label">{t('spec.industry')}</span>
                <select
                  data-testid="io-industry"
                  value={ioIndustries[mapInd]}
                  onChange={(e) => setClusters((c) => ({ ...c, industry: e.target.value }))}
                >
                  {ioIndustries.map((i) => (
                    <option key={i} value={i}>
                      {i}
                    </option>
                  ))}
                </select>
              </label>
              <SvgChoropleth
                ref={mapRef}
                fill={mapClasses.fill}
                valueText={(code) => {
                  const x = mapClasses.values.get(code);
                  return x === null || x === undefined ? t('map.noData') : t.num(x, 3);
                }}
                legend={mapClasses.classes.map((c) => ({
                  colour: c.colour,
                  label: classLabel(c, (x) => t.num(x, 3)),
                }))}
                noDataLabel={t('map.noData')}
                selected={selected}
                onToggle={(code) => {
                  toggleRegion(code);
                  setClusters((c) => ({ ...c, io: { ...c.io, region: code } }));
                }}
                testid="io-map"
                regions={regions}
                title={mapTitle}
                width={560}
                height={300}
              />
              <p className="small muted">{mapTitle}</p>
            </div>
          )}
          {v && (
            <ScrollRegion label={title} className="schedule-scroll">
              <table className="data compact" data-testid="io-multipliers">
                <thead>
                  <tr>
                    <th scope="col">{t('spec.industry')}</th>
                    {v.slq && (
                      <th scope="col" className="num">
                        SLQ
                      </th>
                    )}
                    <th scope="col" className="num">
                      {t('toolkit.io.output')}
                    </th>
                    <th scope="col" className="num">
                      {t('toolkit.io.valueAdded')}
                    </th>
                    <th scope="col" className="num">
                      {t('toolkit.io.income')}
                    </th>
                    {v.multipliers.employment && (
                      <th scope="col" className="num">
                        {t('toolkit.io.employment')}
                      </th>
                    )}
                    <th scope="col" className="num">
                      {t('toolkit.io.backward')}
                    </th>
                    <th scope="col" className="num">
                      {t('toolkit.io.forward')}
                    </th>
                    <th scope="col">{t('toolkit.io.type')}</th>
                    {anyPublished && <th scope="col">{t('toolkit.io.published')}</th>}
                  </tr>
                </thead>
                <tbody>
                  {v.industries.map((name, j) => {
                    const pub = published[j];
                    return (
                      <tr key={name}>
                        <td>{name}</td>
                        {v.slq && <td className="num">{t.num(v.slq[j], 2)}</td>}
                        <td className="num">{t.num(v.multipliers.output[j], 3)}</td>
                        <td className="num">{t.num(v.multipliers.valueAdded[j], 3)}</td>
                        <td className="num">{t.num(v.multipliers.householdIncome[j], 3)}</td>
                        {v.multipliers.employment && (
                          <td className="num">{t.num(v.multipliers.employment[j], 3)}</td>
                        )}
                        <td className="num">{t.num(v.linkages.backward[j], 3)}</td>
                        <td className="num">{t.num(v.linkages.forward[j], 3)}</td>
                        <td>{t(`toolkit.io.type.${v.linkages.type[j]}`)}</td>
                        {anyPublished && (
                          <td className="small">
                            {pub ? pub.map((x) => t.num(x, 3)).join(' / ') : '—'}
                          </td>
                        )}
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </ScrollRegion>
          )}
          <p className="footnote">{t('toolkit.ioNote')}</p>
        </>
      )}
    </div>
  );
}
