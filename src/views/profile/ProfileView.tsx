/**
 * The region profile: one region, or two to four side by side (the store's selection, shared
 * with the map). For each: indicators as a percentage of the leader (bars), rank and class,
 * sub-indices, recomputed index for both years (and the published one beside the paper's own
 * data), and the region's group in seed 003's published clustering (not for the user's own
 * units, which it cannot hold: state/unitKind.ts, whose words the texts then use). Exports: CSV
 * of every figure shown, SVG/PNG of the bar chart.
 */
import { studyUnitsAreOwn } from '../../state/unitKind.ts';
import type { MessageKey } from '../../i18n/translate.ts';
import * as Plot from '@observablehq/plot';
import { useMemo, useRef, useState } from 'react';
import { getDataset } from '../../data/datasets/catalogue.ts';
import type { GroupsDataset, TableDataset } from '../../data/types.ts';
import { regionsOf } from '../../data/regions/registry.ts';
import { useT, type T } from '../../i18n/useT.ts';
import { useAppStore, useAppStoreApi } from '../../state/react.tsx';
import { activeUserDataset } from '../../state/study.ts';
import { dataYears } from '../../state/dataYears.ts';
import { isPaperData, treeIndicators } from '../../core/index.ts';
import { MAX_SELECTED, YEARS, type Year } from '../../state/viewState.ts';
import { ExportButtons } from '../common/ExportButtons.tsx';
import { InfrastructureList } from '../common/InfrastructureList.tsx';
import { Missing } from '../common/Missing.tsx';
import { YearSwitch } from '../common/YearSwitch.tsx';
import { fileStem, toCsv } from '../common/export.ts';
import { sourceStem, specSource } from '../common/exportSource.ts';
import { regionName } from '../map/regionName.ts';
import { classColour, classText, classTitle } from '../rating/classColour.ts';
import { StrengthsList } from './StrengthsList.tsx';
import { groupName, indicatorName } from '../common/names.ts';
import { figureOf, type LegendEntry } from '../common/figure.ts';
import { PlotChart } from '../common/PlotChart.tsx';
import { ratingWords } from '../common/methodWords.ts';
import { profileModel, type RegionProfile } from './profileModel.ts';
import type { AppState } from '../../state/store.ts';
import '../import/import.css';
import './profile.css';
import { studyOf } from '../../state/study.ts';

const COLOURS = ['#1f4e79', '#d97706', '#0f766e', '#7c3aed'];

const asTable = (x: unknown): TableDataset | undefined =>
  x && typeof x === 'object' && (x as { kind?: string }).kind === 'table'
    ? (x as TableDataset)
    : undefined;

function tablesOf(s: AppState): Partial<Record<Year, TableDataset>> {
  if (s.spec.data.table.source === 'user') {
    const user = activeUserDataset(s);
    if (!user) return {};
    // A panel: every year's table; a single table stands for the year in the spec.
    if (user.panel) return Object.fromEntries(user.panel.map((p) => [p.year, p.table]));
    return { [s.spec.data.year]: user.table };
  }
  const out: Partial<Record<Year, TableDataset>> = {};
  for (const y of YEARS) {
    const ds = asTable(s.data.datasets[`innovation-${y}`]);
    if (ds) out[y] = ds;
  }
  return out;
}

function Badge({ label }: { label: string | null }) {
  const t = useT();
  if (!label) return <Missing />;
  const c = classColour(label);
  return (
    <span
      className="class-badge"
      style={{ background: c.bg, color: c.fg }}
      title={classTitle(label, t) || undefined}
    >
      {classText(label, t)}
    </span>
  );
}

interface BarDatum {
  code: string;
  j: number;
  indicator: string;
  share: number | null;
}

/** Each profiled region's colour and name, on screen and in the exported figure's legend. */
const legendOf = (profiles: RegionProfile[], t: T): LegendEntry[] =>
  profiles.map((p, j) => ({
    colour: COLOURS[j % COLOURS.length],
    label: regionName(p.code, t, true),
  }));

/**
 * Indicators as a percentage of the leader, one row of bars per indicator and one bar per
 * region, drawn with Observable Plot (a band scale faceted by indicator).
 */
