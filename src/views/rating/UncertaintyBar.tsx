/**
 * A rank interval as a small inline chart: p05-p95 bar, median dot, nominal diamond; rank 1 at
 * the left. Hover or keyboard focus shows the interval and the share of runs in each class as
 * text (a tooltip element, also tied to the chart by aria-describedby). Its rank axis is a
 * d3-scale linear scale (issue 15: no hand-written scales); one per table row, so it stays a
 * few SVG elements rather than a Plot chart.
 */
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { memo, useId } from 'react';
import type { T } from '../../i18n/useT.ts';
import { classText } from './classColour.ts';
import type { RankInterval } from './sensitivityView.ts';

const W = 84;
const H = 16;

// One rank axis per table size: every bar of a table shares it, and making a d3 scale per bar
// per render was a visible share of a slider step on 16 regions (bench:ui profile).
const axes = new Map<number, ScaleLinear<number, number>>();
function rankAxis(max: number): ScaleLinear<number, number> {
  let x = axes.get(max);
  if (!x) {
    x = scaleLinear()
      .domain([1, Math.max(max, 2)])
      .range([4, W - 4]);
    if (axes.size > 64) axes.clear();
    axes.set(max, x);
  }
  return x;
}

/** 'C++ 62 %, C+ 38 %': classes by share of runs, in the interface locale. */
export function classSharesText(interval: RankInterval, t: T): string {
  // A share that rounds to 0 % still happened in some runs: say '<1 %', not '0 %'.
  return interval.classes
    .map(
      (c) =>
        `${classText(c.label, t)}\u00a0${c.share < 0.005 ? '<1' : t.num(c.share * 100, 0)}\u00a0%`,
    )
    .join(', ');
}

/**
 * Memoised: a weight step rebuilds every row of the table, but the interval objects stay the
 * same until the sensitivity run (often in the worker) lands (rankIntervals).
 */
export const UncertaintyBar = memo(function UncertaintyBar({
  interval,
  max,
  t,
}: {
  interval: RankInterval;
  max: number;
  t: T;
}) {
  const tipId = useId();
  const x = rankAxis(max);
  const title = t('rating.uncertaintyTitle', {
    nominal: interval.nominal,
    median: t.num(interval.median, 0),
    p05: t.num(interval.p05, 0),
    p95: t.num(interval.p95, 0),
  });
  const shares = t('rating.classShares', { list: classSharesText(interval, t) });
  const n = x(interval.nominal);
  return (
    <span className="uncertainty-cell" tabIndex={0} aria-describedby={tipId}>
      <svg width={W} height={H} role="img" aria-label={title} focusable="false">
        <line x1={4} x2={W - 4} y1={H / 2} y2={H / 2} stroke="#c9d1db" />
        <rect
          x={x(interval.p05)}
          y={H / 2 - 3.5}
          width={Math.max(x(interval.p95) - x(interval.p05), 2)}
          height={7}
          rx={3.5}
          fill="#8fb0d6"
        />
        <circle cx={x(interval.median)} cy={H / 2} r={3} fill="#1f4e79" />
        <path
          d={`M${n},${H / 2 - 5.5}L${n + 4.5},${H / 2}L${n},${H / 2 + 5.5}L${n - 4.5},${H / 2}Z`}
          fill="none"
          stroke="#111827"
          strokeWidth={1.4}
        />
      </svg>
      <span className="uncertainty-tip" role="tooltip" id={tipId}>
        {title}
        <br />
        {shares}
      </span>
    </span>
  );
});

/** The class-odds cell's text, memoised like the bar (the same interval, the same text). */
export const ClassShares = memo(function ClassShares({
  interval,
  t,
}: {
  interval: RankInterval;
  t: T;
}) {
  return <>{classSharesText(interval, t)}</>;
});
