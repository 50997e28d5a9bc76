/** Mean silhouette width for k = 2..10 as bars; the chosen k is outlined. Click a bar to pick k. */
import { forwardRef } from 'react';
import { useT } from '../../i18n/useT.ts';

export interface SilhouetteChartProps {
  points: readonly { k: number; mean: number }[];
  k: number;
  onK: (k: number) => void;
}

const W = 360;
const H = 180;
const M = { top: 14, right: 10, bottom: 34, left: 40 };

export const SilhouetteChart = forwardRef<SVGSVGElement, SilhouetteChartProps>(
  function SilhouetteChart({ points, k, onK }, ref) {
    const t = useT();
    const plotW = W - M.left - M.right;
    const plotH = H - M.top - M.bottom;
    // Widths lie in [-1, 1]; the axis shows [min(0, lowest), max(highest, 0.5)].
    const lo = Math.min(0, ...points.map((p) => p.mean));
    const hi = Math.max(0.5, ...points.map((p) => p.mean));
    const y = (v: number) => M.top + ((hi - v) / (hi - lo)) * plotH;
    const bw = points.length ? plotW / points.length : plotW;
    const ticks = [lo, 0, hi / 2, hi].filter((v, i, a) => a.indexOf(v) === i);
    return (
      <svg
        ref={ref}
        className="chart"
        viewBox={`0 0 ${W} ${H}`}
        data-testid="silhouette-chart"
        role="group"
        aria-label={t('clustering.silhouette')}
      >
        {ticks.map((v) => (
          <g key={v} fontSize="10" fill="#5b6575">
            <line x1={M.left} x2={W - M.right} y1={y(v)} y2={y(v)} stroke="#e5e7eb" />
            <text x={M.left - 6} y={y(v) + 3} textAnchor="end">
              {t.num(v, 2)}
            </text>
          </g>
        ))}
        {points.map((p, i) => {
          const x = M.left + i * bw + bw * 0.15;
          const top = y(Math.max(p.mean, 0));
          const h = Math.abs(y(p.mean) - y(0));
          const on = p.k === k;
          return (
            <g
              key={p.k}
              role="button"
              tabIndex={0}
              aria-pressed={on}
              aria-label={`k = ${p.k}: ${t.num(p.mean, 3)}`}
              onClick={() => onK(p.k)}
              onKeyDown={(e) => {
                if (e.key === 'Enter' || e.key === ' ') {
                  e.preventDefault();
                  onK(p.k);
                }
              }}
              style={{ cursor: 'pointer' }}
            >
              <title>{`k = ${p.k}: ${t.num(p.mean, 3)}`}</title>
              <rect
                x={x}
                y={top}
                width={bw * 0.7}
                height={Math.max(h, 1)}
                fill={on ? '#0072B2' : '#9ecae1'}
                stroke={on ? '#111827' : 'none'}
                strokeWidth={on ? 1.5 : 0}
              />
              <text
                x={x + bw * 0.35}
                y={H - M.bottom + 14}
                fontSize="10.5"
                textAnchor="middle"
                fill="#1d2430"
              >
                {p.k}
              </text>
            </g>
          );
        })}
        <text x={M.left + plotW / 2} y={H - 4} fontSize="10.5" textAnchor="middle" fill="#5b6575">
          {t('clustering.kAxis')}
        </text>
      </svg>
    );
  },
);
