/**
 * The report of the last import: every problem with its row and column as a spreadsheet shows
 * them (paged when long), and every name that matched no region with its suggestions. All of
 * it is the user's text rendered as React text nodes.
 */
import { useMemo, useState } from 'react';
import { collapseIssues } from '../../core/index.ts';
import { useT } from '../../i18n/useT.ts';
import type { ImportReport } from '../../state/userData.ts';
import { IssueText } from '../common/IssueText.tsx';

export const REPORT_PAGE = 25;

/** Unmatched names listed; the rest are counted (a 40,000-row file must not add 40,000 items). */
const UNMATCHED_LIMIT = 100;

export function ImportReportView({ report }: { report: ImportReport }) {
  const t = useT();
  const [page, setPage] = useState(0);
  // Identical problems on many rows are one line with a count and the first rows named.
  const issues = useMemo(() => collapseIssues(report.issues), [report.issues]);
  const pages = Math.max(1, Math.ceil(issues.length / REPORT_PAGE));
  const p = Math.min(page, pages - 1);
  const shown = issues.slice(p * REPORT_PAGE, (p + 1) * REPORT_PAGE);
  const errors = report.issues.filter((i) => i.severity === 'error').length;
  return (
    <section
      className={`panel import-report ${report.ok ? 'ok' : 'failed'}`}
      data-testid="import-report"
      aria-labelledby="import-report-title"
      role={report.ok ? 'status' : 'alert'}
    >
      <h3 id="import-report-title">{t('import.report.title')}</h3>
      <p>
        <strong>{report.fileName}</strong>
        {' — '}
        {t(`import.kind.${report.kind}`)}
        {'. '}
        {report.ok ? t('import.report.ok') : t('import.report.failed')}
      </p>
      <p className="muted" data-testid="import-report-counts">
        {t('import.report.counts', {
          errors,
          warnings: report.issues.length - errors,
          unmatched: report.unmatched.length,
        })}
      </p>
      {issues.length > 0 && (
        <>
          <ol className="issue-list" start={p * REPORT_PAGE + 1}>
            {shown.map((i, k) => (
              <li key={k} className={i.severity} data-testid="import-issue">
                <span className="badge">{t(`import.severity.${i.severity}`)}</span>{' '}
                <IssueText issue={i} />
              </li>
            ))}
          </ol>
          {pages > 1 && (
            <div className="button-row" role="group" aria-label={t('import.report.pages')}>
              <button
                type="button"
                className="button secondary small"
                disabled={p === 0}
                onClick={() => setPage(p - 1)}
              >
                {t('import.report.prev')}
              </button>
              <span>{t('import.report.page', { page: p + 1, pages })}</span>
              <button
                type="button"
                className="button secondary small"
                disabled={p >= pages - 1}
                onClick={() => setPage(p + 1)}
              >
                {t('import.report.next')}
              </button>
            </div>
          )}
        </>
      )}
      {report.unmatched.length > 0 && (
        <>
          <h4>{t('import.report.unmatched')}</h4>
          <ul data-testid="import-unmatched">
            {report.unmatched.slice(0, UNMATCHED_LIMIT).map((u) => (
              <li key={`${u.row}-${u.label}`}>
                {t('import.place.row', { row: u.row })}: «{u.label}»
                {u.suggestions.length > 0 && (
                  <span className="muted">
                    {' — '}
                    {t('import.report.didYouMean', {
                      names: u.suggestions.map((s) => s.name).join(', '),
                    })}
                  </span>
                )}
              </li>
            ))}
          </ul>
          {report.unmatched.length > UNMATCHED_LIMIT && (
            <p className="muted">
              {t('import.moreRows', {
                count: t.num(report.unmatched.length - UNMATCHED_LIMIT, 0),
                shown: UNMATCHED_LIMIT,
              })}
            </p>
          )}
        </>
      )}
    </section>
  );
}
