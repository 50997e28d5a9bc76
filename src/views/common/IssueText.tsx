/**
 * One issue as the user reads it: its place (row, column, feature) in bold, then the catalogue
 * sentence in the interface language (src/i18n/issueMessages.ts). Indicator and group ids of the
 * bundled tables are shown by their titles. Plain React text: user data never become markup.
 * The catalogue is loaded on demand (i18n/issueCatalogue.ts): until it is here (a few
 * milliseconds from the service worker's cache) the issue shows the ellipsis of app.loading.
 */
import { Suspense, use } from 'react';
import type { Issue } from '../../core/index.ts';
import { issueCatalogue, loadIssueCatalogue } from '../../i18n/issueCatalogue.ts';
import { issuePlace, issueSentence, type IssueNames } from '../../i18n/issueText.ts';
import { dictionary, type MessageKey } from '../../i18n/translate.ts';
import type { Lang } from '../../data/types.ts';
import { useT } from '../../i18n/useT.ts';

/** Titles of the bundled indicators and groups (`ind.S_D`, `group.activity`) in `lang`. */
export function bundledNames(lang: Lang): IssueNames {
  const dict = dictionary(lang) as Record<string, string> | undefined;
  return {
    indicator: (id) => dict?.[`ind.${id}` as MessageKey],
    group: (id) => dict?.[`group.${id}` as MessageKey],
  };
}

function IssueLine({ issue, names }: { issue: Issue; names?: IssueNames }) {
  const t = useT();
  if (!issueCatalogue()) use(loadIssueCatalogue());
  const place = issuePlace(issue, t.lang);
  const sentence = issueSentence(issue, t.lang, names ?? bundledNames(t.lang));
  return (
    <>
      {place && <strong>{place}: </strong>}
      <span data-code={issue.code}>{sentence}</span>
    </>
  );
}

export function IssueText({ issue, names }: { issue: Issue; names?: IssueNames }) {
  const t = useT();
  return (
    <Suspense fallback={<span aria-busy="true">{t('app.loading')}</span>}>
      <IssueLine issue={issue} names={names} />
    </Suspense>
  );
}
