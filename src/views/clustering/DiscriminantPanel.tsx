/**
 * Seed 002's second step after Ward: Fisher's linear discriminant analysis checks the cut's
 * groups by how many observations their own discriminant functions put back in the same
 * group (resubstitution and leave-one-out), as SPSS's "Classification Results" table. The
 * numbers come from the worker's `cluster` task (worker/tasks.ts, discriminantCheck).
 */
import { useT } from '../../i18n/useT.ts';
import type { DiscriminantCheck } from '../../worker/protocol.ts';
import { IssueText } from '../common/IssueText.tsx';
import { ScrollRegion } from '../common/ScrollRegion.tsx';
import { clusterColour } from './clusterColours.ts';

function ClassificationTable({
  caption,
  groups,
  table,
}: {
  caption: string;
  groups: number[];
  table: number[][];
}) {
  const t = useT();
  const name = (g: number) => t('clustering.groupN', { n: g });
  return (
    <ScrollRegion label={caption} className="lda-table">
      <table className="data compact">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('clustering.lda.actualPredicted')}</th>
            {groups.map((g) => (
              <th key={g} scope="col" className="num">
                {name(g)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {groups.map((g, i) => (
            <tr key={g}>
              <th scope="row">
                <span
                  className="swatch"
                  style={{ background: clusterColour(g, Math.max(...groups)) }}
                  aria-hidden
                />{' '}
                {name(g)}
              </th>
              {table[i].map((count, j) => (
                <td
                  key={groups[j]}
                  className={i === j ? 'num lda-diag' : 'num'}
                  style={
                    i === j
                      ? { boxShadow: `inset 0 0 0 2px ${clusterColour(g, Math.max(...groups))}` }
                      : undefined
                  }
                  data-diagonal={i === j ? 'true' : undefined}
                >
                  {count}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

export function DiscriminantPanel({ check }: { check: DiscriminantCheck }) {
  const t = useT();
  const pct = (x: number | null) => (x === null ? t.num(null) : `${t.num(x, 1)} %`);
  return (
    <div className="panel" data-testid="discriminant">
      <div className="panel-head">
        <h2>{t('clustering.lda')}</h2>
      </div>
      <p className="muted small">{t('clustering.lda.explain')}</p>
      {check.ok ? (
        <>
          <p data-testid="discriminant-correct">
            {t('clustering.lda.correct', {
              resub: pct(check.summary.percentCorrect),
              loo: pct(check.summary.looPercentCorrect),
            })}
          </p>
          <div className="lda-tables">
            <ClassificationTable
              caption={t('clustering.lda.resub')}
              groups={check.summary.groups}
              table={check.summary.table}
            />
            {check.summary.looTable && (
              <ClassificationTable
                caption={t('clustering.lda.loo')}
                groups={check.summary.groups}
                table={check.summary.looTable}
              />
            )}
          </div>
          <p className="muted small" data-testid="discriminant-functions">
            {t('clustering.lda.functions')}{' '}
            {check.summary.eigenvalues
              .map((e, i) => `${t.num(e, 2)} (${pct(check.summary.percentOfVariance[i])})`)
              .join('; ')}
          </p>
        </>
      ) : (
        <p
          className="issues"
          role="status"
          data-testid="discriminant-issue"
          data-code={check.issue.code}
        >
          {t('clustering.lda.cannot')} <IssueText issue={check.issue} />
        </p>
      )}
    </div>
  );
}
