/**
 * Seed 000's Tables 1-2 (dataset ict-organisations): the shares of organisations using
 * computers and with Internet access, 2016-2021, as lines; the number of organisations using
 * the Internet, 2017-2021, as bars. Drawn with Observable Plot; the same element is exported as
 * an SVG/PNG figure (title, legend, source line: common/figure.ts).
 */
import * as Plot from '@observablehq/plot';
import { useRef } from 'react';
import type { TableDataset } from '../../data/types.ts';
import { useT } from '../../i18n/useT.ts';
import { useAppStoreApi } from '../../state/react.tsx';
import { ExportButtons } from '../common/ExportButtons.tsx';
import { figureOf, type LegendEntry } from '../common/figure.ts';
import { PlotChart } from '../common/PlotChart.tsx';
import { studyOf } from '../../state/study.ts';
import { bundledSource } from '../common/exportSource.ts';

const W = 560;
const H = 240;
const COLOURS = ['#1f4e79', '#d97706'];
const DASH = [undefined, '6 3'];

interface Series {
  label: string;
  points: { year: number; value: number }[];
}

/** Rows of a table as series over its year columns (yYYYY), skipping cells with no figure. */
export function seriesOf(ds: TableDataset, keys: string[], lang: 'ru' | 'kk' | 'en'): Series[] {
  return keys.flatMap((k) => {
    const r = ds.rows.find((x) => x.key === k);
    if (!r) return [];
    const points = Object.entries(r.cells)
      .filter(([, c]) => c.value !== null)
      .map(([col, c]) => ({ year: Number(col.replace(/^y/, '')), value: c.value as number }))
      .filter((p) => Number.isFinite(p.year))
      .sort((a, b) => a.year - b.year);
    return [{ label: r.title?.[lang] ?? r.label, points }];
  });
}

/** The series' legend entries (colour and label), on screen and in the exported figure. */
const legendOf = (series: Series[]): LegendEntry[] =>
  series.map((s, k) => ({
    colour: COLOURS[k % COLOURS.length],
    label: s.label,
    shape: 'line',
    dash: DASH[k],
  }));

function Legend({ entries }: { entries: LegendEntry[] }) {
  return (
    <ul className="chart-legend">
      {entries.map((e, k) => (
        <li key={e.label}>
          <span
            className="line-swatch"
            aria-hidden="true"
            style={{ borderTop: `2.5px ${DASH[k] ? 'dashed' : 'solid'} ${e.colour}` }}
          />{' '}
          {e.label}
        </li>
      ))}
    </ul>
  );
}

function LineChart({
  series,
  title,
  yMin,
  yMax,
  chartRef,
}: {
  series: Series[];
  title: string;
  yMin: number;
  yMax: number;
  chartRef: React.RefObject<SVGSVGElement | null>;
}) {
  const t = useT();
  const rows = series.flatMap((s, k) => s.points.map((p) => ({ ...p, k, label: s.label })));
  return (
    <PlotChart
      chartRef={chartRef}
      label={title}
      deps={[series, yMin, yMax, t]}
      build={() =>
        Plot.plot({
          width: W,
          height: H,
          marginLeft: 48,
          marginRight: 20,
          style: { fontSize: '11px', background: 'white', color: '#1d2430' },
          x: { type: 'point', label: null, tickFormat: (y: number) => String(y) },
          y: {
            domain: [yMin, yMax],
            grid: true,
            ticks: 5,
            label: '%',
            tickFormat: (v: number) => t.num(v, 0),
          },
          marks: [
            ...series.map((s, k) =>
              Plot.line(s.points, {
                x: 'year',
                y: 'value',
                stroke: COLOURS[k % COLOURS.length],
                strokeWidth: 2.5,
                strokeDasharray: DASH[k],
              }),
            ),
            Plot.dot(rows, {
              x: 'year',
              y: 'value',
              r: 3.5,
              fill: (d) => COLOURS[d.k % COLOURS.length],
              title: (d) => `${d.label}, ${d.year}: ${t.num(d.value, 1)}`,
            }),
          ],
        })
      }
    />
  );
}

function BarChart({
  series,
  title,
  chartRef,
}: {
  series: Series;
  title: string;
  chartRef: React.RefObject<SVGSVGElement | null>;
}) {
  const t = useT();
  return (
    <PlotChart
      chartRef={chartRef}
      label={title}
      deps={[series, t]}
      build={() =>
        Plot.plot({
          width: W,
          height: H,
          marginLeft: 64,
          marginRight: 20,
          style: { fontSize: '11px', background: 'white', color: '#1d2430' },
          x: {
            type: 'band',
            label: null,
            padding: 0.3,
            tickSize: 0,
            tickFormat: (y: number) => String(y),
          },
          y: { grid: true, ticks: 5, label: null, tickFormat: (v: number) => t.num(v, 0) },
          marks: [
            Plot.barY(series.points, {
              x: 'year',
              y: 'value',
              fill: COLOURS[0],
              title: (p) => `${p.year}: ${t.num(p.value, 0)}`,
            }),
            Plot.text(series.points, {
              x: 'year',
              y: 'value',
              text: (p) => t.num(p.value, 0),
              dy: -7,
              fill: '#1d2430',
            }),
            Plot.ruleY([0], { stroke: '#9ca3af' }),
          ],
        })
      }
    />
  );
}

export function IctCharts({ ds }: { ds: TableDataset }) {
  const t = useT();
  const store = useAppStoreApi();
  const lineRef = useRef<SVGSVGElement | null>(null);
  const barRef = useRef<SVGSVGElement | null>(null);
  const shares = seriesOf(ds, ['computers_share', 'internet_access_share'], t.lang);
  const [users] = seriesOf(ds, ['internet_users'], t.lang);
  const values = shares.flatMap((s) => s.points.map((p) => p.value));
  const lo = Math.floor((Math.min(...values, 100) - 5) / 10) * 10;
  const meta = (title: string) => () => ({
    title,
    spec: studyOf(store.getState()),
    // The figure's data are this table (seed 000), not the study's rating table.
    source: bundledSource(ds.id),
    extra: { dataset: ds.id, source: ds.seed, language: t.lang },
    created: new Date().toISOString(),
  });
  const t1 = t('data.ict.table1');
  const t2 = t('data.ict.table2');
  return (
    <div className="chart-pair" data-testid="ict-charts">
      <figure>
        <figcaption>{t1}</figcaption>
        {shares.length > 0 && (
          <LineChart
            series={shares}
            title={t1}
            yMin={Math.max(0, lo)}
            yMax={100}
            chartRef={lineRef}
          />
        )}
        {shares.length > 0 && <Legend entries={legendOf(shares)} />}
        <ExportButtons
          name="ict-table1"
          meta={meta(t1)}
          svg={() => figureOf(lineRef.current, meta(t1)(), { legend: legendOf(shares) })}
          testid="ict1-export"
        />
      </figure>
      <figure>
        <figcaption>{t2}</figcaption>
        {users && <BarChart series={users} title={t2} chartRef={barRef} />}
        <ExportButtons
          name="ict-table2"
          meta={meta(t2)}
          svg={() => figureOf(barRef.current, meta(t2)())}
          testid="ict2-export"
        />
      </figure>
    </div>
  );
}
