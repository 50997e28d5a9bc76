/**
 * Scree plot, drawn with Observable Plot: eigenvalues in order, Kaiser's line at 1, the kept
 * components filled.
 */
import * as Plot from '@observablehq/plot';
import type { RefObject } from 'react';
import { useT } from '../../i18n/useT.ts';
import { PlotChart } from '../common/PlotChart.tsx';

export const SCREE_COLOUR = '#0072B2';
export const KAISER_COLOUR = '#b91c1c';

export function ScreePlot({
  eigenvalues,
  kept,
  chartRef,
}: {
  eigenvalues: readonly number[];
  kept: number;
  chartRef?: RefObject<SVGSVGElement | null>;
}) {
  const t = useT();
  const points = eigenvalues.map((v, i) => ({
    n: i + 1,
    v: Math.max(v, 0),
    raw: v,
    kept: i < kept,
  }));
  const top = Math.max(1.2, ...eigenvalues) * 1.05;
  return (
    <PlotChart
      chartRef={chartRef}
      label={t('factors.scree')}
      testid="scree-plot"
      deps={[eigenvalues, kept, t]}
      build={() =>
        Plot.plot({
          width: 420,
          height: 230,
          marginTop: 14,
          marginRight: 14,
          marginBottom: 36,
          marginLeft: 42,
          style: { fontSize: '10.5px', background: 'white', color: '#1d2430' },
          x: {
            type: 'point',
            domain: points.map((p) => p.n),
            label: t('factors.component'),
            labelAnchor: 'center',
            labelArrow: 'none',
          },
          y: {
            domain: [0, top],
            grid: true,
            ticks: 4,
            label: null,
            tickFormat: (v: number) => t.num(v, v % 1 === 0 ? 0 : 1),
          },
          marks: [
            Plot.ruleY([1], { stroke: KAISER_COLOUR, strokeDasharray: '6 4', strokeWidth: 1.5 }),
            Plot.text([1], {
              y: (d: number) => d,
              frameAnchor: 'right',
              text: () => t('factors.kaiserLine'),
              textAnchor: 'end',
              dy: -7,
              fill: KAISER_COLOUR,
            }),
            Plot.line(points, { x: 'n', y: 'v', stroke: SCREE_COLOUR, strokeWidth: 1.8 }),
            Plot.dot(points, {
              x: 'n',
              y: 'v',
              r: 4,
              fill: (p) => (p.kept ? SCREE_COLOUR : '#ffffff'),
              stroke: SCREE_COLOUR,
              strokeWidth: 1.5,
              title: (p) => `${p.n}: ${t.num(p.raw, 3)}`,
            }),
          ],
        })
      }
    />
  );
}
