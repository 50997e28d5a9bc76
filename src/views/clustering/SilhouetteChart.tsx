/**
 * Mean silhouette width for k = 2..10 as bars, drawn with Observable Plot; the chosen k is
 * filled dark and outlined. Click a bar (or focus it and press Enter or Space) to pick k.
 */
import * as Plot from '@observablehq/plot';
import type { RefObject } from 'react';
import { useT } from '../../i18n/useT.ts';
import { markGroups, PlotChart } from '../common/PlotChart.tsx';

export interface SilhouetteChartProps {
  points: readonly { k: number; mean: number }[];
  k: number;
  onK: (k: number) => void;
  chartRef?: RefObject<SVGSVGElement | null>;
}

export const SILHOUETTE_ON = '#0072B2';
export const SILHOUETTE_OFF = '#9ecae1';

export function SilhouetteChart({ points, k, onK, chartRef }: SilhouetteChartProps) {
  const t = useT();
  const label = t('clustering.silhouette');
  const say = (p: { k: number; mean: number }) => `k = ${p.k}: ${t.num(p.mean, 3)}`;
  return (
    <PlotChart
      chartRef={chartRef}
      label={label}
      role="group"
      testid="silhouette-chart"
      deps={[points, k, t]}
      build={() => {
        // Widths lie in [-1, 1]; the axis shows [min(0, lowest), max(highest, 0.5)].
        const lo = Math.min(0, ...points.map((p) => p.mean));
        const hi = Math.max(0.5, ...points.map((p) => p.mean));
        return Plot.plot({
          width: 360,
          height: 180,
          marginTop: 14,
          marginRight: 10,
          marginBottom: 34,
          marginLeft: 40,
          style: { fontSize: '10.5px', background: 'white', color: '#1d2430' },
          x: {
            type: 'band',
            domain: points.map((p) => p.k),
            padding: 0.3,
            label: t('clustering.kAxis'),
            labelAnchor: 'center',
            labelArrow: 'none',
            tickSize: 0,
          },
          y: {
            domain: [lo, hi],
            grid: true,
            ticks: 4,
            label: null,
            tickFormat: (v: number) => t.num(v, 2),
          },
          marks: [
            Plot.ruleY([0], { stroke: '#9ca3af' }),
            Plot.barY(points, {
              x: 'k',
              y: 'mean',
              fill: (p) => (p.k === k ? SILHOUETTE_ON : SILHOUETTE_OFF),
              stroke: (p) => (p.k === k ? '#111827' : SILHOUETTE_OFF),
              strokeWidth: 1.5,
              title: say,
            }),
          ],
        });
      }}
      decorate={(svg) => {
        const [bars] = markGroups(svg, 'bar');
        bars?.querySelectorAll('rect').forEach((rect, i) => {
          const p = points[i];
          if (!p) return;
          const on = p.k === k;
          rect.setAttribute('role', 'button');
          rect.setAttribute('tabindex', '0');
          rect.setAttribute('aria-pressed', String(on));
          rect.setAttribute('aria-label', say(p));
          rect.setAttribute('data-k', String(p.k));
          rect.style.cursor = 'pointer';
          rect.addEventListener('click', () => onK(p.k));
          rect.addEventListener('keydown', (e) => {
            if (e.key === 'Enter' || e.key === ' ') {
              e.preventDefault();
              onK(p.k);
            }
          });
        });
      }}
    />
  );
}