function BarsChart({
  profiles,
  year,
  ids,
  t,
  chartRef,
  nameOf,
}: {
  profiles: RegionProfile[];
  year: Year;
  ids: string[];
  t: T;
  chartRef: React.RefObject<SVGSVGElement | null>;
  /** The indicator's name as the user's study calls it (common/names.ts). */
  nameOf: (id: string) => string;
}) {
  const title = t('profile.chartTitle', { year });
  const data: BarDatum[] = ids.flatMap((id) =>
    profiles.map((p, j) => ({
      code: p.code,
      j,
      indicator: nameOf(id),
      share:
        p.years.find((z) => z.year === year)?.indicators.find((i) => i.id === id)?.share ?? null,
    })),
  );
  const shown = data.filter((d) => d.share !== null);
  const rowH = profiles.length * 12 + 10;
  return (
    <PlotChart
      chartRef={chartRef}
      label={title}
      testid="profile-chart"
      className="chart-host profile-chart"
      deps={[profiles, year, ids, t]}
      build={() =>
        Plot.plot({
          width: 820,
          height: 30 + ids.length * rowH + 30,
          marginLeft: 330,
          marginRight: 60,
          marginTop: 10,
          marginBottom: 30,
          style: { fontSize: '11px', background: 'white', color: '#1d2430' },
          x: {
            domain: [0, 100],
            ticks: [0, 25, 50, 75, 100],
            grid: true,
            label: null,
            tickFormat: (v: number) => `${v}%`,
          },
          y: { axis: null, domain: profiles.map((p) => p.code), paddingInner: 0.15 },
          fy: {
            domain: ids.map(nameOf),
            axis: 'left',
            label: null,
            tickSize: 0,
            padding: 0.2,
          },
          marks: [
            Plot.barX(shown, {
              x: 'share',
              y: 'code',
              fy: 'indicator',
              fill: (d: BarDatum) => COLOURS[d.j % COLOURS.length],
              title: (d: BarDatum) => `${regionName(d.code, t)}: ${t.num(d.share, 1)}%`,
            }),
            Plot.text(shown, {
              x: 'share',
              y: 'code',
              fy: 'indicator',
              text: (d: BarDatum) => t.num(d.share, 1),
              textAnchor: 'start',
              dx: 4,
              fontSize: 10,
            }),
            Plot.text(
              data.filter((d) => d.share === null),
              {
                x: 0,
                y: 'code',
                fy: 'indicator',
                text: () => t('map.noData'),
                textAnchor: 'start',
                dx: 4,
                fontSize: 10,
                fill: '#6b7280',
              },
            ),
          ],
        })
      }
    />
  );
}

