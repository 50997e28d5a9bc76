/** Scree plot: eigenvalues in order, Kaiser's line at 1, kept components filled. */
import { forwardRef } from 'react';
import { useT } from '../../i18n/useT.ts';
import { scaleLinear } from 'd3-scale';

const W = 420;
const H = 230;
const M = { top: 14, right: 14, bottom: 36, left: 42 };

export const ScreePlot = forwardRef<
  SVGSVGElement,
  { eigenvalues: readonly number[]; kept: number }
>(function ScreePlot({ eigenvalues, kept }, ref) {
  const t = useT();
  const p = eigenvalues.length;
  const top = Math.max(1.2, ...eigenvalues) * 1.05;
  const plotW = W - M.left - M.right;
  const plotH = H - M.top - M.bottom;
  const x = (i: number) => M.left + (p > 1 ? (i / (p - 1)) * plotW : plotW / 2);
  const scale = scaleLinear()
    .domain([0, top])
    .range([M.top + plotH, M.top]);
  const y = (v: number) => scale(Math.max(v, 0));
  return (
    <svg
      ref={ref}
      className="chart"
      viewBox={`0 0 ${W} ${H}`}
      data-testid="scree-plot"
      role="img"
      aria-label={t('factors.scree')}
    >
      {scale.ticks(4).map((v) => (
        <g key={v} fontSize="10" fill="#5b6575">
          <line x1={M.left} x2={W - M.right} y1={y(v)} y2={y(v)} stroke="#e5e7eb" />
          <text x={M.left - 6} y={y(v) + 3} textAnchor="end">
            {t.num(v, v % 1 === 0 ? 0 : 1)}
          </text>
        </g>
      ))}
      <line
        x1={M.left}
        x2={W - M.right}
        y1={y(1)}
        y2={y(1)}
        stroke="#b91c1c"
        strokeDasharray="6 4"
        strokeWidth={1.5}
      />
      <text x={W - M.right} y={y(1) - 5} fontSize="10.5" fill="#b91c1c" textAnchor="end">
        {t('factors.kaiserLine')}
      </text>
      <polyline
        fill="none"
        stroke="#0072B2"
        strokeWidth={1.8}
        points={eigenvalues.map((v, i) => `${x(i)},${y(v)}`).join(' ')}
      />
      {eigenvalues.map((v, i) => (
        <g key={i}>
          <circle
            cx={x(i)}
            cy={y(v)}
            r={4}
            fill={i < kept ? '#0072B2' : '#ffffff'}
            stroke="#0072B2"
            strokeWidth={1.5}
          >
            <title>{`${i + 1}: ${t.num(v, 3)}`}</title>
          </circle>
          <text x={x(i)} y={H - M.bottom + 15} fontSize="10" fill="#5b6575" textAnchor="middle">
            {i + 1}
          </text>
        </g>
      ))}
      <text x={M.left + plotW / 2} y={H - 4} fontSize="10.5" fill="#5b6575" textAnchor="middle">
        {t('factors.component')}
      </text>
    </svg>
  );
});
