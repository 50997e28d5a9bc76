/**
 * The Moran scatter plot (Anselin 1996): each unit's standardised value z_i against its
 * spatial lag (W z)_i, the slope of the least-squares line through the origin being Moran's I
 * for row-standardised weights. Drawn with Observable Plot (issue 15). Dragging a rectangle
 * brushes the units inside it (shift adds), a click brushes one; brushed points are outlined
 * here and their regions on the maps. The brush reads Plot's own scales (plot.scale('x')), so
 * what is inside the rectangle is what is drawn inside it.
 */
import * as Plot from '@observablehq/plot';
import type { RefObject } from 'react';
import type { LisaQuadrant } from '../../core/index.ts';
import { markGroups, PlotChart } from '../common/PlotChart.tsx';

export interface ScatterPoint {
  id: string;
  z: number;
  lag: number;
  quadrant: LisaQuadrant;
  significant: boolean;
}

export interface MoranScatterProps {
  points: ScatterPoint[];
  slope: number;
  colour: (p: ScatterPoint) => string;
  name: (id: string) => string;
  brushed: ReadonlySet<string>;
  onBrush: (ids: string[], add: boolean) => void;
  xLabel: string;
  yLabel: string;
  label: string;
  format: (x: number) => string;
  chartRef?: RefObject<SVGSVGElement | null>;
}

export const SCATTER_WIDTH = 420;
const H = 360;
const SVG_NS = 'http://www.w3.org/2000/svg';

/** A symmetric domain about 0 that holds every value, at least [-1, 1], with 8 % room. */
const extent = (vs: number[]): [number, number] => {
  const m = Math.max(1, ...vs.map((v) => Math.abs(v)));
  return [-m * 1.08, m * 1.08];
};

/** The points in the order drawn: finite ones only (as Plot draws them), brushed ones last. */
const drawn = (points: ScatterPoint[], brushed: ReadonlySet<string>) =>
  points
    .filter((p) => Number.isFinite(p.z) && Number.isFinite(p.lag))
    .sort((a, b) => Number(brushed.has(a.id)) - Number(brushed.has(b.id)));

export function MoranScatter({
  points,
  slope,
  colour,
  name,
  brushed,
  onBrush,
  xLabel,
  yLabel,
  label,
  format,
  chartRef,
}: MoranScatterProps) {
  return (
    <PlotChart
      chartRef={chartRef}
      label={label}
      testid="moran-scatter"
      className="chart-host moran-scatter-host"
      deps={[points, slope, brushed, xLabel, yLabel, format, colour, name]}
      build={() => {
        const xd = extent(points.map((p) => p.z));
        const on = (p: ScatterPoint) => brushed.has(p.id);
        return Plot.plot({
          width: SCATTER_WIDTH,
          height: H,
          marginTop: 12,
          marginRight: 16,
          marginBottom: 44,
          marginLeft: 52,
          style: { fontSize: '11px', background: 'white', color: '#444444' },
          x: {
            domain: xd,
            nice: true,
            ticks: 6,
            tickFormat: format,
            label: xLabel,
            labelAnchor: 'center',
            labelArrow: 'none',
          },
          y: {
            domain: extent(points.map((p) => p.lag)),
            nice: true,
            ticks: 6,
            tickFormat: format,
            label: yLabel,
            labelAnchor: 'center',
            labelArrow: 'none',
          },
          marks: [
            Plot.ruleX([0], { stroke: '#bbbbbb' }),
            Plot.ruleY([0], { stroke: '#bbbbbb' }),
            // The least-squares line through the origin, across the whole x domain.
            Plot.link([xd], {
              x1: (d: number[]) => d[0],
              y1: (d: number[]) => slope * d[0],
              x2: (d: number[]) => d[1],
              y2: (d: number[]) => slope * d[1],
              stroke: '#333333',
              strokeDasharray: '4 3',
              clip: true,
            }),
            Plot.dot(
              // Brushed points last, so that they lie on top (and no sort by radius).
              drawn(points, brushed),
              {
                sort: null,
                x: 'z',
                y: 'lag',
                r: (p: ScatterPoint) => (on(p) ? 7 : 5),
                fill: (p: ScatterPoint) => colour(p),
                stroke: (p: ScatterPoint) => (on(p) ? '#111111' : '#555555'),
                strokeWidth: (p: ScatterPoint) => (on(p) ? 2.5 : 0.8),
                title: (p: ScatterPoint) => name(p.id),
              },
            ),
          ],
        }) as unknown as SVGSVGElement;
      }}
      decorate={(svg) => {
        const plot = svg as SVGSVGElement & { scale: (n: string) => Plot.Scale };
        const x = plot.scale('x');
        const y = plot.scale('y');
        const px = (v: number) => x.apply(v) as number;
        const py = (v: number) => y.apply(v) as number;
        svg.setAttribute('data-x0', String(px(0)));
        svg.setAttribute('data-y0', String(py(0)));
        const ordered = drawn(points, brushed);
        const [dots] = markGroups(svg, 'dot');
        const circles = [...(dots?.querySelectorAll('circle') ?? [])];
        circles.forEach((c, i) => {
          const p = ordered[i];
          if (!p) return;
          c.setAttribute('data-region', p.id);
          if (brushed.has(p.id)) c.classList.add('is-brushed');
        });
        // The brush: a rectangle in the chart's own coordinates (its viewBox).
        let start: { x: number; y: number } | null = null;
        let moved = false;
        let rect: SVGRectElement | null = null;
        const local = (e: PointerEvent) => {
          const r = svg.getBoundingClientRect();
          return {
            x: ((e.clientX - r.left) / r.width) * SCATTER_WIDTH,
            y: ((e.clientY - r.top) / r.height) * H,
          };
        };
        svg.addEventListener('pointerdown', (e) => {
          start = local(e);
          moved = false;
        });
        svg.addEventListener('pointermove', (e) => {
          if (!start) return;
          const now = local(e);
          moved = true;
          if (!rect) {
            rect = document.createElementNS(SVG_NS, 'rect');
            rect.setAttribute('fill', 'rgba(30, 80, 160, 0.12)');
            rect.setAttribute('stroke', '#1e50a0');
            rect.setAttribute('data-testid', 'moran-brush');
            svg.appendChild(rect);
          }
          rect.setAttribute('x', String(Math.min(start.x, now.x)));
          rect.setAttribute('y', String(Math.min(start.y, now.y)));
          rect.setAttribute('width', String(Math.abs(now.x - start.x)));
          rect.setAttribute('height', String(Math.abs(now.y - start.y)));
        });
        svg.addEventListener('pointerup', (e) => {
          const from = start;
          start = null;
          rect?.remove();
          rect = null;
          if (!from) return;
          if (moved) {
            const to = local(e);
            const [lx, hx] = [Math.min(from.x, to.x), Math.max(from.x, to.x)];
            const [ly, hy] = [Math.min(from.y, to.y), Math.max(from.y, to.y)];
            onBrush(
              points
                .filter((p) => {
                  const cx = px(p.z);
                  const cy = py(p.lag);
                  return cx >= lx && cx <= hx && cy >= ly && cy <= hy;
                })
                .map((p) => p.id),
              e.shiftKey,
            );
            return;
          }
          const hit = (e.target as Element | null)?.closest?.('circle[data-region]');
          const id = hit?.getAttribute('data-region');
          if (id) onBrush([id], e.shiftKey);
        });
      }}
    />
  );
}
