/**
 * Seed 000's Tables 1-2 (dataset ict-organisations): the shares of organisations using
 * computers and with Internet access, 2016-2021, as lines; the number of organisations using
 * the Internet, 2017-2021, as bars. Hand-drawn SVG: two small charts need no plotting library,
 * and the same element is exported as SVG/PNG.
 */
import { useRef } from 'react';
import type { TableDataset } from '../../data/types.ts';
import { useT } from '../../i18n/useT.ts';
import { useAppStoreApi } from '../../state/react.tsx';
import { ExportButtons } from '../common/ExportButtons.tsx';
import { figureOf } from '../common/figure.ts';
import { studyOf } from '../../state/study.ts';

const W = 560;
const H = 260;
const M = { top: 30, right: 20, bottom: 36, left: 64 };
const COLOURS = ['#1f4e79', '#d97706'];

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

/** The chart's SVG canvas: accessible name, white background and the title drawn on top. */
function ChartFrame({
  title,
  svgRef,
  children,
}: {
  title: string;
  svgRef: React.Ref<SVGSVGElement>;
  children: React.ReactNode;
}) {
  return (
    <svg
      ref={svgRef}
      viewBox={`0 0 ${W} ${H}`}
      width={W}
      height={H}
      role="img"
      aria-label={title}
      className="chart"
    >
      <title>{title}</title>
      <rect width={W} height={H} fill="#ffffff" />
      <text x={M.left} y={18} fontSize={13} fontWeight={600} fill="#1d2430">
        {title}
      </text>
      {children}
    </svg>
  );
}

function LineChart({
  series,
  title,
  yMin,
  yMax,
  svgRef,
}: {
  series: Series[];
  title: string;
  yMin: number;
  yMax: number;
  svgRef: React.Ref<SVGSVGElement>;
}) {
  const t = useT();
  const years = [...new Set(series.flatMap((s) => s.points.map((p) => p.year)))].sort(
    (a, b) => a - b,
  );
  const x = (y: number) =>
    M.left +
    ((y - years[0]) / Math.max(1, years[years.length - 1] - years[0])) * (W - M.left - M.right);
  const y = (v: number) => M.top + (1 - (v - yMin) / (yMax - yMin)) * (H - M.top - M.bottom);
  const ticks = [yMin, (yMin + yMax) / 2, yMax];
  return (
    <ChartFrame title={title} svgRef={svgRef}>
      {ticks.map((v) => (
        <g key={v}>
          <line x1={M.left} x2={W - M.right} y1={y(v)} y2={y(v)} stroke="#e5e7eb" />
          <text x={M.left - 6} y={y(v) + 4} fontSize={11} textAnchor="end" fill="#4b5563">
            {t.num(v, 0)}
          </text>
        </g>
      ))}
      {years.map((yr) => (
        <text
          key={yr}
          x={x(yr)}
          y={H - M.bottom + 16}
          fontSize={11}
          textAnchor="middle"
          fill="#4b5563"
        >
          {yr}
        </text>
      ))}
      {series.map((s, k) => (
        <g key={s.label}>
          <polyline
            fill="none"
            stroke={COLOURS[k % COLOURS.length]}
            strokeWidth={2.5}
            strokeDasharray={k === 1 ? '6 3' : undefined}
            points={s.points.map((p) => `${x(p.year)},${y(p.value)}`).join(' ')}
          />
          {s.points.map((p) => (
            <circle
              key={p.year}
              cx={x(p.year)}
              cy={y(p.value)}
              r={3.5}
              fill={COLOURS[k % COLOURS.length]}
            >
              <title>{`${s.label}, ${p.year}: ${t.num(p.value, 1)}`}</title>
            </circle>
          ))}
          <text x={M.left + 8 + k * 250} y={H - 6} fontSize={11} fill={COLOURS[k % COLOURS.length]}>
            {k === 1 ? '- - ' : '—— '}
            {s.label}
          </text>
        </g>
      ))}
    </ChartFrame>
  );
}

function BarChart({
  series,
  title,
  svgRef,
}: {
  series: Series;
  title: string;
  svgRef: React.Ref<SVGSVGElement>;
}) {
  const t = useT();
  const max = Math.max(...series.points.map((p) => p.value), 1);
  const n = series.points.length;
  const band = (W - M.left - M.right) / Math.max(1, n);
  const y = (v: number) => M.top + (1 - v / max) * (H - M.top - M.bottom);
  return (
    <ChartFrame title={title} svgRef={svgRef}>
      <line x1={M.left} x2={W - M.right} y1={y(0)} y2={y(0)} stroke="#9ca3af" />
      {series.points.map((p, i) => (
        <g key={p.year}>
          <rect
            x={M.left + i * band + band * 0.15}
            width={band * 0.7}
            y={y(p.value)}
            height={y(0) - y(p.value)}
            fill={COLOURS[0]}
          >
            <title>{`${p.year}: ${t.num(p.value, 0)}`}</title>
          </rect>
          <text
            x={M.left + i * band + band / 2}
            y={y(p.value) - 4}
            fontSize={11}
            textAnchor="middle"
            fill="#1d2430"
          >
            {t.num(p.value, 0)}
          </text>
          <text
            x={M.left + i * band + band / 2}
            y={H - M.bottom + 16}
            fontSize={11}
            textAnchor="middle"
            fill="#4b5563"
          >
            {p.year}
          </text>
        </g>
      ))}
    </ChartFrame>
  );
}

export function IctCharts({ ds }: { ds: TableDataset }) {
  const t = useT();
  const store = useAppStoreApi();
  const lineRef = useRef<SVGSVGElement>(null);
  const barRef = useRef<SVGSVGElement>(null);
  const shares = seriesOf(ds, ['computers_share', 'internet_access_share'], t.lang);
  const [users] = seriesOf(ds, ['internet_users'], t.lang);
  const values = shares.flatMap((s) => s.points.map((p) => p.value));
  const lo = Math.floor((Math.min(...values, 100) - 5) / 10) * 10;
  const meta = (title: string) => () => ({
    title,
    spec: studyOf(store.getState()),
    extra: { dataset: ds.id, source: ds.seed, language: t.lang },
    created: new Date().toISOString(),
  });
  const t1 = t('data.ict.table1');
  const t2 = t('data.ict.table2');
  return (
    <div className="chart-pair" data-testid="ict-charts">
      <figure>
        {shares.length > 0 && (
          <LineChart
            series={shares}
            title={t1}
            yMin={Math.max(0, lo)}
            yMax={100}
            svgRef={lineRef}
          />
        )}
        <ExportButtons
          name="ict-table1"
          meta={meta(t1)}
          svg={() => figureOf(lineRef.current, meta(t1)())}
          testid="ict1-export"
        />
      </figure>
      <figure>
        {users && <BarChart series={users} title={t2} svgRef={barRef} />}
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
