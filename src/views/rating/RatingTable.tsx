/**
 * The rating table: rows carry data-region; rank, class badge, sub-indices, index, change
 * against the other year, the published value (Table 6) with the difference flagged above
 * 0.06, and the rank interval from the sensitivity run. Clicking a region selects it.
 */
import { useT, type T } from '../../i18n/useT.ts';
import { useAppStore } from '../../state/react.tsx';
import { Missing } from '../common/Missing.tsx';
import { regionName } from '../map/regionName.ts';
import { selectRatingTable, type RatingRow } from './rows.ts';
import { classColour } from './classColour.ts';
import { UncertaintyBar } from './UncertaintyBar.tsx';
import './rating.css';

function Num({
  x,
  digits,
  signed,
  t,
}: {
  x: number | null;
  digits: number;
  signed?: boolean;
  t: T;
}) {
  return x === null ? <Missing /> : <>{t.num(x, digits, { signed })}</>;
}

function RankChange({ r, t }: { r: RatingRow; t: T }) {
  if (r.rankChange === null) return <Missing />;
  const n = Math.abs(r.rankChange);
  const title =
    r.rankChange > 0
      ? t('rating.rankUp', { n })
      : r.rankChange < 0
        ? t('rating.rankDown', { n })
        : t('rating.rankSame');
  return (
    <span
      title={title}
      className={r.rankChange > 0 ? 'delta-up' : r.rankChange < 0 ? 'delta-down' : undefined}
    >
      {r.rankChange > 0 ? '▲' : r.rankChange < 0 ? '▼' : '='} {n > 0 ? n : ''}
    </span>
  );
}

export function RatingTable() {
  const t = useT();
  const model = useAppStore(selectRatingTable);
  const selected = useAppStore((s) => s.view.selected);
  const toggleRegion = useAppStore((s) => s.toggleRegion);
  const maxRank = model.rows.length;
  return (
    <div className="table-scroll rating-scroll">
      <table className="data" data-testid="rating-table">
        <caption>
          {t('rating.table')}, {model.year}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('rating.col.rank')}</th>
            <th scope="col">{t('rating.col.region')}</th>
            <th scope="col">{t('rating.col.class')}</th>
            {model.groupIds.map((g) => (
              <th scope="col" key={g}>
                {t(`group.${g}` as never)}
              </th>
            ))}
            <th scope="col">{t('rating.col.index')}</th>
            <th scope="col">{t('rating.col.change', { year: model.other })}</th>
            <th scope="col">{t('rating.col.published')}</th>
            <th scope="col">{t('rating.col.diff')}</th>
            <th scope="col">{t('rating.col.uncertainty')}</th>
          </tr>
        </thead>
        <tbody>
          {model.rows.map((r) => {
            const sel = selected.includes(r.code);
            const c = classColour(r.className);
            return (
              <tr
                key={r.code}
                data-region={r.code}
                className={sel ? 'is-selected' : undefined}
                aria-selected={sel}
              >
                <td>{r.rank}</td>
                <td>
                  <button
                    type="button"
                    className="region-button"
                    aria-pressed={sel}
                    onClick={() => toggleRegion(r.code)}
                  >
                    {regionName(r.code, t, true)}
                  </button>
                </td>
                <td style={{ textAlign: 'center' }}>
                  {r.className ? (
                    <span className="badge" style={{ background: c.bg, color: c.fg }}>
                      {r.className}
                    </span>
                  ) : (
                    <Missing />
                  )}
                </td>
                {model.groupIds.map((g) => (
                  <td key={g}>
                    <Num x={r.groups[g]} digits={1} t={t} />
                  </td>
                ))}
                <td className="num-strong">
                  <Num x={r.index} digits={2} t={t} />
                </td>
                <td>
                  <Num x={r.indexChange} digits={2} signed t={t} /> <RankChange r={r} t={t} />
                </td>
                <td>
                  <Num x={r.published} digits={2} t={t} />
                  {r.publishedClass ? <span className="muted"> {r.publishedClass}</span> : null}
                </td>
                <td className={r.flagged ? 'diff-flagged' : undefined}>
                  {r.diff === null && !model.comparable && r.published !== null ? (
                    <Missing why={t('rating.notComparable')} />
                  ) : (
                    <Num x={r.diff} digits={2} signed t={t} />
                  )}
                  {r.flagged && (
                    <span
                      className="flag"
                      title={t('rating.diffFlag')}
                      aria-label={t('rating.diffFlag')}
                    >
                      ⚑
                    </span>
                  )}
                </td>
                <td className="uncertainty">
                  {r.interval ? (
                    <UncertaintyBar interval={r.interval} max={maxRank} t={t} />
                  ) : (
                    <Missing />
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
