/**
 * The Moran scatter plot (Anselin 1996): each unit's standardised value z_i against its
 * spatial lag (W z)_i, the slope of the least-squares line through the origin being Moran's I
 * for row-standardised weights. Scales and ticks from d3-scale. Dragging a rectangle brushes
 * the units inside it (shift adds), a click brushes one; brushed points are outlined here and
 * their regions on the maps.
 */
import { forwardRef, useMemo, useRef, useState } from 'react';
import { scaleLinear } from 'd3-scale';
import type { LisaQuadrant } from '../../core/index.ts';

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
}

const W = 420;
const H = 360;
const M = { top: 12, right: 16, bottom: 44, left: 52 };

export const MoranScatter = forwardRef<SVGSVGElement, MoranScatterProps>(function MoranScatter(
  { points, slope, colour, name, brushed, onBrush, xLabel, yLabel, label, format },
  ref,
) {
  const { x, y } = useMemo(() => {
    const ext = (vs: number[]) => {
      const m = Math.max(1, ...vs.map((v) => Math.abs(v)));
      return [-m * 1.08, m * 1.08];
    };
    return {
      x: scaleLinear()
        .domain(ext(points.map((p) => p.z)))
        .range([M.left, W - M.right])
        .nice(),
      y: scaleLinear()
        .domain(ext(points.map((p) => p.lag)))
        .range([H - M.bottom, M.top])
        .nice(),
    };
  }, [points]);
  const [drag, setDrag] = useState<{ x0: number; y0: number; x1: number; y1: number } | null>(null);
  const moved = useRef(false);
  const local = (e: React.PointerEvent<SVGSVGElement>) => {
    const r = e.currentTarget.getBoundingClientRect();
    return { px: ((e.clientX - r.left) / r.width) * W, py: ((e.clientY - r.top) / r.height) * H };
  };
  const [x0, x1] = x.domain();
  return (
    <svg
      ref={ref}
      viewBox={`0 0 ${W} ${H}`}
      role="img"
      aria-label={label}
      data-testid="moran-scatter"
      className="moran-scatter"
      onPointerDown={(e) => {
        const { px, py } = local(e);
        moved.current = false;
        setDrag({ x0: px, y0: py, x1: px, y1: py });
      }}
      onPointerMove={(e) => {
        if (!drag) return;
        const { px, py } = local(e);
        moved.current = true;
        setDrag({ ...drag, x1: px, y1: py });
      }}
      onPointerUp={(e) => {
        if (drag && moved.current) {
          const [lx, hx] = [Math.min(drag.x0, drag.x1), Math.max(drag.x0, drag.x1)];
          const [ly, hy] = [Math.min(drag.y0, drag.y1), Math.max(drag.y0, drag.y1)];
          const inside = points
            .filter((p) => {
              const px = x(p.z);
              const py = y(p.lag);
              return px >= lx && px <= hx && py >= ly && py <= hy;
            })
            .map((p) => p.id);
          onBrush(inside, e.shiftKey);
        }
        setDrag(null);
      }}
    >
      <g className="axis" fontSize={11} fill="#444444">
        {x.ticks(6).map((v) => (
          <g key={`x${v}`}>
            <line x1={x(v)} x2={x(v)} y1={H - M.bottom} y2={H - M.bottom + 4} stroke="#888888" />
            <text x={x(v)} y={H - M.bottom + 16} textAnchor="middle">
              {format(v)}
            </text>
          </g>
        ))}
        {y.ticks(6).map((v) => (
          <g key={`y${v}`}>
            <line x1={M.left - 4} x2={M.left} y1={y(v)} y2={y(v)} stroke="#888888" />
            <text x={M.left - 7} y={y(v) + 4} textAnchor="end">
              {format(v)}
            </text>
          </g>
        ))}
        <text x={(M.left + W - M.right) / 2} y={H - 6} textAnchor="middle">
          {xLabel}
        </text>
        <text
          transform={`translate(14 ${(M.top + H - M.bottom) / 2}) rotate(-90)`}
          textAnchor="middle"
        >
          {yLabel}
        </text>
      </g>
      <line x1={x(0)} x2={x(0)} y1={M.top} y2={H - M.bottom} stroke="#bbbbbb" />
      <line x1={M.left} x2={W - M.right} y1={y(0)} y2={y(0)} stroke="#bbbbbb" />
      <line
        className="moran-slope"
        x1={x(x0)}
        y1={y(slope * x0)}
        x2={x(x1)}
        y2={y(slope * x1)}
        stroke="#333333"
        strokeDasharray="4 3"
      />
      {points.map((p) => (
        <circle
          key={p.id}
          data-region={p.id}
          cx={x(p.z)}
          cy={y(p.lag)}
          r={brushed.has(p.id) ? 7 : 5}
          fill={colour(p)}
          stroke={brushed.has(p.id) ? '#111111' : '#555555'}
          strokeWidth={brushed.has(p.id) ? 2.5 : 0.8}
          className={brushed.has(p.id) ? 'is-brushed' : undefined}
          onPointerUp={(e) => {
            if (!moved.current) {
              e.stopPropagation();
              setDrag(null);
              onBrush([p.id], e.shiftKey);
            }
          }}
        >
          <title>{name(p.id)}</title>
        </circle>
      ))}
      {drag && (
        <rect
          x={Math.min(drag.x0, drag.x1)}
          y={Math.min(drag.y0, drag.y1)}
          width={Math.abs(drag.x1 - drag.x0)}
          height={Math.abs(drag.y1 - drag.y0)}
          fill="rgba(30, 80, 160, 0.12)"
          stroke="#1e50a0"
          data-testid="moran-brush"
        />
      )}
    </svg>
  );
});
