/**
 * A small static choropleth drawn as SVG (no tiles, works offline, exports as it is shown):
 * the boundary set in use (an imported one, e.g. today's 20 units, else the bundled 2014
 * boundaries; state/userData.ts) in the projection of views/map/mapSvg.ts, regions without a
 * value hatched and grey, optional point markers with labels, and a legend that includes
 * the "no data" entry. Regions are keyboard focusable and toggle the shared selection.
 */
import { forwardRef, useMemo } from 'react';
import { KZ_2014 } from '../../data/boundaries/index.ts';
import { useT } from '../../i18n/useT.ts';
import { useAppStore } from '../../state/react.tsx';
import { activeUserBoundaries } from '../../state/userData.ts';
import { fitProjection } from '../map/mapSvg.ts';
import { NO_DATA } from '../map/palettes.ts';
import { regionName } from '../map/regionName.ts';

export interface MapMarker {
  key: string;
  lon: number;
  lat: number;
  label: string;
}

export interface SvgChoroplethProps {
  /** Fill per region code; absent = no data (hatched). */
  fill: ReadonlyMap<string, string>;
  /** Tooltip / accessible value text per region code. */
  valueText: (code: string) => string;
  legend: { colour: string; label: string }[];
  noDataLabel: string;
  markers?: MapMarker[];
  markerLabel?: string;
  selected: readonly string[];
  onToggle: (code: string) => void;
  testid: string;
  title: string;
  width?: number;
  height?: number;
  /**
   * The regions the data have: those the boundaries lack are named under the map (e.g. today's
   * units on the 2014 boundaries) instead of silently missing.
   */
  regions?: readonly string[];
}

const LEGEND_W = 190;

export const SvgChoropleth = forwardRef<SVGSVGElement, SvgChoroplethProps>(function SvgChoropleth(
  {
    fill,
    valueText,
    legend,
    noDataLabel,
    markers = [],
    markerLabel,
    selected,
    onToggle,
    testid,
    title,
    width = 640,
    height = 330,
    regions,
  },
  ref,
) {
  const t = useT();
  const userBounds = useAppStore((s) => activeUserBoundaries(s.userData));
  const features = userBounds?.features ?? KZ_2014;
  const proj = useMemo(
    () => fitProjection(features, width - LEGEND_W, height, 8),
    [features, width, height],
  );
  const paths = useMemo(
    () => features.features.map((f) => ({ id: String(f.id ?? ''), d: proj.path(f.geometry) })),
    [features, proj],
  );
  const drawn = new Set(paths.map((p) => p.id));
  const absent = (regions ?? []).filter((r) => !drawn.has(r));
  const patternId = `${testid}-hatch`;
  const lx = width - LEGEND_W + 12;
  const entries = [
    ...legend.map((e) => ({ ...e, hatch: false })),
    { colour: NO_DATA, label: noDataLabel, hatch: true },
  ];
  return (
    <>
      <svg
        ref={ref}
        className="chart svg-map"
        data-testid={testid}
        viewBox={`0 0 ${width} ${height}`}
        role="group"
        aria-label={title}
      >
        <defs>
          <pattern
            id={patternId}
            width="6"
            height="6"
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(45)"
          >
            <rect width="6" height="6" fill={NO_DATA} />
            <line x1="0" y1="0" x2="0" y2="6" stroke="#8a94a3" strokeWidth="1.6" />
          </pattern>
        </defs>
        <g>
          {paths.map(({ id, d }) => {
            const colour = fill.get(id);
            const sel = selected.includes(id);
            const label = `${regionName(id, t)}: ${valueText(id)}`;
            return (
              <path
                key={id}
                d={d}
                data-region={id}
                data-nodata={colour ? undefined : 'true'}
                fill={colour ?? `url(#${patternId})`}
                stroke={sel ? '#111827' : '#ffffff'}
                strokeWidth={sel ? 2.5 : 0.8}
                tabIndex={0}
                role="button"
                aria-pressed={sel}
                aria-label={label}
                style={{ cursor: 'pointer' }}
                onClick={() => onToggle(id)}
                onKeyDown={(e) => {
                  if (e.key === 'Enter' || e.key === ' ') {
                    e.preventDefault();
                    onToggle(id);
                  }
                }}
              >
                <title>{label}</title>
              </path>
            );
          })}
        </g>
        <g data-testid={`${testid}-markers`}>
          {markers.map((m) => {
            const [x, y] = proj.point(m.lon, m.lat);
            return (
              <g key={m.key} transform={`translate(${x} ${y})`} data-testid="site-marker">
                <circle r={5.5} fill="#ffffff" stroke="#111827" strokeWidth={2.2} />
                <circle r={2} fill="#111827" />
                <text
                  x={8}
                  y={4}
                  fontSize="10.5"
                  fontWeight={600}
                  fill="#111827"
                  stroke="#ffffff"
                  strokeWidth={3}
                  paintOrder="stroke"
                >
                  {m.label}
                </text>
              </g>
            );
          })}
        </g>
        <g fontSize="11" fill="#1d2430">
          {/* The legend sits on white so long marker labels do not run through it. */}
          <rect
            x={lx - 8}
            y={0}
            width={LEGEND_W - 4}
            height={24 + (entries.length + (markers.length > 0 && markerLabel ? 1 : 0)) * 20}
            fill="#ffffff"
            fillOpacity={0.92}
          />
          {entries.map((e, i) => (
            <g key={i} transform={`translate(${lx} ${14 + i * 20})`}>
              <rect
                width={18}
                height={12}
                fill={e.hatch ? `url(#${patternId})` : e.colour}
                stroke="#8a94a3"
                strokeWidth={0.6}
              />
              <text x={26} y={10}>
                {e.label}
              </text>
            </g>
          ))}
          {markers.length > 0 && markerLabel && (
            <g transform={`translate(${lx} ${14 + entries.length * 20})`}>
              <circle cx={9} cy={6} r={5} fill="#ffffff" stroke="#111827" strokeWidth={2} />
              <text x={26} y={10}>
                {markerLabel}
              </text>
            </g>
          )}
        </g>
      </svg>
      {absent.length > 0 && (
        <p className="small muted" data-testid={`${testid}-absent`}>
          {t('spec.mapAbsent', {
            n: absent.length,
            total: regions?.length ?? 0,
            names:
              absent
                .slice(0, 5)
                .map((c) => regionName(c, t))
                .join(', ') + (absent.length > 5 ? ', …' : ''),
          })}
        </p>
      )}
    </>
  );
});
