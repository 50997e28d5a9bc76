/**
 * A published group's innovation infrastructure (seed 003's text after Figure 3) in the user's
 * language: ru and kk read the project's translation, with the paper's English wording one click
 * away ("as printed", marked lang="en"); en reads the list as printed.
 */
import type { Lang, RegionGroup } from '../../data/types.ts';
import { useT } from '../../i18n/useT.ts';

/** The group's list in `lang`: translated for ru and kk, as printed for en. */
export function infrastructureItems(g: RegionGroup, lang: Lang): string[] {
  return lang === 'en' ? g.infrastructureText : g.infrastructureTranslated[lang];
}

/**
 * `inline`: items joined by "; " (at most `limit` of them, then "…"); `list`: one item a line.
 */
export function InfrastructureList({
  group,
  layout,
  limit,
}: {
  group: RegionGroup;
  layout: 'inline' | 'list';
  limit?: number;
}) {
  const t = useT();
  const items = infrastructureItems(group, t.lang);
  const shown = limit === undefined ? items : items.slice(0, limit);
  const more = shown.length < items.length ? '…' : '';
  return (
    <>
      {layout === 'inline' ? (
        <span className="infrastructure">
          {shown.join('; ')}
          {more}
        </span>
      ) : (
        <ul className="infrastructure">
          {shown.map((item, i) => (
            <li key={i}>{item}</li>
          ))}
        </ul>
      )}
      {t.lang !== 'en' && (
        <details className="as-printed" data-testid="as-printed">
          <summary title={t('infrastructure.translatedNote')}>
            {t('infrastructure.asPrinted')}
          </summary>
          <ul lang="en" data-as-printed="">
            {group.infrastructureText.map((item, i) => (
              <li key={i}>{item}</li>
            ))}
          </ul>
        </details>
      )}
    </>
  );
}
