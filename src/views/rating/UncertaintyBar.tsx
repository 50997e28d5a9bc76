/** A rank interval as a small inline chart: p05-p95 bar, median dot, nominal diamond. */
import type { T } from '../../i18n/useT.ts';
import type { RankInterval } from './sensitivityView.ts';

const W = 120;
const H = 16;

export function UncertaintyBar({
  interval,
  max,
  t,
}: {
  interval: RankInterval;
  max: number;
  t: T;
}) {
  const x = (rank: number) => 4 + ((rank - 1) / Math.max(max - 1, 1)) * (W - 8);
  const title = t('rating.uncertaintyTitle', {
    nominal: interval.nominal,
    median: t.num(interval.median, 0),
    p05: t.num(interval.p05, 0),
    p95: t.num(interval.p95, 0),
  });
  const n = x(interval.nominal);
  return (
    <svg width={W} height={H} role="img" aria-label={title}>
      <title>{title}</title>
      <line x1={4} x2={W - 4} y1={H / 2} y2={H / 2} stroke="#d9dee5" />
      <rect
        x={x(interval.p05)}
        y={H / 2 - 3}
        width={Math.max(x(interval.p95) - x(interval.p05), 2)}
        height={6}
        rx={3}
        fill="#9db7d5"
      />
      <circle cx={x(interval.median)} cy={H / 2} r={3} fill="#1f4e79" />
      <path
        d={`M${n},${H / 2 - 5}L${n + 4},${H / 2}L${n},${H / 2 + 5}L${n - 4},${H / 2}Z`}
        fill="none"
        stroke="#111827"
        strokeWidth={1.3}
      />
    </svg>
  );
}
