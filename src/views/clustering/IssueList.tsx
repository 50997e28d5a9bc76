/**
 * Problems with the data or the method, as plain text (never a stack trace). The core writes
 * its messages in English with the names of the regions and variables involved; for the
 * common codes a sentence in the interface language comes first, the core's detail after.
 */
import type { Issue } from '../../core/index.ts';
import { useT } from '../../i18n/useT.ts';
import { IssueText } from '../common/IssueText.tsx';

export function IssueList({ issues, testid }: { issues: readonly Issue[]; testid?: string }) {
  const t = useT();
  if (issues.length === 0) return null;
  const errors = issues.some((i) => i.severity === 'error');
  return (
    <div className="issues analysis-issues" role={errors ? 'alert' : 'status'} data-testid={testid}>
      <strong>{errors ? t('analysis.cannotRun') : t('analysis.warnings')}</strong>
      <ul>
        {issues.map((i, k) => (
          <li key={k} data-code={i.code}>
            <IssueText issue={i} />
          </li>
        ))}
      </ul>
    </div>
  );
}
