/**
 * The dendrogram: leaves coloured by group (the map's colours), labelled with short names,
 * and a horizontal cut line. The line is a slider: drag it with the mouse, or focus it and
 * use the arrow keys (up = fewer groups), Home / End; it sets k through the cut height.
 */
import {
  forwardRef,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type PointerEvent,
} from 'react';
import type { HclustTree } from '../../core/index.ts';
import { useT } from '../../i18n/useT.ts';
import { useAppStore } from '../../state/react.tsx';
import { ABOVE_CUT, clusterColour } from './clusterColours.ts';
import { heightForK, kAtHeight, layoutDendrogram, type DendrogramBox } from './dendrogramModel.ts';

/** The smallest gap between printed leaf names, in pixels (their rotated line height). */
const LABEL_GAP = 13;

export interface DendrogramProps {
  tree: HclustTree;
  k: number;
  onK: (k: number) => void;
  /** Leaf label of each observation (0-based). */
  label: (obs: number) => string;
  /** Region code of each observation, for the shared selection (null for industries). */
  code: (obs: number) => string | null;
  selected: readonly string[];
  onToggle: (code: string) => void;
  hovered: string | null;
  onHover: (code: string | null) => void;
  width?: number;
  height?: number;
}

export const Dendrogram = forwardRef<SVGSVGElement, DendrogramProps>(function Dendrogram(
  { tree, k, onK, label, code, selected, onToggle, hovered, onHover, width = 760, height = 380 },
  ref,
) {
  const t = useT();
  // Group colours in the palette the study records (map.categorical).
  const palette = useAppStore((s) => s.view.categorical);
  const box: DendrogramBox = useMemo(
    () => ({ width, height, margin: { top: 16, right: 16, bottom: 128, left: 100 } }),
    [width, height],
  );
  const layout = useMemo(() => layoutDendrogram(tree, k, box), [tree, k, box]);
  // Pixels between neighbouring leaves; below a line of text (~13 px) names are thinned out.
  const leafGap =
    layout.leaves.length > 1 ? Math.abs(layout.leaves[1].x - layout.leaves[0].x) : Infinity;
  const labelEvery = leafGap >= LABEL_GAP ? 1 : Math.ceil(LABEL_GAP / leafGap);
  const dense = leafGap < 2 * 5;
  const [dragH, setDragH] = useState<number | null>(null);
  const svgRef = useRef<SVGSVGElement | null>(null);
  const cutH = dragH ?? heightForK(tree, k);
  const cutY = layout.yOf(Math.min(cutH, layout.maxHeight));
  const n = tree.n;

  const heightAt = (e: PointerEvent) => {
    const svg = svgRef.current;
    if (!svg) return null;
    const rect = svg.getBoundingClientRect();
    if (!(rect.height > 0)) return null;
    const y = ((e.clientY - rect.top) * height) / rect.height;
    return Math.min(Math.max(layout.heightOf(y), 0), layout.maxHeight);
  };
  const onMove = (e: PointerEvent) => {
    if (dragH === null) return;
    const h = heightAt(e);
    if (h === null) return;
    setDragH(h);
    const kk = kAtHeight(tree, h);
    if (kk !== k) onK(kk);
  };
  const onKey = (e: KeyboardEvent) => {
    const next =
      e.key === 'ArrowUp' || e.key === 'ArrowRight'
        ? k - 1
        : e.key === 'ArrowDown' || e.key === 'ArrowLeft'
          ? k + 1
          : e.key === 'Home'
            ? 1
            : e.key === 'End'
              ? n
              : null;
    if (next === null) return;
    e.preventDefault();
    onK(Math.min(Math.max(next, 1), n));
  };

  const plotLeft = box.margin.left;
  const plotRight = width - box.margin.right;
  return (
    <svg
      ref={(el) => {
        svgRef.current = el;
        if (typeof ref === 'function') ref(el);
        else if (ref) ref.current = el;
      }}
      className="chart dendrogram"
      data-testid="dendrogram"
      viewBox={`0 0 ${width} ${height}`}
      role="group"
      aria-label={t('clustering.dendrogram')}
      onPointerMove={onMove}
      onPointerUp={() => setDragH(null)}
      onPointerCancel={() => setDragH(null)}
    >
      <g className="axis" fontSize="11" fill="#5b6575">
        {layout.ticks.map((v) => (
          <g key={v}>
            <line
              x1={plotLeft - 4}
              x2={plotRight}
              y1={layout.yOf(v)}
              y2={layout.yOf(v)}
              stroke="#e5e7eb"
            />
            <text x={plotLeft - 8} y={layout.yOf(v) + 4} textAnchor="end">
              {t.num(v, v >= 10 ? 0 : 1)}
            </text>
          </g>
        ))}
        <text
          transform={`translate(12 ${box.margin.top + (height - box.margin.top - box.margin.bottom) / 2}) rotate(-90)`}
          textAnchor="middle"
        >
          {t('clustering.height')}
        </text>
      </g>
      <g fill="none" strokeWidth="1.6">
        {layout.links.map((l) => (
          <path
            key={l.step}
            d={l.d}
            stroke={l.group === null ? ABOVE_CUT : clusterColour(l.group, k, palette)}
            data-step={l.step}
          />
        ))}
      </g>
      <g>
        {layout.leaves.map((leaf, i) => {
          const c = code(leaf.obs);
          const sel = c !== null && selected.includes(c);
          const hot = c !== null && hovered === c;
          const name = label(leaf.obs);
          // Dense trees (a user's hundreds of units): a printed name every `labelEvery` leaves,
          // and for the selected or hovered one, so that names never print over each other;
          // every leaf keeps its name as a tooltip and for screen readers.
          const printed = i % labelEvery === 0 || sel || hot;
          const r = dense ? 2.5 : 5;
          return (
            <g
              key={leaf.obs}
              data-testid="dendrogram-leaf"
              data-region={c ?? undefined}
              data-group={leaf.group}
              transform={`translate(${leaf.x} ${leaf.y})`}
              tabIndex={c !== null ? 0 : undefined}
              role={c !== null ? 'button' : undefined}
              aria-pressed={c !== null ? sel : undefined}
              aria-label={`${name}: ${t('clustering.groupN', { n: leaf.group })}`}
              style={{ cursor: c !== null ? 'pointer' : 'default' }}
              onClick={() => c !== null && onToggle(c)}
              onKeyDown={(e) => {
                if (c !== null && (e.key === 'Enter' || e.key === ' ')) {
                  e.preventDefault();
                  onToggle(c);
                }
              }}
              onPointerEnter={() => c !== null && onHover(c)}
              onPointerLeave={() => c !== null && onHover(null)}
              onFocus={() => c !== null && onHover(c)}
              onBlur={() => c !== null && onHover(null)}
            >
              <circle
                r={sel || hot ? 6.5 : r}
                fill={clusterColour(leaf.group, k, palette)}
                stroke={sel ? '#111827' : hot ? '#374151' : '#ffffff'}
                strokeWidth={sel ? 2.5 : 1.5}
              />
              <text
                transform="translate(-4 12) rotate(-50)"
                textAnchor="end"
                fontSize="11.5"
                fontWeight={sel || hot ? 700 : 400}
                fill="#1d2430"
              >
                {printed ? (name.length > 24 ? `${name.slice(0, 23)}…` : name) : ''}
              </text>
              <title>{name}</title>
            </g>
          );
        })}
      </g>
      <g
        className="cut-line"
        data-testid="cut-line"
        tabIndex={0}
        role="slider"
        aria-label={t('clustering.cutLine')}
        aria-valuemin={1}
        aria-valuemax={n}
        aria-valuenow={k}
        aria-valuetext={t('clustering.kGroups', { k })}
        aria-orientation="vertical"
        onKeyDown={onKey}
        onPointerDown={(e) => {
          (e.target as Element).setPointerCapture?.(e.pointerId);
          setDragH(heightForK(tree, k));
        }}
        style={{ cursor: 'ns-resize' }}
      >
        {/* A wide transparent band makes the thin line easy to grab. */}
        <rect
          x={plotLeft}
          y={cutY - 8}
          width={plotRight - plotLeft}
          height={16}
          fill="transparent"
        />
        <line
          x1={plotLeft}
          x2={plotRight}
          y1={cutY}
          y2={cutY}
          stroke="#b91c1c"
          strokeWidth="2"
          strokeDasharray="7 4"
        />
        <rect x={plotRight - 66} y={cutY - 20} width={66} height={16} rx={3} fill="#b91c1c" />
        <text x={plotRight - 33} y={cutY - 8} fontSize="11" fill="#ffffff" textAnchor="middle">
          {`k = ${k}`}
        </text>
      </g>
    </svg>
  );
});