function Picker() {
  const t = useT();
  const { k } = useUnitKey();
  const selected = useAppStore((s) => s.view.selected);
  const toggle = useAppStore((s) => s.toggleRegion);
  const units = useAppStore((s) => s.results.rating[s.view.year]?.units);
  const [pick, setPick] = useState('');
  const options = (units ?? regionsOf('2014').map((r) => r.code['2014']!)).filter(
    (c) => !selected.includes(c),
  );
  options.sort((a, b) => regionName(a, t).localeCompare(regionName(b, t), t.lang));
  return (
    <div className="panel profile-picker" data-testid="profile-picker">
      <div className="button-row">
        <label htmlFor="profile-add">{t(k('profile.add'))}</label>
        <select id="profile-add" value={pick} onChange={(e) => setPick(e.target.value)}>
          <option value="">{t('profile.choose')}</option>
          {options.map((c) => (
            <option key={c} value={c}>
              {regionName(c, t)}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="button small"
          disabled={!pick || selected.length >= MAX_SELECTED}
          onClick={() => {
            toggle(pick);
            setPick('');
          }}
          data-testid="profile-add"
        >
          {t('profile.addButton')}
        </button>
        <span className="muted">{t(k('profile.max'), { n: MAX_SELECTED })}</span>
      </div>
      {selected.length > 0 && (
        <ul className="chips" aria-label={t(k('profile.selected'))}>
          {selected.map((c, j) => (
            <li key={c} className="chip" style={{ borderColor: COLOURS[j % COLOURS.length] }}>
              {regionName(c, t)}{' '}
              <button
                type="button"
                className="chip-remove"
                aria-label={t('profile.remove', { name: regionName(c, t) })}
                onClick={() => toggle(c)}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function RegionCard({ p, ids, colour }: { p: RegionProfile; ids: string[]; colour: string }) {
  const t = useT();
  const { k, own } = useUnitKey();
  const paper = useAppStore((s) => isPaperData(s.spec.data));
  // The user's own names for their groups and indicators (never the paper's translation keys).
  const rating = useAppStore((s) => s.spec.rating);
  const data = useAppStore((s) => s.spec.data);
  const named = { rating, data };
  return (
    <article
      className="panel profile-card"
      style={{ borderTopColor: colour }}
      data-testid="profile-card"
      aria-labelledby={`pc-${p.code}`}
    >
      <h2 id={`pc-${p.code}`}>{regionName(p.code, t)}</h2>
      {p.years.length === 0 ? (
        <p className="muted">{t(k('profile.noData'))}</p>
      ) : (
        <table className="data-table compact">
          <thead>
            <tr>
              <th scope="col">{t('profile.measure')}</th>
              {p.years.map((y) => (
                <th scope="col" key={y.year} className="num">
                  {y.year}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">{t('rating.col.rank')}</th>
              {p.years.map((y) => (
                <td key={y.year} className="num">
                  {y.rank === null ? <Missing /> : t('profile.rankOf', { rank: y.rank, of: y.of })}
                </td>
              ))}
            </tr>
            <tr>
              <th scope="row">{t('rating.col.class')}</th>
              {p.years.map((y) => (
                <td key={y.year} className="num">
                  <Badge label={y.className} />
                </td>
              ))}
            </tr>
            <tr>
              <th scope="row">{t('profile.indexRecomputed')}</th>
              {p.years.map((y) => (
                <td key={y.year} className="num">
                  {t.num(y.index, 2)}
                </td>
              ))}
            </tr>
            {/* The paper's published index only beside the paper's own data (issue 8). */}
            {paper && (
              <tr>
                <th scope="row">{t('rating.col.published')}</th>
                {p.years.map((y) => (
                  <td key={y.year} className="num">
                    {t.num(y.published, 2)} {y.publishedClass && <Badge label={y.publishedClass} />}
                  </td>
                ))}
              </tr>
            )}
            {p.years[0].groups.map((g) => (
              <tr key={g.id}>
                <th scope="row">{groupName(t, named, g.id)}</th>
                {p.years.map((y) => (
                  <td key={y.year} className="num">
                    {t.num(y.groups.find((x) => x.id === g.id)?.value ?? null, 1)}
                  </td>
                ))}
              </tr>
            ))}
            {ids.map((id) => (
              <tr key={id}>
                <th scope="row">
                  {indicatorName(t, named, id)}{' '}
                  <span className="muted">{t('profile.ofLeader')}</span>
                </th>
                {p.years.map((y) => {
                  const s = y.indicators.find((i) => i.id === id);
                  return (
                    <td key={y.year} className="num">
                      {s?.share === null || s === undefined ? <Missing /> : `${t.num(s.share, 1)}%`}
                      {s?.leader === p.code && (
                        <span className="leader" title={t('profile.leader')}>
                          {' '}
                          ★
                        </span>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <StrengthsList code={p.code} />
      {/* The published grouping is of the 16 regions: nothing to say of the user's own units. */}
      {!own && <h3>{t('profile.cluster')}</h3>}
      {own ? null : p.cluster ? (
        <div data-testid="profile-cluster" className="profile-cluster">
          {t('profile.clusterText', {
            n: p.cluster.id,
            members: p.cluster.members.map((m) => regionName(m, t, true)).join(', '),
          })}
          <div className="muted small">
            <InfrastructureList group={p.cluster.group} layout="inline" limit={6} />
          </div>
        </div>
      ) : (
        <p className="muted">{t('profile.noCluster')}</p>
      )}
    </article>
  );
}

export default function ProfileView() {
  const t = useT();
  const { k } = useUnitKey();
  const stemOfData = useAppStore((s) => sourceStem(specSource(s.spec)));
  const store = useAppStoreApi();
  const selected = useAppStore((s) => s.view.selected);
  const year = useAppStore((s) => s.view.year);
  const rating = useAppStore((s) => s.results.rating);
  const spec = useAppStore((s) => s.spec.rating);
  const datasets = useAppStore((s) => s.data.datasets);
  const userData = useAppStore((s) => s.userData);
  const studyData = useAppStore((s) => s.spec.data);
  const svgRef = useRef<SVGSVGElement | null>(null);

  const ids = useMemo(() => treeIndicators(spec).map((i) => i.id), [spec]);
  // With nothing selected, show the year's leader rather than an empty page; the shared
  // selection (and so the map) is left untouched until the user picks regions.
  const leader = useMemo(() => {
    const r = rating[year];
    const i = r ? r.rank.indexOf(1) : -1;
    return i >= 0 ? r!.units[i] : null;
  }, [rating, year]);
  const shown = useMemo(
    () => (selected.length > 0 ? selected : leader ? [leader] : []),
    [selected, leader],
  );
  const profiles = useMemo(() => {
    const s = store.getState();
    return profileModel({
      codes: shown,
      indicatorIds: ids,
      tables: tablesOf(s),
      rating,
      published:
        !isPaperData(studyData) || userData.hydrated === null
          ? undefined
          : asTable(datasets['innovation-published']),
      groups: getDataset('region-groups-published') as GroupsDataset | undefined,
      years: dataYears(s),
    });
  }, [store, shown, ids, rating, datasets, userData, studyData]);

  const meta = () => ({
    title: t(k('profile.title')),
    spec: studyOf(store.getState()),
    extra: { regions: shown.join(' '), year: String(year), language: t.lang },
    created: new Date().toISOString(),
  });

  const csv = () => {
    const header = [
      'ISO',
      t('rating.col.region'),
      t('profile.year'),
      t('profile.measure'),
      t('profile.value'),
    ];
    const rows: (string | number | null)[][] = [];
    const st = store.getState();
    const named = { rating: st.spec.rating, data: st.spec.data };
    for (const p of profiles) {
      const name = regionName(p.code, t);
      for (const y of p.years) {
        rows.push([p.code, name, y.year, t('rating.col.rank'), y.rank]);
        rows.push([p.code, name, y.year, t('rating.col.class'), y.className]);
        rows.push([p.code, name, y.year, t('profile.indexRecomputed'), y.index]);
        if (isPaperData(st.spec.data))
          rows.push([p.code, name, y.year, t('rating.col.published'), y.published]);
        for (const g of y.groups)
          rows.push([p.code, name, y.year, groupName(t, named, g.id), g.value]);
        for (const i of y.indicators)
          rows.push([
            p.code,
            name,
            y.year,
            `${indicatorName(t, named, i.id)} ${t('profile.ofLeader')}`,
            i.share,
          ]);
      }
      rows.push([p.code, name, null, t('profile.cluster'), p.cluster ? p.cluster.id : null]);
    }
    return toCsv(header, rows, meta());
  };

  return (
    <section className="view profile-view" aria-labelledby="profile-title">
      <div className="view-head">
        <div>
          <h1 id="profile-title">{t(k('profile.title'))}</h1>
          <p>{t(k('profile.lead'))}</p>
        </div>
        {profiles.length > 0 && (
          <ExportButtons
            name={fileStem('profile', stemOfData, ...shown, year)}
            meta={meta}
            csv={csv}
            svg={() =>
              figureOf(svgRef.current, meta(), {
                title: `${t(k('profile.title'))}: ${t('profile.chartTitle', { year })}`,
                subtitle: ratingWords(store.getState().spec, t),
                legend: legendOf(profiles, t),
              })
            }
            testid="profile-export"
          />
        )}
      </div>
      <Picker />
      {selected.length === 0 && leader && (
        <p className="muted" data-testid="profile-leader-note">
          {t(k('profile.leaderNote'), { region: regionName(leader, t), year })}
        </p>
      )}
      {profiles.length === 0 ? (
        <p className="panel muted" data-testid="profile-empty">
          {t(k('profile.empty'))}
        </p>
      ) : (
        <>
          <div className="panel">
            <YearSwitch />
            <h2 className="chart-title">{t('profile.chartTitle', { year })}</h2>
            <div className="chart-scroll">
              <BarsChart
                profiles={profiles}
                year={year}
                ids={ids}
                t={t}
                chartRef={svgRef}
                nameOf={(id) => {
                  const st = store.getState();
                  return indicatorName(t, { rating: st.spec.rating, data: st.spec.data }, id);
                }}
              />
            </div>
            <ul className="chart-legend" aria-label={t(k('profile.selected'))}>
              {legendOf(profiles, t).map((e) => (
                <li key={e.label}>
                  <span className="swatch" style={{ background: e.colour }} aria-hidden="true" />{' '}
                  {e.label}
                </li>
              ))}
            </ul>
          </div>
          <div className={`profile-grid n${profiles.length}`}>
            {profiles.map((p, j) => (
              <RegionCard key={p.code} p={p} ids={ids} colour={COLOURS[j % COLOURS.length]} />
            ))}
          </div>
        </>
      )}
    </section>
  );
}

/** The word for the study's units: the profile's texts name the user's own units as units. */
function useUnitKey() {
  const own = useAppStore(studyUnitsAreOwn);
  return {
    own,
    k: (key: ProfileText): MessageKey => (own ? (`${key}.units` as MessageKey) : key),
  };
}

type ProfileText =
  | 'profile.title'
  | 'profile.lead'
  | 'profile.add'
  | 'profile.max'
  | 'profile.selected'
  | 'profile.empty'
  | 'profile.leaderNote'
  | 'profile.noData';
