/**
 * Seed 003's published grouping of the 16 regions beside the computed one, with the
 * adjusted Rand index between them and each published group's innovation infrastructure
 * (the text's list, translated in ru and kk, shown as text only).
 */
import type { RegionGroup } from '../../data/types.ts';
import { useT } from '../../i18n/useT.ts';
import { InfrastructureList } from '../common/InfrastructureList.tsx';
import { regionName } from '../map/regionName.ts';
import { clusterColour } from './clusterColours.ts';

export function PublishedGrouping({
  groups,
  keys,
  labels,
  ari,
}: {
  groups: readonly RegionGroup[];
  keys: readonly string[];
  labels: readonly number[] | null;
  ari: number | null;
}) {
  const t = useT();
  const computed = new Map(keys.map((k, i) => [k, labels?.[i] ?? null]));
  return (
    <div data-testid="published-grouping">
      <p className="ari" data-testid="ari">
        {ari === null ? (
          t('clustering.ariNotApplicable')
        ) : (
          <>
            {t('clustering.ari')}: <strong>{t.num(ari, 3)}</strong>
            <span className="muted"> {t('clustering.ariHint')}</span>
          </>
        )}
      </p>
      <ol className="published-groups">
        {groups.map((g) => (
          <li key={g.id}>
            <div className="group-members">
              <strong>{t('clustering.publishedGroupN', { n: g.id })}:</strong>{' '}
              {g.members.map((m, i) => {
                const c = computed.get(m);
                return (
                  <span key={m} className="member">
                    {i > 0 ? ', ' : ''}
                    {regionName(m, t)}
                    {c !== null && c !== undefined && (
                      <span
                        className="group-chip"
                        style={{ background: clusterColour(c) }}
                        title={t('clustering.groupN', { n: c })}
                        aria-label={t('clustering.groupN', { n: c })}
                      >
                        {c}
                      </span>
                    )}
                  </span>
                );
              })}
            </div>
            {g.infrastructureText.length > 0 && (
              <details>
                <summary>
                  {t('clustering.infrastructure')} ({g.infrastructureText.length})
                </summary>
                <InfrastructureList group={g} layout="list" />
              </details>
            )}
          </li>
        ))}
      </ol>
      <p className="footnote">{t('clustering.publishedSource')}</p>
    </div>
  );
}
