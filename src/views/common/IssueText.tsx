/**
 * One issue as the user reads it: its place (row, column, feature) in bold, then the catalogue
 * sentence in the interface language (src/i18n/issueMessages.ts). Indicator and group ids of the
 * bundled tables are shown by their titles. Plain React text: user data never become markup.
 */
import type { Issue } from '../../core/index.ts';
import { issuePlace, issueSentence, type IssueNames } from '../../i18n/issueText.ts';
import { DICTIONARIES, type MessageKey } from '../../i18n/translate.ts';
import type { Lang } from '../../data/types.ts';
import { useT } from '../../i18n/useT.ts';

/** Titles of the bundled indicators and groups (`ind.S_D`, `group.activity`) in `lang`. */
export function bundledNames(lang: Lang): IssueNames {
  const dict = DICTIONARIES[lang] as Record<string, string>;
  return {
    indicator: (id) => dict[`ind.${id}` as MessageKey],
    group: (id) => dict[`group.${id}` as MessageKey],
  };
}

export function IssueText({ issue, names }: { issue: Issue; names?: IssueNames }) {
  const t = useT();
  const place = issuePlace(issue, t.lang);
  const sentence = issueSentence(issue, t.lang, names ?? bundledNames(t.lang));
  return (
    <>
      {place && <strong>{place}: </strong>}
      <span data-code={issue.code}>{sentence}</span>
    </>
  );
}
