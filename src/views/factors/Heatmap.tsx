/**
 * A heatmap drawn as SVG: one row per variable (or region), one column per factor (or
 * industry), the value printed in each cell, marked cells in bold with a dark outline, and a
 * colour key. Used for computed loadings, seed 002's published Table 2 and location quotients.
 */
import { forwardRef } from 'react';
import { useT } from '../../i18n/useT.ts';
import { PALETTES } from '../map/palettes.ts';
import type { HeatmapModel } from './heatmapModel.ts';

export interface HeatmapProps {
  model: HeatmapModel;
  rowLabels: readonly string[];
  colLabels: readonly string[];
  digits: number;
  testid: string;
  title: string;
  /** What a marked cell means, for the key. */
  markedMeaning: string;
  /** Wide enough for the longest row label. */
  labelWidth?: number;
  cellWidth?: number;
  cellHeight?: number;
  /** Column labels rotated (long industry names). */
  rotateColumns?: boolean;
}

export const Heatmap = forwardRef<SVGSVGElement, HeatmapProps>(function Heatmap(
  {
    model,
    rowLabels,
    colLabels,
    digits,
    testid,
    title,
    markedMeaning,
    labelWidth = 240,
    cellWidth = 62,
    cellHeight = 22,
    rotateColumns = false,
  },
  ref,
) {
  const t = useT();
  const head = rotateColumns ? 120 : 28;
  const keyH = 62;
  // Rotated headers lean right past the last column.
  const width = labelWidth + model.nCols * cellWidth + (rotateColumns ? 110 : 12);
  const height = head + model.nRows * cellHeight + keyH;
  const fmt = (v: number | null) => t.num(v, digits);
  // About 6.3 px per character at 11.5 px.
  const maxChars = Math.max(8, Math.floor((labelWidth - 12) / 6.3));
  const keySteps = 9;
  const keyW = Math.min(240, model.nCols * cellWidth);
  const [lo, hi] = model.domain;
  return (
    <svg
      ref={ref}
      className="chart heatmap"
      data-testid={testid}
      viewBox={`0 0 ${width} ${height}`}
      role="table"
      aria-label={title}
      style={{ maxWidth: `${width * 1.25}px` }}
    >
      <g role="row">
        {colLabels.map((c, j) => {
          const x = labelWidth + j * cellWidth + cellWidth / 2;
          return (
            <text
              key={j}
              role="columnheader"
              x={x}
              y={head - 8}
              fontSize="11.5"
              fontWeight={600}
              fill="#1d2430"
              textAnchor={rotateColumns ? 'start' : 'middle'}
              transform={rotateColumns ? `rotate(-45 ${x} ${head - 8})` : undefined}
            >
              {c.length > 24 ? `${c.slice(0, 23)}…` : c}
              <title>{c}</title>
            </text>
          );
        })}
      </g>
      {rowLabels.map((label, i) => (
        <g key={i} role="row" transform={`translate(0 ${head + i * cellHeight})`}>
          <text
            role="rowheader"
            x={labelWidth - 8}
            y={cellHeight / 2 + 4}
            fontSize="11.5"
            fill="#1d2430"
            textAnchor="end"
          >
            {label.length > maxChars ? `${label.slice(0, maxChars - 1)}…` : label}
            <title>{label}</title>
          </text>
          {model.cells
            .filter((c) => c.row === i)
            .map((c) => (
              <g
                key={c.col}
                role="cell"
                data-testid="heatmap-cell"
                data-marked={c.marked ? 'true' : 'false'}
                aria-label={`${label}, ${colLabels[c.col]}: ${fmt(c.value)}${c.marked ? ` (${markedMeaning})` : ''}`}
              >
                <rect
                  x={labelWidth + c.col * cellWidth + 1}
                  y={1}
                  width={cellWidth - 2}
                  height={cellHeight - 2}
                  fill={c.fill}
                  stroke={c.marked ? '#111827' : 'none'}
                  strokeWidth={c.marked ? 2 : 0}
                />
                <text
                  x={labelWidth + c.col * cellWidth + cellWidth / 2}
                  y={cellHeight / 2 + 4}
                  fontSize="11"
                  textAnchor="middle"
                  fill={c.ink}
                  fontWeight={c.marked ? 700 : 400}
                >
                  {fmt(c.value)}
                </text>
              </g>
            ))}
        </g>
      ))}
      <g
        transform={`translate(${labelWidth} ${head + model.nRows * cellHeight + 12})`}
        aria-hidden="true"
      >
        {Array.from({ length: keySteps }, (_, s) => (
          <rect
            key={s}
            x={(s * keyW) / keySteps}
            y={0}
            width={keyW / keySteps + 0.5}
            height={10}
            fill={PALETTES.puor.at(s / (keySteps - 1))}
          />
        ))}
        <text x={0} y={24} fontSize="10.5" fill="#5b6575">
          {t.num(lo, 2)}
        </text>
        <text x={keyW / 2} y={24} fontSize="10.5" fill="#5b6575" textAnchor="middle">
          {t.num(model.centre, model.centre === 0 ? 0 : 2)}
        </text>
        <text x={keyW} y={24} fontSize="10.5" fill="#5b6575" textAnchor="end">
          {t.num(hi, 2)}
        </text>
        <rect x={0} y={34} width={16} height={12} fill="#ffffff" stroke="#111827" strokeWidth={2} />
        <text x={24} y={44} fontSize="10.5" fill="#1d2430" fontWeight={700}>
          {markedMeaning}
        </text>
      </g>
    </svg>
  );
});
