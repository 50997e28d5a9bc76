/**
 * A region's strengths and weaknesses in the year on screen (issue 9 item 8): its three best
 * and three worst indicators by rank among all units, under the current rating's
 * normalisation (core strengthsWeaknesses, as COINr's get_str_weak), named as the user named
 * them.
 */
import { useMemo } from 'react';
import { strengthsWeaknesses, type IndicatorRank } from '../../core/index.ts';
import { useT } from '../../i18n/useT.ts';
import { useAppStore } from '../../state/react.tsx';
import { indicatorName } from '../common/names.ts';

export function StrengthsList({ code }: { code: string }) {
  const t = useT();
  const year = useAppStore((s) => s.view.year);
  const r = useAppStore((s) => s.results.rating[s.view.year]);
  const rating = useAppStore((s) => s.spec.rating);
  const data = useAppStore((s) => s.spec.data);
  const sw = useMemo(() => {
    const u = r ? r.units.indexOf(code) : -1;
    return r && u >= 0 ? strengthsWeaknesses(r.normalised, r.indicators, u, 3) : null;
  }, [r, code]);
  if (!sw || (sw.strengths.length === 0 && sw.weaknesses.length === 0)) return null;
  const item = (x: IndicatorRank) => (
    <li key={x.indicator}>
      {indicatorName(t, { rating, data }, x.indicator)}{' '}
      <span className="muted">{t('profile.rankOf', { rank: x.rank, of: x.of })}</span>
    </li>
  );
  return (
    <div className="strengths" data-testid={`strengths-${code}`}>
      <h3>{t('profile.strengths', { year })}</h3>
      <ul data-testid={`strengths-best-${code}`}>{sw.strengths.map(item)}</ul>
      <h3>{t('profile.weaknesses', { year })}</h3>
      <ul data-testid={`strengths-worst-${code}`}>{sw.weaknesses.map(item)}</ul>
    </div>
  );
}
