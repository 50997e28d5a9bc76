/**
 * How the boundary set on the map and the data in use fit together, by ISO code: regions with
 * both, shapes without data, data without a shape (data/validate/joinReport.ts). Feature labels
 * come from the user's file and are rendered as text.
 */
import { joinReport } from '../../data/validate/joinReport.ts';
import { useT } from '../../i18n/useT.ts';
import type { UserBoundarySet } from '../../state/userData.ts';
import { regionName } from '../map/regionName.ts';

export function JoinReportView({
  set,
  codes,
  dataName,
}: {
  set: UserBoundarySet;
  codes: string[];
  dataName: string;
}) {
  const t = useT();
  const features = set.features.features.map((f, i) => ({
    feature: i + 1,
    code: f.id === undefined || f.id === null ? null : String(f.id),
    label: set.report.unmatched.find((u) => u.feature === i + 1)?.label ?? '',
  }));
  const j = joinReport(features, codes);
  return (
    <section className="panel" data-testid="join-report" aria-labelledby="join-title">
      <h3 id="join-title">{t('import.join.title', { file: set.fileName, data: dataName })}</h3>
      <p>
        {t('import.join.summary', {
          matched: j.matched.length,
          features: features.length,
          rows: codes.length,
        })}
      </p>
      {j.featuresWithoutData.length > 0 && (
        <>
          <h4>{t('import.join.noData')}</h4>
          <ul className="inline-list">
            {j.featuresWithoutData.map((f) => (
              <li key={f.feature}>
                {f.code
                  ? regionName(f.code, t)
                  : `${t('import.place.feature', { n: f.feature })} «${f.label}»`}
              </li>
            ))}
          </ul>
        </>
      )}
      {j.dataWithoutFeatures.length > 0 && (
        <>
          <h4>{t('import.join.noShape')}</h4>
          <ul className="inline-list">
            {j.dataWithoutFeatures.map((c) => (
              <li key={c}>{regionName(c, t)}</li>
            ))}
          </ul>
        </>
      )}
      {set.report.unmatched.length > 0 && (
        <>
          <h4>{t('import.join.unmatched')}</h4>
          <ul>
            {set.report.unmatched.map((u) => (
              <li key={u.feature}>
                {t('import.place.feature', { n: u.feature })}: «{u.label}»
                {u.suggestions.length > 0 &&
                  ` — ${t('import.report.didYouMean', { names: u.suggestions.map((s) => s.name).join(', ') })}`}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
