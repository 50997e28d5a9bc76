/**
 * Problems with the data or the method, as plain text (never a stack trace). The core writes
 * its messages in English with the names of the regions and variables involved; for the
 * common codes a sentence in the interface language comes first, the core's detail after.
 */
import type { Issue } from '../../core/issue.ts';
import type { MessageKey } from '../../i18n/translate.ts';
import { useT } from '../../i18n/useT.ts';

const KNOWN: Record<string, MessageKey> = {
  'missing-values': 'analysis.issue.missing-values',
  'constant-column': 'analysis.issue.constant-column',
  'too-few-observations': 'analysis.issue.too-few-observations',
  'too-few-variables': 'analysis.issue.too-few-variables',
  'no-variables': 'analysis.issue.too-few-variables',
  'fewer-observations-than-variables': 'analysis.issue.fewer-observations-than-variables',
  'kaiser-no-eigenvalue-above-one': 'analysis.issue.kaiser-no-eigenvalue-above-one',
  'all-columns-constant': 'analysis.issue.constant-column',
};

export function IssueList({ issues, testid }: { issues: readonly Issue[]; testid?: string }) {
  const t = useT();
  if (issues.length === 0) return null;
  const errors = issues.some((i) => i.severity === 'error');
  return (
    <div className="issues analysis-issues" role={errors ? 'alert' : 'status'} data-testid={testid}>
      <strong>{errors ? t('analysis.cannotRun') : t('analysis.warnings')}</strong>
      <ul>
        {issues.map((i, k) => {
          const key = KNOWN[i.code];
          return (
            <li key={k} data-code={i.code}>
              {key && t.lang !== 'en' ? (
                <>
                  {t(key)} <span className="muted">({i.message})</span>
                </>
              ) : (
                i.message
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
